// The ledger contract: what a ledger module declares, as one plain object with no side effects.
// The shared machinery (store, workflow runner, deadlines, XLSX, generic routes) is driven by it;
// core reaches ledgers only through registry.ts. See docs/ledgers.md.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Calendar } from '../../shared/calendar/index.ts';
import type { PeriodExtension } from '../../shared/calendar/types.ts';
import type { FieldOption, FieldType, LinkTargetRef } from '../../shared/ledger-fields.ts';
import type { Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import type { S3Location } from '../core/blob-store-s3.ts';
import type { Pii } from '../core/pii.ts';
import type { TransitionDef as CoreTransitionDef, PeriodClockDef, StateDef } from '../core/workflow/types.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import type { RecordColumns } from './columns.ts';

export type { FieldOption, FieldType, LinkTargetRef };

export interface FieldDef {
  /** Column name in camelCase (snake_case in the table). */
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: readonly FieldOption[];
  /** The longest text accepted, in characters (text, textarea and person fields). */
  max?: number;
  /** Offered to the public portal: the record type's `portal` hook lists it (`portalOf`). Never
   * together with `sensitive`. */
  portal?: boolean;
  /** Masked in lists, details and exports; phone and idcard are also SM4-encrypted at rest. */
  sensitive?: boolean;
  /** Shown as a list column. */
  list?: boolean;
  /** Matched by the `q` search of the list (text-like fields that are not encrypted). */
  search?: boolean;
  /** Set by workflow transitions only: not in the create/update forms nor in the import template. */
  workflow?: boolean;
  /** Filled in by the page that opens the form (a 督办 notice's link to its subject), not typed:
   * kept out of the form's view, shown on the record's page. */
  hidden?: boolean;
  help?: string;
  /** A document number (案号, 文号): stored in its canonical spelling, unique per organisation, kind
   * (机关代字 + 类别字) and year, the next free one offered; `word` is the 类别字 an organisation's
   * first number gets after its short name (综执罚立 → 城关综执罚立〔2026〕1号). See doc-numbers.ts. */
  docNo?: { word: string };
  /** For `user` fields: the roles a person must hold over the record's organisation to be offered
   * (GET /api/ledgers/<kind>/<type>/options/<field>); the ledger's write roles by default. */
  roles?: readonly Role[];
  /** For `link` fields: the record type linked to. The column stores the target's id; the server
   * checks that the target exists in the writer's reading scope of its ledger (links.ts). */
  link?: LinkTargetRef;
}

export type { Refusal, StateDef } from '../core/workflow/types.ts';

/** A record as the machinery handles it: its common columns and its fields (decrypted never). */
export interface LedgerRow extends Selectable<RecordColumns> {
  [field: string]: unknown;
}

export interface GuardContext {
  actor: Actor;
  /** The record before the transition. */
  record: LedgerRow;
  /** The validated fields the transition sets. */
  fields: Record<string, unknown>;
  attachmentIds: number[];
  note: string | null;
  /** The day the step takes effect (YYYY-MM-DD). */
  on: string;
  /** The step's transaction, for guards that read other records (officers' certificates, clocks). */
  tx: Tx;
  calendar: Calendar;
}

/** A ledger transition: the engine's (core/workflow/types.ts) with the record fields it sets. */
export interface TransitionDef extends CoreTransitionDef<GuardContext> {
  /** Record fields the step sets, validated by `input`. */
  fields?: readonly string[];
  input?: z.ZodType<Record<string, unknown>>;
  /** Adds an approved extension to an open clock of the record (checked by the step's guards). */
  extends?: { deadline: string; extension: (ctx: GuardContext) => PeriodExtension };
  /**
   * After the step, in its transaction: for each `link` field of the record that names a record
   * whose type has the transition `transition`, that transition is run on the linked record through
   * the engine, on the step's day, with those of `fields(ctx)` that it declares (workflow.ts
   * `runLinkedSteps`). The actor needs no reading role on the linked ledger: the authority is this
   * step's and one of the linked transition's roles over the linked record's organisation.
   */
  linked?: { transition: string; fields: (ctx: GuardContext) => Record<string, unknown> };
}

/** A statutory clock of a record: a period counted on the calendar (core/workflow/types.ts). */
export type DeadlineDef = PeriodClockDef<LedgerRow> & {
  /**
   * The record field that holds the period's length when the record sets its own (a comment period
   * announced longer than the statutory minimum); `days` when the field is empty.
   */
  daysField?: string;
  /** The record field holding the due date itself when the record fixes it (a supervision notice's
   * 办理期限): the clock is written with that date and never moved by the calendar (clocks.ts). */
  dueField?: string;
};

/** The clock as it opens for a record: its `days` from the record's `daysField` when set. */
export function clockFor(def: DeadlineDef, row: LedgerRow): DeadlineDef {
  const own = def.daysField ? row[def.daysField] : undefined;
  return typeof own === 'number' && Number.isInteger(own) && own > 0 ? { ...def, days: own } : def;
}

export interface WorkflowDef {
  initial: string;
  states: readonly StateDef[];
  transitions: readonly TransitionDef[];
  deadlines: readonly DeadlineDef[];
}

export interface RecordTypeDef {
  type: string;
  label: string;
  /** Table name as Kysely sees it (camelCase). Its common columns are `RecordColumns` (columns.ts). */
  table: string;
  /** The field that names a record in lists and on the deadline board. */
  titleField: string;
  /** The field holding the record's number or code (事项编码 …): a link to the record may be given
   * by it in an import, and the link search matches it. */
  numberField?: string;
  /** The date field that places a record in a year (indicators, `from`/`to` filters). */
  dateField: string;
  /** The user the record is assigned to (the board's "mine"). */
  assigneeField?: string;
  fields: readonly FieldDef[];
  inputs: {
    create: z.ZodType<Record<string, unknown>>;
    update: z.ZodType<Record<string, unknown>>;
  };
  workflow: WorkflowDef;
  /** Columns of the XLSX export, in order (field names; `state` for the state label). */
  exports: readonly string[];
  /** What the public portal (公开门户) may show of these records; not public when absent. */
  portal?: PortalHook;
}

/** One published record as the portal shows it: labelled values, and its withdrawal if any. */
export interface PortalRow {
  id: number;
  cells: ReadonlyArray<{ label: string; value: string }>;
  /** Set when the publication was withdrawn (the row then shows as withdrawn). */
  withdrawn?: string | null;
}

/** Which records of a type the public portal shows, and which of their fields. */
export interface PortalHook {
  /** Whether the record is public on `today` (an officer holding a valid certificate …). */
  isPublic(record: LedgerRow, today: string): boolean;
  /** The fields shown, in order; never a sensitive one (the contract test checks it). */
  fields: readonly string[];
  /**
   * The organisation's public rows, when the fields alone cannot say them (a party's name masked
   * as the rules require, labels of several columns combined). Otherwise the portal lists the
   * records passing `isPublic` with `fields`.
   */
  rows?: (k: Kdb, orgId: number, today: string) => Promise<PortalRow[]>;
}

/** The portal hook of a record type whose public fields are those declared `portal: true`. */
export function portalOf(
  fields: readonly FieldDef[],
  isPublic: (record: LedgerRow, today: string) => boolean,
  rows?: PortalHook['rows'],
): PortalHook {
  return { isPublic, fields: fields.filter((f) => f.portal).map((f) => f.name), ...(rows ? { rows } : {}) };
}

export type LedgerAction =
  | 'read'
  | 'create'
  | 'update'
  | 'reveal'
  | 'import'
  | 'export'
  | `transition:${string}`;

export interface PolicyRecord {
  orgPath: string;
  state?: string;
  row?: LedgerRow;
}

export interface IndicatorDef {
  /** An id of src/shared/indicators.ts. */
  id: string;
  compute(k: Kdb | Tx, scopePaths: readonly string[], year: number): Promise<number>;
  /** The records the figure counts. */
  drill(k: Kdb | Tx, scopePaths: readonly string[], year: number): Promise<{ type: string; ids: number[] }>;
}

/**
 * Indicators of a ledger computed together, with one query per table they read instead of one per
 * indicator. Each value must equal what the indicator's own `compute` gives (indicator-sets.test.ts
 * compares them on the demo county); the roll-up and GET /api/indicators use the set.
 */
export interface IndicatorSetDef {
  ids: readonly string[];
  compute(k: Kdb | Tx, scopePaths: readonly string[], year: number): Promise<Record<string, number>>;
}

/** A red card of the board that is not a deadline (民转刑 risk …). */
export interface AlertCard {
  type: string;
  recordId: number;
  orgId: number;
  title: string;
  label: string;
  since: string;
}

export interface SeedContext {
  /** The ledger being seeded (passed in, so that its seeds do not import its manifest back). */
  ledger: LedgerDef;
  tx: Tx;
  pii: Pii;
  calendar: Calendar;
  orgIds: ReadonlyMap<string, number>;
  userIds: ReadonlyMap<string, number>;
  /** Today, YYYY-MM-DD: seeds cover the previous calendar year and this year to date. */
  today: string;
  /** Where attachments are stored: the data directory, and the bucket when there is one (Config.s3). */
  dataDir: string;
  s3?: S3Location;
  /** The instant the demo is loaded: no step is stamped later (core/clock.ts `notAfter`). */
  now?: string;
}

export interface LedgerDef {
  kind: string;
  label: string;
  /** Who may read, write and reveal (the SQL scope of lists uses `read`). */
  access: {
    read: readonly Role[];
    write: readonly Role[];
    reveal: readonly Role[];
    /** Read roles that read only the records assigned to them (the record type's `assigneeField`;
     * a record type without one is not shown to them): the legal advisor and its review tasks. */
    own?: readonly Role[];
  };
  recordTypes: readonly RecordTypeDef[];
  /** Pure: may the actor do the action (on the record)? Deny wins; no database access. */
  policy(actor: Actor, action: LedgerAction, record?: PolicyRecord): boolean;
  indicators: readonly IndicatorDef[];
  indicatorSets?: readonly IndicatorSetDef[];
  alerts?(k: Kdb | Tx, scopePaths: readonly string[]): Promise<AlertCard[]>;
  seeds?(ctx: SeedContext): Promise<void>;
  /**
   * Narrows the people offered for a `user` field beyond their roles (officers with a certificate
   * valid today …): the allowed user ids, each with a short hint shown beside the name; null leaves
   * the field unrestricted.
   */
  options?(
    k: Kdb | Tx,
    args: { type: string; field: FieldDef; today: string },
  ): Promise<ReadonlyMap<number, string> | null>;
  /**
   * Whether the person may be named in a `user` field of a record dated `on` (an advisor whose 聘期
   * has ended may not be sent a task): null when allowed, else the refusal in Chinese citing its rule.
   */
  assignable?(
    k: Kdb | Tx,
    args: { type: string; field: string; userId: number; on: string },
  ): Promise<string | null>;
  /** Read-only views of the ledger's own (disclosure queue …), served under /api/ledgers/<kind>/views. */
  views?: FastifyPluginAsyncZod;
}

export function defineLedger<const L extends LedgerDef>(ledger: L): L {
  return ledger;
}
