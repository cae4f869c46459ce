// 年度报告汇总: the county supervisor's view of a year's reports across the townships and streets of
// its scope — which were submitted and published on time, what the checker finds in each, the
// figures each report states next to what the ledgers compute, and passages copied between reports.
// Townships that do not use Fazhi are covered by their uploaded reports (external.ts), whose figures
// and findings join the same view. Read models only: the year's reports are read in county-year.ts.
import {
  type CheckResult,
  type CopyPair,
  checkBatch,
  copyPairs,
  type Metric,
  parseReport,
  rules,
} from '../../checker/index.ts';
import { INDICATORS, type IndicatorKind } from '../../shared/indicators.ts';
import type { Actor } from '../core/actor.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { computeIndicators } from '../indicators/compute.ts';
import { allIndicators } from '../ledgers/registry.ts';
import {
  countBySeverity,
  loadYear,
  type ScopeOrg,
  scopeOrgs,
  supervisedOrg,
  supervisedPaths,
  withoutDigits,
} from './county-year.ts';
import { EXTERNAL_LABEL } from './external-table.ts';
import { DATE_STATUS_LABELS, dateStatus, summaryOf } from './workflow.ts';

/**
 * What the ledgers compute for the organisation's subtree and year (the roll-up's figures), through
 * the ledgers' indicator sets: one query per table rather than one per indicator.
 */
export async function ledgerFigures(k: Kdb | Tx, org: ScopeOrg, year: number): Promise<Map<string, number>> {
  return computeIndicators(k, allIndicators(), [org.path], year);
}

/** The first figure a report states for each indicator (with its quote). */
export function statedFigures(metrics: readonly Metric[]): Map<string, Metric> {
  const out = new Map<string, Metric>();
  for (const m of metrics) if (!out.has(m.id)) out.set(m.id, m);
  return out;
}

export interface IndicatorCell {
  /** The figure the report states (checker metrics), null when it states none. */
  stated: number | null;
  quote: string | null;
  /** The ledger's figure (roll-up), null for an external report or an indicator no ledger computes. */
  ledger: number | null;
  differs: boolean;
}

export interface IndicatorRow {
  id: string;
  label: string;
  unit: string;
  kind: IndicatorKind;
  area: string;
  cells: IndicatorCell[];
  /** County totals of counts and amounts (a rate has none). */
  total: { stated: number | null; ledger: number | null };
}

const SUMMABLE: readonly IndicatorKind[] = ['count', 'amount'];
const sum = (xs: readonly (number | null)[]) => {
  const present = xs.filter((x): x is number => x !== null);
  return present.length ? Math.round(present.reduce((a, b) => a + b, 0) * 100) / 100 : null;
};

/** The county view of a year: status, findings counts and the indicators side by side. */
export async function countyOverview(k: Kdb, actor: Actor, year: number, today: string) {
  const paths = supervisedPaths(actor);
  const orgs = await scopeOrgs(k, paths);
  const { reports, read } = await loadYear(k, orgs, year);
  // A year before the first report anyone recorded here was not kept in this system: its missing
  // reports are not called overdue (they may be uploaded as external reports).
  const before =
    year <
    (await firstRecordedYear(
      k,
      orgs.map((o) => o.id),
      today,
    ));

  const items = orgs.map((org) => {
    const r = read.get(org.id);
    const found = summaryOf(org, year, reports.get(org.id), today);
    const base =
      before && !r
        ? {
            ...found,
            stateLabel: DATE_STATUS_LABELS.not_recorded,
            submission: 'not_recorded' as const,
            submissionLabel: DATE_STATUS_LABELS.not_recorded,
            publication: 'not_recorded' as const,
            publicationLabel: DATE_STATUS_LABELS.not_recorded,
          }
        : found;
    const ext = r?.external ?? null;
    const status = ext
      ? (() => {
          const submission = dateStatus(ext.submittedOn, base.submitBy, today);
          const publication = dateStatus(ext.publishedOn, base.publishBy, today);
          return {
            state: 'external' as const,
            stateLabel: EXTERNAL_LABEL,
            submittedOn: ext.submittedOn,
            publishedOn: ext.publishedOn,
            submission,
            submissionLabel: DATE_STATUS_LABELS[submission],
            publication,
            publicationLabel: DATE_STATUS_LABELS[publication],
          };
        })()
      : {};
    return {
      ...base,
      ...status,
      source: r?.source ?? null,
      version: r?.version ?? null,
      signed: r?.signed ?? false,
      title: r?.title ?? null,
      findings: r ? countBySeverity(r.findings) : null,
      external: ext
        ? {
            id: ext.id,
            fileName: ext.fileName,
            sha256: ext.sha256,
            attachmentId: ext.attachmentId,
            uploadedAt: ext.uploadedAt,
          }
        : null,
    };
  });

  const ledgers = new Map<number, Map<string, number>>();
  for (const org of orgs) {
    if (read.get(org.id)?.source === 'external') continue;
    ledgers.set(org.id, await ledgerFigures(k, org, year));
  }
  const stated = new Map(orgs.map((o) => [o.id, statedFigures(read.get(o.id)?.metrics ?? [])]));
  const indicators: IndicatorRow[] = INDICATORS.map((ind) => {
    const cells = orgs.map((org): IndicatorCell => {
      const m = stated.get(org.id)?.get(ind.id) ?? null;
      const ledger = ledgers.get(org.id)?.get(ind.id) ?? null;
      const hasReport = read.has(org.id);
      return {
        stated: m?.value ?? null,
        quote: m?.quote ?? null,
        ledger,
        // A report that leaves out a figure the ledger holds differs too.
        differs: hasReport && ledger !== null && (m?.value ?? 0) !== ledger,
      };
    });
    const summable = SUMMABLE.includes(ind.kind);
    return {
      id: ind.id,
      label: ind.label,
      unit: ind.unit,
      kind: ind.kind,
      area: ind.area,
      cells,
      total: {
        stated: summable ? sum(cells.map((c) => c.stated)) : null,
        ledger: summable ? sum(cells.map((c) => c.ledger)) : null,
      },
    };
  });

  const count = (pred: (i: (typeof items)[number]) => boolean) => items.filter(pred).length;
  return {
    year,
    today,
    items,
    columns: orgs.map((o) => ({
      orgId: o.id,
      orgName: o.name,
      source: read.get(o.id)?.source ?? null,
    })),
    indicators,
    totals: {
      townships: items.length,
      withReport: count((i) => i.source !== null),
      submittedOnTime: count((i) => i.submission === 'on_time'),
      submittedLate: count((i) => i.submission === 'late'),
      submissionOverdue: count((i) => i.submission === 'overdue'),
      submissionPending: count((i) => i.submission === 'pending'),
      publishedOnTime: count((i) => i.publication === 'on_time'),
      publishedLate: count((i) => i.publication === 'late'),
      errors: items.reduce((s, i) => s + (i.findings?.error ?? 0), 0),
      warnings: items.reduce((s, i) => s + (i.findings?.warning ?? 0), 0),
    },
  };
}

