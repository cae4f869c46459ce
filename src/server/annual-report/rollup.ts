// The annual roll-up: for an organisation (a township or street) and a year, every indicator the
// registered ledgers compute over the organisation's subtree, each with the records it counts
// (drill-down ids), plus the facts the draft's "不足和原因" part is written from: overdue deadlines
// and refused workflow steps of the year (workflow_refusal, written by the workflow engine).
import {
  findIndicator,
  INDICATORS,
  type IndicatorUnit,
  type LedgerKind,
  type OutlineArea,
} from '../../shared/indicators.ts';
import { chinaDate } from '../core/clock.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { computeIndicators } from '../indicators/compute.ts';
import { allIndicators } from '../ledgers/registry.ts';

export interface RollupOrg {
  id: number;
  code: string;
  name: string;
  kind: string;
  path: string;
  /** The parent organisation (the county for a township), if any. */
  parent: { id: number; code: string; name: string; kind: string } | null;
}

export interface RollupItem {
  id: string;
  label: string;
  unit: IndicatorUnit;
  ledger: LedgerKind;
  /** The registered ledger's kind (its label in `ledgerLabel`). */
  ledgerLabel: string;
  area: OutlineArea;
  value: number;
  /** The records behind the figure: record type and ids. */
  records: { type: string; ids: number[] };
}

/** Deadlines of the year that were missed: met late, or still open after their due date. */
export interface OverdueFact {
  ledger: string;
  ledgerLabel: string;
  deadlineId: string;
  label: string;
  basis: string;
  /** Met after the due date. */
  metLate: number;
  /** Still open after the due date (at the end of the year, or today within the year). */
  open: number;
  recordIds: number[];
}

/** Workflow steps the system refused in the year (a guard citing its article said no). */
export interface RefusalFact {
  ledger: string;
  ledgerLabel: string;
  rule: string;
  basis: string;
  count: number;
  recordIds: number[];
}

export interface Rollup {
  org: RollupOrg;
  year: number;
  /** The day the figures hold for: the year's last day, or today while the year runs. */
  asOf: string;
  /** The China date the roll-up was computed on (absent in roll-ups stored before it was kept). */
  today?: string;
  items: RollupItem[];
  overdue: OverdueFact[];
  refusals: RefusalFact[];
}

/** Loads an organisation with its parent; undefined when it does not exist. */
export async function loadRollupOrg(k: Kdb | Tx, orgId: number): Promise<RollupOrg | undefined> {
  const org = await k
    .selectFrom('org')
    .select(['id', 'code', 'name', 'kind', 'path', 'parentId'])
    .where('id', '=', orgId)
    .executeTakeFirst();
  if (!org) return undefined;
  const parent =
    org.parentId === null
      ? undefined
      : await k
          .selectFrom('org')
          .select(['id', 'code', 'name', 'kind'])
          .where('id', '=', org.parentId)
          .executeTakeFirst();
  return {
    id: org.id,
    code: org.code,
    name: org.name,
    kind: org.kind,
    path: org.path,
    parent: parent ?? null,
  };
}

/** The figures of the roll-up as the checker's `figures` option wants them (id → value). */
export function rollupFigures(rollup: Rollup): Record<string, number> {
  return Object.fromEntries(rollup.items.map((i) => [i.id, i.value]));
}

/**
 * Every indicator of the ledger registry for the organisation's subtree and the year, in
 * catalogue order, with the drill-down ids; and the year's overdue deadlines and refusals.
 */
