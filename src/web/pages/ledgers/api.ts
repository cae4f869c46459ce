// Shapes of the generic ledger API (src/server/ledgers/routes.ts) and the queries the ledger
// pages share. Every ledger page is driven by these manifests, so a newly registered ledger gets
// its list, detail, form, import and export without web code of its own.
import { useQuery } from '@tanstack/react-query';
import type { FieldOption, FieldType } from '../../../shared/ledger-fields.ts';
import { api } from '../../data/client.ts';
import type { Id } from '../../data/types.ts';

export type { FieldOption, FieldType };

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  required?: boolean;
  options?: FieldOption[];
  portal?: boolean;
  sensitive?: boolean;
  list?: boolean;
  search?: boolean;
  workflow?: boolean;
  help?: string;
  /** user fields: the roles a person must hold to be offered. */
  roles?: string[];
}

export interface StateDef {
  id: string;
  label: string;
  final?: boolean;
}

export interface TransitionDef {
  id: string;
  label: string;
  from: string[];
  to: string | null;
  roles: Array<{ role: string; label: string }>;
  fields: string[];
  /** Fields the step cannot go without (from its server-side input). */
  required: string[];
  basis: string | null;
  /** The caller holds a role that may take the step somewhere in their scope. */
  allowed: boolean;
}

export interface DeadlineRule {
  id: string;
  label: string;
  days: number;
  unit: 'working' | 'calendar';
  basis: string;
  warnDays: number;
}

export interface RecordTypeManifest {
  type: string;
  label: string;
  titleField: string;
  dateField: string;
  fields: FieldDef[];
  states: StateDef[];
  initial: string;
  transitions: TransitionDef[];
  deadlines: DeadlineRule[];
  exports: string[];
}

export interface LedgerManifest {
  kind: string;
  label: string;
  actions: { create: boolean; import: boolean; export: boolean; reveal: boolean };
  indicators: string[];
  recordTypes: RecordTypeManifest[];
}

export interface RecordView {
  id: Id;
  orgId: Id;
  orgName: string | null;
  state: string;
  stateLabel: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  fields: Record<string, unknown>;
  display: Record<string, string>;
}

export interface TimelineStep {
  id: Id;
  action: string;
  label: string;
  fromState: string | null;
  toState: string;
  toStateLabel: string;
  actorName: string | null;
  at: string;
  on: string;
  note: string | null;
  attachmentIds: Id[];
  /** The step's attachments with their names and SHA-256. */
  attachments?: Array<{ id: Id; name: string; sha256: string }>;
  fields: Record<string, unknown> | null;
}

export interface TimelineAudit {
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  after: unknown;
}

export interface PeriodPause {
  from: string;
  to: string;
  reason?: string;
}

export interface PeriodExtension {
  days: number;
  reason?: string;
  approvedAt?: string;
}

export type Colour = 'green' | 'yellow' | 'red' | 'grey';

export interface DeadlineView {
  id: Id;
  ledger: string;
  recordType: string;
  recordId: Id;
  orgId: Id;
  deadlineId: string;
  label: string;
  title: string;
  assigneeId: Id | null;
  start: string;
  days: number;
  unit: 'working' | 'calendar';
  unitLabel: string;
  due: string | null;
  basis: string;
  warnDays: number;
  state: string;
  metOn: string | null;
  pauses: PeriodPause[];
  extensions: PeriodExtension[];
  explain: string[];
  remaining: number | null;
  colour: Colour;
  status: string;
  /** The due date depends on a year whose holiday arrangement is not published yet (暂定). */
  provisional: boolean;
  /** The due date moved when a calendar year was entered (shown for 30 days). */
  moved: { from: string | null; on: string; note: string } | null;
}

export interface RecordDetail extends RecordView {
  /** 'read' | 'update' | 'reveal' | 'export' | 'transition:<id>' → allowed on this record. */
  policies: Record<string, boolean>;
  timeline: { steps: TimelineStep[]; audit: TimelineAudit[] };
  deadlines: DeadlineView[];
}

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

