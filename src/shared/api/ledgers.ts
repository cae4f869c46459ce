// The generic ledger API (/api/ledgers…, docs/ledgers.md): the manifests that drive every ledger
// page, records, their timeline and clocks, imports, user options and the enforcement views.
import { z } from 'zod';
import { FIELD_TYPES } from '../ledger-fields.ts';
import { deadlineView } from './board.ts';
import { id, page } from './common.ts';

export const fieldOption = z.object({ value: z.string(), label: z.string() });

export const fieldDef = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(FIELD_TYPES),
  required: z.boolean().optional(),
  options: z.array(fieldOption).optional(),
  portal: z.boolean().optional(),
  sensitive: z.boolean().optional(),
  list: z.boolean().optional(),
  search: z.boolean().optional(),
  workflow: z.boolean().optional(),
  /** Filled in by the page that opens the form (the query), not typed: not shown in forms. */
  hidden: z.boolean().optional(),
  help: z.string().optional(),
  /** A document number (案号, 文号), unique per organisation, kind and year: the form offers the
   * next free one (GET …/numbers/:field). */
  docNo: z.object({ word: z.string() }).optional(),
  /** text fields: the longest text accepted (the form's maxLength). */
  max: z.number().optional(),
  /** user fields: the roles a person must hold to be offered. */
  roles: z.array(z.string()).readonly().optional(),
  /** link fields: the ledger and record type linked to. */
  link: z.object({ ledger: z.string(), type: z.string(), grantsRead: z.boolean().optional() }).optional(),
});
export type FieldDef = z.infer<typeof fieldDef>;

export const stateDef = z.object({ id: z.string(), label: z.string(), final: z.boolean().optional() });
export type StateDef = z.infer<typeof stateDef>;

export const transitionDef = z.object({
  id: z.string(),
  label: z.string(),
  from: z.array(z.string()).readonly(),
  to: z.string().nullable(),
  roles: z.array(z.object({ role: z.string(), label: z.string() })),
  fields: z.array(z.string()).readonly(),
  /** Fields the step cannot go without (from its server-side input). */
  required: z.array(z.string()),
  basis: z.string().nullable(),
  /** The caller holds a role that may take the step somewhere in their scope. */
  allowed: z.boolean(),
});
export type TransitionDef = z.infer<typeof transitionDef>;

export const deadlineRule = z.object({
  id: z.string(),
  label: z.string(),
  days: z.number(),
  unit: z.enum(['working', 'calendar']),
  basis: z.string(),
  warnDays: z.number(),
});
export type DeadlineRule = z.infer<typeof deadlineRule>;

export const recordTypeManifest = z.object({
  type: z.string(),
  label: z.string(),
  titleField: z.string(),
  dateField: z.string(),
  fields: z.array(fieldDef),
  states: z.array(stateDef).readonly(),
  initial: z.string(),
  transitions: z.array(transitionDef),
  deadlines: z.array(deadlineRule),
  exports: z.array(z.string()).readonly(),
});
export type RecordTypeManifest = z.infer<typeof recordTypeManifest>;

export const ledgerManifest = z.object({
  kind: z.string(),
  label: z.string(),
  actions: z.object({ create: z.boolean(), import: z.boolean(), export: z.boolean(), reveal: z.boolean() }),
  indicators: z.array(z.string()),
  recordTypes: z.array(recordTypeManifest),
});
export type LedgerManifest = z.infer<typeof ledgerManifest>;
export const ledgerManifestList = z.object({ items: z.array(ledgerManifest) });
export type LedgerManifestList = z.infer<typeof ledgerManifestList>;

export const recordView = z.object({
  id,
  orgId: id,
  orgName: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  fields: z.record(z.string(), z.unknown()),
  /** Display text of enum, bool, org and user fields. */
  display: z.record(z.string(), z.string()),
});
export type RecordView = z.infer<typeof recordView>;
export const recordPage = page(recordView);

/** 'read' | 'update' | 'reveal' | 'export' | 'transition:<id>' → allowed on this record. */
const policies = z.record(z.string(), z.boolean());

/** A record as answered by create, update and transitions. */
export const recordWithPolicies = recordView.extend({ policies });
export type RecordWithPolicies = z.infer<typeof recordWithPolicies>;

export const timelineStep = z.object({
  id,
  action: z.string(),
  label: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  toStateLabel: z.string(),
  actorName: z.string().nullable(),
  at: z.string(),
  on: z.string(),
  note: z.string().nullable(),
  attachmentIds: z.array(id),
  /** The step's attachments with their names and SHA-256. */
  attachments: z.array(z.object({ id, name: z.string(), sha256: z.string() })),
  fields: z.record(z.string(), z.unknown()).nullable(),
});
export type TimelineStep = z.infer<typeof timelineStep>;

export const timelineAudit = z.object({
  seq: z.number(),
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  after: z.unknown(),
});
export type TimelineAudit = z.infer<typeof timelineAudit>;