export async function computeRollup(
  k: Kdb | Tx,
  org: RollupOrg,
  year: number,
  opts: { today?: string } = {},
): Promise<Rollup> {
  const paths = [org.path];
  const today = opts.today ?? chinaDate();
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  const items: RollupItem[] = [];
  // The annual report's own clocks (workflow.ts) share the deadline table.
  const labels = new Map<string, string>([['annual_report', '法治政府建设年度报告']]);
  for (const { ledger } of allIndicators()) labels.set(ledger.kind, ledger.label);
  const entries = allIndicators().filter(({ def }) => findIndicator(def.id));
  const values = await computeIndicators(k, entries, paths, year);
  for (const { ledger, def } of entries) {
    const meta = findIndicator(def.id)!;
    const value = values.get(def.id)!;
    const records = await def.drill(k, paths, year);
    items.push({
      id: def.id,
      label: meta.label,
      unit: meta.unit,
      ledger: meta.ledger,
      ledgerLabel: ledger.label,
      area: meta.area,
      value,
      records,
    });
  }
  items.sort((a, b) => catalogueIndex(a.id) - catalogueIndex(b.id));
  return {
    org,
    year,
    asOf,
    today,
    items,
    overdue: await overdueFacts(k, paths, year, asOf, labels),
    refusals: await refusalFacts(k, paths, year, labels),
  };
}

/** Position of an indicator in the catalogue (src/shared/indicators.ts), the report's order. */
const CATALOGUE_ORDER = new Map(INDICATORS.map((indicator, i) => [indicator.id, i]));
function catalogueIndex(id: string): number {
  return CATALOGUE_ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
}

async function overdueFacts(
  k: Kdb | Tx,
  paths: readonly string[],
  year: number,
  asOf: string,
  labels: ReadonlyMap<string, string>,
): Promise<OverdueFact[]> {
  const rows = await k
    .selectFrom('deadline')
    .select(['ledger', 'deadlineId', 'label', 'basis', 'state', 'due', 'recordId'])
    .where((eb) => inOrgSubtree(eb, 'deadline.orgId', paths))
    .where('due', 'is not', null)
    .where('due', '>=', `${year}-01-01`)
    .where('due', '<', asOf)
    .where((eb) => eb.or([eb('state', '=', 'overdue_met'), eb('state', '=', 'open')]))
    .orderBy('ledger')
    .orderBy('deadlineId')
    .orderBy('recordId')
    .execute();
  const byKey = new Map<string, OverdueFact>();
  for (const r of rows) {
    const key = `${r.ledger}/${r.deadlineId}`;
    let f = byKey.get(key);
    if (!f) {
      f = {
        ledger: r.ledger,
        ledgerLabel: labels.get(r.ledger) ?? r.ledger,
        deadlineId: r.deadlineId,
        label: r.label,
        basis: r.basis,
        metLate: 0,
        open: 0,
        recordIds: [],
      };
      byKey.set(key, f);
    }
    if (r.state === 'open') f.open++;
    else f.metLate++;
    f.recordIds.push(r.recordId);
  }
  return [...byKey.values()];
}

async function refusalFacts(
  k: Kdb | Tx,
  paths: readonly string[],
  year: number,
  labels: ReadonlyMap<string, string>,
): Promise<RefusalFact[]> {
  const rows = await k
    .selectFrom('workflowRefusal')
    .select(['ledger', 'recordId', 'rule', 'basis'])
    // the report's own refused steps (sign before review …) are about writing it, not facts of the year
    .where('ledger', '!=', 'annual_report')
    .where((eb) => inOrgSubtree(eb, 'workflowRefusal.orgId', paths))
    .where('at', '>=', `${year}-01-01`)
    .where('at', '<', `${year + 1}-01-01`)
    .orderBy('id')
    .execute();
  const byKey = new Map<string, RefusalFact>();
  for (const r of rows) {
    const key = `${r.ledger}/${r.rule}`;
    let f = byKey.get(key);
    if (!f) {
      f = {
        ledger: r.ledger,
        ledgerLabel: labels.get(r.ledger) ?? r.ledger,
        rule: r.rule,
        basis: r.basis,
        count: 0,
        recordIds: [],
      };
      byKey.set(key, f);
    }
    f.count++;
    if (!f.recordIds.includes(r.recordId)) f.recordIds.push(r.recordId);
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.ledger.localeCompare(b.ledger));
}
