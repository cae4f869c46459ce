// 同比 in the county view: every indicator of a year next to the year before, per township (street)
// of the supervisor's county, with the change in units and per cent. A township's figure of a year is
// its ledgers' when it kept them here that year (a record dated in the year), otherwise the figure its
// report of the year states (an uploaded external report included); neither: no data, never a 0.
import type { CountyYoy, YoyCell, YoyRow } from '../../shared/api/county-yoy.ts';
import { INDICATORS, type IndicatorKind } from '../../shared/indicators.ts';
import type { Actor } from '../core/actor.ts';
import type { Kdb } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import type { Table } from '../http/table-file.ts';
import { ledgerFigures, statedFigures } from './county.ts';
import { loadYear, type ScopeOrg, scopeOrgs, supervisedPaths } from './county-year.ts';

const SUMMABLE: readonly IndicatorKind[] = ['count', 'amount'];
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Whether the organisation's ledgers hold a record dated in the year (its creation step's day). */
async function keptLedgers(k: Kdb, org: ScopeOrg, year: number): Promise<boolean> {
  const row = await k
    .selectFrom('workflowStep')
    .select('id')
    .where('action', '=', 'create')
    .where('onDate', '>=', `${year}-01-01`)
    .where('onDate', '<=', `${year}-12-31`)
    .where((eb) => inOrgSubtree(eb, 'orgId', [org.path]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Each township's figures of the year by indicator id (absent: no data). */
async function yearFigures(k: Kdb, orgs: readonly ScopeOrg[], year: number) {
  const { read } = await loadYear(k, orgs, year);
  const out = new Map<number, Map<string, number>>();
  for (const org of orgs) {
    const figures = new Map<string, number>();
    const report = read.get(org.id);
    for (const [id, m] of statedFigures(report?.metrics ?? [])) figures.set(id, m.value);
    if (report?.source !== 'external' && (await keptLedgers(k, org, year)))
      for (const [id, v] of await ledgerFigures(k, org, year)) figures.set(id, v);
    out.set(org.id, figures);
  }
  return out;
}

export function yoyCell(current: number | null, previous: number | null): YoyCell {
  const both = current !== null && previous !== null;
  const change = both ? round2(current - previous) : null;
  return {
    current,
    previous,
    change,
    changePct: both && previous !== 0 ? Math.round(((current - previous) / previous) * 1000) / 10 : null,
  };
}

const sum = (xs: readonly (number | null)[]) => {
  const present = xs.filter((x): x is number => x !== null);
  return present.length ? round2(present.reduce((a, b) => a + b, 0)) : null;
};

export async function countyYearOverYear(k: Kdb, actor: Actor, year: number): Promise<CountyYoy> {
  const orgs = await scopeOrgs(k, supervisedPaths(actor));
  const current = await yearFigures(k, orgs, year);
  const previous = await yearFigures(k, orgs, year - 1);
  const rows: YoyRow[] = INDICATORS.map((ind) => {
    const cells = orgs.map((o) =>
      yoyCell(current.get(o.id)?.get(ind.id) ?? null, previous.get(o.id)?.get(ind.id) ?? null),
    );
    return {
      id: ind.id,
      label: ind.label,
      unit: ind.unit,
      kind: ind.kind,
      cells,
      total: SUMMABLE.includes(ind.kind)
        ? yoyCell(sum(cells.map((c) => c.current)), sum(cells.map((c) => c.previous)))
        : null,
    };
  });
  return {
    year,
    previousYear: year - 1,
    columns: orgs.map((o) => ({ orgId: o.id, orgName: o.name })),
    rows,
  };
}

export const NO_DATA_PREVIOUS = '上年无数据';
export const NO_DATA_CURRENT = '本年无数据';

/** The change as the page and the file write it: +3（+12.5%）, −2（上年为0）, 上年无数据. */
export function changeText(c: YoyCell): { change: string; pct: string } {
  if (c.previous === null) return { change: NO_DATA_PREVIOUS, pct: NO_DATA_PREVIOUS };
  if (c.current === null) return { change: NO_DATA_CURRENT, pct: NO_DATA_CURRENT };
  const sign = (x: number) => (x > 0 ? `+${x}` : String(x));
  return {
    change: sign(c.change ?? 0),
    pct: c.changePct === null ? '上年为0' : `${sign(c.changePct)}%`,
  };
}

/** The comparison as a table file: one row per indicator and township, then the county's sum. */
export function yoyTable(v: CountyYoy): Table {
  const header = ['指标', '单位', '乡镇（街道）', `${v.year}年`, `${v.previousYear}年`, '增减', '增减幅度'];
  const rows: Table['rows'] = [];
  const line = (r: YoyRow, name: string, c: YoyCell) => {
    const t = changeText(c);
    rows.push([
      r.label,
      r.unit,
      name,
      c.current ?? NO_DATA_CURRENT,
      c.previous ?? NO_DATA_PREVIOUS,
      t.change,
      t.pct,
    ]);
  };
  for (const r of v.rows) {
    r.cells.forEach((c, i) => {
      line(r, v.columns[i].orgName, c);
    });
    if (r.total) line(r, '全县合计', r.total);
  }
  return { header, rows };
}