/** A condition of a workflow step: the rule, its article, the choice of the form it depends on. */
export const stepCondition = z.object({ rule: z.string(), basis: z.string(), when: z.string().optional() });
export type StepCondition = z.infer<typeof stepCondition>;

/** A step the caller may take on the record now: whether it can succeed today, and what it needs. */
export const stepReadiness = z.object({
  id: z.string(),
  ready: z.boolean(),
  /** Conditions of the record that refuse the step today (the step is shown disabled with them). */
  blockers: z.array(stepCondition),
  /** What the step's form must supply. */
  needs: z.array(stepCondition),
});
export type StepReadiness = z.infer<typeof stepReadiness>;

export const recordDetail = recordWithPolicies.extend({
  timeline: z.object({ steps: z.array(timelineStep), audit: z.array(timelineAudit) }),
  deadlines: z.array(deadlineView),
  /** The steps the caller may take now, evaluated against the record's guards (ledgers/step-check.ts). */
  steps: z.array(stepReadiness),
});
export type RecordDetail = z.infer<typeof recordDetail>;

export const importResult = z.object({ imported: z.number(), ids: z.array(id) });
export type ImportResult = z.infer<typeof importResult>;

/** One refused cell of an import (400 IMPORT_INVALID `error.errors`). */
export const importError = z.object({ row: z.number(), column: z.string(), message: z.string() });
export type ImportError = z.infer<typeof importError>;

/** The clear value of a sensitive field (audited). */
export const revealed = z.object({ field: z.string(), value: z.string() });
export type Revealed = z.infer<typeof revealed>;

/** A person a user field may name (GET /api/ledgers/:kind/:type/options/:field). */
export const userOption = z.object({
  value: id,
  label: z.string(),
  orgName: z.string(),
  roles: z.array(z.string()),
  hint: z.string().nullable(),
});
export type UserOption = z.infer<typeof userOption>;
export const userOptionList = z.object({ items: z.array(userOption) });
export type UserOptionList = z.infer<typeof userOptionList>;

/** A record read through a link that grants it (GET /api/ledgers/:kind/:type/:id/linked/:field). */
export const linkedRecord = z.object({
  ledgerLabel: z.string(),
  typeLabel: z.string(),
  id,
  title: z.string(),
  orgName: z.string().nullable(),
  stateLabel: z.string(),
  /** The record's filled fields in form order, as displayed (sensitive ones masked). */
  fields: z.array(z.object({ label: z.string(), value: z.string() })),
  /** Its workflow steps with their attachments, downloadable by the reader. */
  steps: z.array(
    z.object({
      label: z.string(),
      on: z.string(),
      attachments: z.array(z.object({ id, name: z.string(), sha256: z.string() })),
    }),
  ),
});
export type LinkedRecord = z.infer<typeof linkedRecord>;

/** A record a link field may name (GET /api/ledgers/:kind/:type/links/:field?q=). */
export const linkOption = z.object({
  value: id,
  label: z.string(),
  /** The record's number or code, when its type has one. */
  number: z.string().nullable(),
  orgName: z.string(),
  stateLabel: z.string(),
});
export type LinkOption = z.infer<typeof linkOption>;
export const linkOptionList = z.object({ items: z.array(linkOption) });
export type LinkOptionList = z.infer<typeof linkOptionList>;

// Views of the enforcement ledger (src/server/ledgers/enforcement/views.ts).
export const disclosureQueueItem = z.object({
  caseId: id,
  orgId: id,
  caseNo: z.string(),
  title: z.string(),
  decisionNo: z.string().nullable(),
  decidedOn: z.string(),
  outcome: z.string(),
  outcomeLabel: z.string(),
  deadline: deadlineView,
});
export type DisclosureQueueItem = z.infer<typeof disclosureQueueItem>;
export const disclosureQueue = z.object({ today: z.string(), items: z.array(disclosureQueueItem) });
export type DisclosureQueue = z.infer<typeof disclosureQueue>;

export const inspectionCount = z.object({
  /** 统一社会信用代码, or the name when the code was not recorded. */
  key: z.string(),
  creditCode: z.string().nullable(),
  enterpriseName: z.string(),
  count: z.number(),
  cap: z.number(),
  overCap: z.boolean(),
  lastInspectedOn: z.string(),
  /** The latest inspection of the enterprise (opens its record). */
  lastId: id,
  orgId: id,
});
export type InspectionCount = z.infer<typeof inspectionCount>;
export const inspectionCounts = z.object({
  year: z.number(),
  cap: z.number(),
  basis: z.string(),
  items: z.array(inspectionCount),
});
export type InspectionCounts = z.infer<typeof inspectionCounts>;

/** GET /api/ledgers/:kind/:type/numbers/:field: the next free document number. */
export const nextNumber = z.object({ field: z.string(), next: z.string().nullable() });
export type NextNumber = z.infer<typeof nextNumber>;