/** A card of the deadline board: a clock, or an alert (民转刑 risk …) that is red by itself. */
export type BoardCard =
  | (DeadlineView & { kind: 'deadline'; ledgerLabel: string; orgName: string | null })
  | {
      kind: 'alert';
      ledger: string;
      ledgerLabel: string;
      type: string;
      recordId: Id;
      orgId: Id;
      orgName: string | null;
      title: string;
      label: string;
      since: string;
      colour: 'red';
      due: null;
    };

export interface Board {
  today: string;
  counts: { red: number; yellow: number };
  items: BoardCard[];
}

export interface IndicatorValue {
  id: string;
  label: string;
  unit: string;
  ledger: string;
  value: number;
}

export interface IndicatorRecords {
  indicator: string;
  ledger: string;
  type: string;
  year: number;
  total: number;
  items: RecordView[];
}

export const manifestsKey = ['ledgers', 'manifests'] as const;

/** The ledgers the signed-in user may read (empty for administrators: 三员分立). */
export function useLedgerManifests(enabled = true) {
  return useQuery({
    queryKey: manifestsKey,
    queryFn: () => api.get<{ items: LedgerManifest[] }>('/api/ledgers').then((r) => r.items),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function findManifest(
  manifests: LedgerManifest[] | undefined,
  kind: string | undefined,
  type: string | undefined,
): { ledger: LedgerManifest; rt: RecordTypeManifest } | null {
  const ledger = manifests?.find((l) => l.kind === kind);
  const rt = ledger?.recordTypes.find((r) => r.type === type);
  return ledger && rt ? { ledger, rt } : null;
}

export const ledgerPath = (kind: string, type: string) => `/api/ledgers/${kind}/${type}`;
export const recordPath = (kind: string, type: string, id: Id) => `/api/ledgers/${kind}/${type}/${id}`;

/** Page paths of the workbench. */
export const pagePath = {
  list: (kind: string, type: string) => `/ledgers/${kind}/${type}`,
  record: (kind: string, type: string, id: Id) => `/ledgers/${kind}/${type}/${id}`,
  create: (kind: string, type: string) => `/ledgers/${kind}/${type}/new`,
  edit: (kind: string, type: string, id: Id) => `/ledgers/${kind}/${type}/${id}/edit`,
};

/** A person a user field may name (GET /api/ledgers/:kind/:type/options/:field). */
export interface UserOption {
  value: Id;
  label: string;
  orgName: string;
  roles: string[];
  hint: string | null;
}

/**
 * The people a user field may name for a record of `orgId`: active users of that organisation who
 * hold a suitable role (for enforcement officers: a certificate valid today), scoped by the server.
 */
export function useUserOptions(kind: string, type: string, field: string, orgId: Id | null | undefined) {
  return useQuery({
    queryKey: ['ledgers', kind, type, 'options', field, orgId ?? null],
    queryFn: () =>
      api
        .get<{ items: UserOption[] }>(`${ledgerPath(kind, type)}/options/${field}`, {
          org: orgId ?? undefined,
        })
        .then((r) => r.items),
    staleTime: 60_000,
  });
}

// Views of the enforcement ledger (src/server/ledgers/enforcement/views.ts).
export interface DisclosureQueueItem {
  caseId: Id;
  orgId: Id;
  caseNo: string;
  title: string;
  decisionNo: string | null;
  decidedOn: string;
  outcome: string;
  outcomeLabel: string;
  deadline: DeadlineView;
}

export interface InspectionCount {
  creditCode: string | null;
  enterpriseName: string;
  count: number;
  cap: number;
  overCap: boolean;
  lastInspectedOn: string;
  /** The latest inspection of the enterprise (opens its record). */
  lastId: Id;
  orgId: Id;
}
