// 上年结转 checked against last year's report: table 三's row 二、上年结转政府信息公开申请数量 must equal,
// column by column, row 四、结转下年度继续办理 of the previous year's report. When that report is in
// the system (its last signed version), a difference is an error naming both numbers; when it is
// not, the figures a clerk entered by hand stand in for it and the report says they were entered by
// hand; with neither, the report says there was nothing to check against.
import type { Kdb, Tx } from '../db/connect.ts';
import { APPLICANT_TYPES } from '../ledgers/disclosure/labels.ts';
import { REQUEST_COLUMNS, type RequestTable } from './tables.ts';
import './types.ts';

export type CarrySource = 'report' | 'manual' | 'none';

export interface Carryover {
  /** Where last year's 结转下年度继续办理 comes from. */
  source: CarrySource;
  /** Last year's 结转下年度继续办理 by column (applicant types and total), when known. */
  lastYear: Record<string, number> | null;
  /** What the check says, in Chinese (shown with the report, on every source). */
  note: string;
  /** A difference between this year's 上年结转 and last year's figure: an error each. */
  errors: string[];
}

const columnLabel = (c: string) =>
  c === 'total' ? '总计' : (APPLICANT_TYPES.find((a) => a.value === c)?.label ?? c);

/** Last year's 结转下年度继续办理 from its latest signed report version, if any. */
export async function lastYearNext(
  k: Kdb | Tx,
  orgId: number,
  year: number,
): Promise<Record<string, number> | null> {
  const v = await k
    .selectFrom('disclosureReportVersion as v')
    .innerJoin('disclosureReport as r', 'r.id', 'v.reportId')
    .select('v.contentJson')
    .where('r.orgId', '=', orgId)
    .where('r.year', '=', year - 1)
    .orderBy('v.version', 'desc')
    .executeTakeFirst();
  if (!v) return null;
  const content = JSON.parse(v.contentJson) as { tables: { requests: RequestTable } };
  return content.tables.requests.next ?? null;
}

/** The figures entered by hand for this year's report (its row's carriedJson). */
export async function manualCarried(
  k: Kdb | Tx,
  orgId: number,
  year: number,
): Promise<Record<string, number> | null> {
  const r = await k
    .selectFrom('disclosureReport')
    .select('carriedJson')
    .where('orgId', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
  return r?.carriedJson ? (JSON.parse(r.carriedJson) as Record<string, number>) : null;
}

/** Compares this year's row 二 with last year's row 四 (from its report, else entered by hand). */
export async function checkCarryover(
  k: Kdb | Tx,
  orgId: number,
  year: number,
  requests: RequestTable,
): Promise<Carryover> {
  const fromReport = await lastYearNext(k, orgId, year);
  const manual = fromReport ? null : await manualCarried(k, orgId, year);
  const lastYear = fromReport ?? manual;
  const source: CarrySource = fromReport ? 'report' : manual ? 'manual' : 'none';
  if (!lastYear)
    return {
      source,
      lastYear: null,
      note: `系统中没有${year - 1}年度政府信息公开工作年度报告，上年结转数未经核对；可手工录入上年度报告的“结转下年度继续办理”数后核对`,
      errors: [],
    };
  const from =
    source === 'report'
      ? `${year - 1}年度报告`
      : `经办人手工录入的${year - 1}年度报告数（系统中没有该年度报告）`;
  const errors: string[] = [];
  for (const c of REQUEST_COLUMNS) {
    const now = requests.carried?.[c] ?? 0;
    const then = lastYear[c] ?? 0;
    if (now !== then)
      errors.push(
        `二、上年结转政府信息公开申请数量（${columnLabel(c)}）为${now}，与${from}“四、结转下年度继续办理”${then}不一致`,
      );
  }
  return {
    source,
    lastYear,
    note: errors.length > 0 ? `上年结转数与${from}不一致` : `上年结转数与${from}“结转下年度继续办理”一致`,
    errors,
  };
}
