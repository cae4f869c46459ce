// The 政府信息公开工作年度报告 of an organisation and year: tables from the ledger, text, DOCX, and the
// dates it is due (《政府信息公开条例》第四十九条; a township's dates are configuration), and the
// 上年结转 check against last year's report (carryover.ts). Its workflow is workflow.ts.
import type { Kdb, Tx } from '../db/connect.ts';
import { REPORT_DATES } from '../ledgers/disclosure/rules.ts';
import { type Carryover, checkCarryover } from './carryover.ts';
import { reportDocx } from './docx.ts';
import {
  computeDisclosureTables,
  type DisclosureTables,
  requestTableErrors,
  reviewTableErrors,
} from './tables.ts';
import { type ReportText, reportText } from './text.ts';

export interface DisclosureReport {
  orgId: number;
  orgName: string;
  year: number;
  tables: DisclosureTables;
  text: ReportText;
  /** Arithmetic errors of tables 三 and 四 (none when they are computed from records), and a
   * 上年结转 that differs from last year's report (carryover.ts). */
  errors: string[];
  carryover: Carryover;
  /** The township's dates: submit to the county's 政务公开 office, publish to the public. */
  due: { submitBy: string; publishBy: string; basis: string };
}

export async function buildDisclosureReport(
  k: Kdb | Tx,
  org: { id: number; name: string; kind: string; path: string },
  year: number,
): Promise<DisclosureReport> {
  const tables = await computeDisclosureTables(k, [org.path], year);
  const carryover = await checkCarryover(k, org.id, year, tables.requests);
  const issuer =
    org.kind === 'street' ? `${org.name}办事处` : org.kind === 'township' ? `${org.name}人民政府` : org.name;
  return {
    orgId: org.id,
    orgName: issuer,
    year,
    tables,
    text: reportText(issuer, tables),
    errors: [
      ...requestTableErrors(tables.requests),
      ...reviewTableErrors(tables.review),
      ...carryover.errors,
    ],
    carryover,
    due: {
      submitBy: `${year + 1}-${REPORT_DATES.submitBy}`,
      publishBy: `${year + 1}-${REPORT_DATES.publishBy}`,
      basis: REPORT_DATES.basis,
    },
  };
}

/** 成文日期 in Arabic numerals (GB/T 9704-2012 7.3.5.1): 2026年1月20日. */
const dateText = (iso: string) =>
  `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** The DOCX, dated the day it is produced (or the given 成文日期). */
export async function disclosureReportDocx(report: DisclosureReport, date: string): Promise<Buffer> {
  return reportDocx(report.tables, report.text, { org: report.orgName, date: dateText(date) });
}
