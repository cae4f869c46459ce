// Tables of the 政府信息公开工作年度报告 workflow (migration 0027). They extend the Database interface.
import type { Generated, Selectable } from 'kysely';

export interface DisclosureReportTable {
  id: Generated<number>;
  orgId: number;
  year: number;
  /** drafting | signed | submitted | published */
  state: Generated<string>;
  /** The last signed version (0 before the first 签发). */
  currentVersion: Generated<number>;
  /** Due dates (YYYY-MM-DD): submission to the county's 政务公开 office, publication. */
  submitBy: string;
  publishBy: string;
  submittedOn: string | null;
  publishedOn: string | null;
  /** The version the public sees (the current one at the last 公开). */
  publishedVersion: number | null;
  /** 上年结转 by applicant column, entered by hand when last year's report is not in the system. */
  carriedJson: string | null;
  carriedBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface DisclosureReportVersionTable {
  id: Generated<number>;
  reportId: number;
  version: number;
  /** The DisclosureReport (index.ts) as computed and signed, as JSON. */
  contentJson: string;
  sha256: string;
  signedBy: number;
  signedAt: string;
  /** 成文日期: the day it was signed (China time). */
  signedOn: string;
}

export type DisclosureReportRow = Selectable<DisclosureReportTable>;
export type DisclosureReportVersionRow = Selectable<DisclosureReportVersionTable>;

declare module '../db/types.ts' {
  interface Database {
    disclosureReport: DisclosureReportTable;
    disclosureReportVersion: DisclosureReportVersionTable;
  }
}