export type CountyOverview = Awaited<ReturnType<typeof countyOverview>>;

/** The checker findings of one township's report of the year (Fazhi version or external file). */
export async function countyFindings(k: Kdb, actor: Actor, orgId: number, year: number) {
  const org = await supervisedOrg(k, actor, orgId);
  const { read } = await loadYear(k, [org], year);
  const r = read.get(org.id);
  if (!r) throw notFound(`${org.name}${year}年度报告`);
  return {
    orgId: org.id,
    orgName: org.name,
    year,
    source: r.source,
    version: r.version,
    signed: r.signed,
    title: r.title,
    counts: countBySeverity(r.findings),
    findings: r.findings,
  };
}

export interface CountyCopyPair extends Omit<CopyPair, 'a' | 'b'> {
  a: { orgId: number; orgName: string; source: 'fazhi' | 'external'; title: string | null };
  b: { orgId: number; orgName: string; source: 'fazhi' | 'external'; title: string | null };
}

const CROSS_REPORT = rules.filter((r) => r.meta.batchOnly);

/**
 * Passages copied between the year's reports: the checker's cross-report rule over the batch. Two
 * Fazhi reports share the sentences the system drafted for both from the catalogue's templates;
 * a passage that is such generated text on both sides is the system's, not copying, and is left out.
 */
export async function countyCopying(k: Kdb, actor: Actor, year: number) {
  const orgs = await scopeOrgs(k, supervisedPaths(actor));
  const { read } = await loadYear(k, orgs, year);
  const list = [...read.values()];
  // Each report is named by its organisation, so that the pairs can be told apart.
  const parsed = list.map((r) => parseReport({ file: r.org.name, format: 'txt', text: r.text, meta: {} }));
  const results: CheckResult[] = checkBatch(parsed, { registry: CROSS_REPORT, metrics: false });
  const side = (i: number) => ({
    orgId: list[i].org.id,
    orgName: list[i].org.name,
    source: list[i].source,
    title: list[i].title,
  });
  const generated = (i: number, text: string) => list[i].generated?.includes(withoutDigits(text)) ?? false;
  const share = (i: number, texts: string[]) =>
    Math.round((texts.reduce((n, t) => n + t.length, 0) / Math.max(1, list[i].text.length)) * 1000) / 1000;
  const pairs: CountyCopyPair[] = [];
  for (const p of copyPairs(results)) {
    const passages = p.passages.filter((x) => !(generated(p.a, x.a.text) && generated(p.b, x.b.text)));
    if (passages.length === 0) continue;
    const kept = passages.length === p.passages.length;
    pairs.push({
      ...p,
      a: side(p.a),
      b: side(p.b),
      shareA: kept
        ? p.shareA
        : share(
            p.a,
            passages.map((x) => x.a.text),
          ),
      shareB: kept
        ? p.shareB
        : share(
            p.b,
            passages.map((x) => x.b.text),
          ),
      passages,
    });
  }
  return { year, reports: list.length, pairs };
}

/**
 * The first year any of these organisations has a report recorded (drafted here or uploaded); the
 * year now being reported on (last year) when there is none yet.
 */
export async function firstRecordedYear(k: Kdb, orgIds: readonly number[], today: string): Promise<number> {
  const reporting = Number(today.slice(0, 4)) - 1;
  if (orgIds.length === 0) return reporting;
  const [own, ext] = await Promise.all([
    k
      .selectFrom('annualReport')
      .select((eb) => eb.fn.min('year').as('y'))
      .where('orgId', 'in', orgIds)
      .executeTakeFirst(),
    k
      .selectFrom('externalReport')
      .select((eb) => eb.fn.min('year').as('y'))
      .where('orgId', 'in', orgIds)
      .executeTakeFirst(),
  ]);
  const years = [own?.y, ext?.y].filter((y) => y !== null && y !== undefined).map(Number);
  return Math.min(reporting, ...years);
}
