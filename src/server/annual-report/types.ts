// Tables of the annual report workflow (migrations 0009, 0014). They extend the Database interface.
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface AnnualReportTable {
  id: Generated<number>;
  orgId: number;
  year: number;
  /** drafting | reviewing | signed | submitted | published | archived */
  state: string;
  currentVersion: number;
  /** The version the leader approved in review (签发 needs it to be the current one). */
  approvedVersion: number | null;
  /** Due dates (YYYY-MM-DD): submission to the county, public disclosure. */
  submitBy: string;
  publishBy: string;
  submittedOn: string | null;
  publishedOn: string | null;
  archivedOn: string | null;
  /** The version the public sees: the current one at the last 公开 (migration 0014). */
  publishedVersion: ColumnType<number | null, number | null | undefined, number | null>;
  /** When a 公开 replaced an earlier published version with a corrected one (the portal's 更正日期). */
  republishedAt: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: string;
  updatedAt: string;
}

export interface AnnualReportVersionTable {
  id: Generated<number>;
  reportId: number;
  version: number;
  /** The Draft (src/server/annual-report/draft.ts) as JSON: sections, paragraphs, bindings. */
  contentJson: string;
  /** SHA-256 (hex) of contentJson. */
  sha256: string;
  createdBy: number | null;
  createdAt: string;
  signedBy: number | null;
  signedAt: string | null;
}

export type AnnualReportRow = Selectable<AnnualReportTable>;
export type AnnualReportVersionRow = Selectable<AnnualReportVersionTable>;

declare module '../db/types.ts' {
  interface Database {
    annualReport: AnnualReportTable;
    annualReportVersion: AnnualReportVersionTable;
  }
}
