// The county's uploaded reports of townships that do not use Fazhi (migration 0010): the table, its
// label and the formats accepted.
import type { Generated, Selectable } from 'kysely';

export interface ExternalReportTable {
  id: Generated<number>;
  orgId: number;
  year: number;
  fileName: string;
  /** SHA-256 (hex) of the uploaded file. */
  sha256: string;
  attachmentId: number | null;
  /** The format the checker read: txt | docx | pdf. */
  format: string;
  title: string | null;
  /** The decoded text the checker read (line/column of the findings refer to it). */
  text: string;
  /** Checker metrics (Metric[]) and findings (Finding[]) as JSON. */
  metricsJson: string;
  findingsJson: string;
  /** Counts as submitted on this day (the upload day unless the supervisor gave one). */
  submittedOn: string;
  publishedOn: string | null;
  uploadedBy: number | null;
  uploadedAt: string;
}

export type ExternalReportRow = Selectable<ExternalReportTable>;

declare module '../db/types.ts' {
  interface Database {
    externalReport: ExternalReportTable;
  }
}

export const EXTERNAL_LABEL = '外部报告';
/** What a supervisor may upload: the formats a township sends its report in. */
export const EXTERNAL_EXTENSIONS = ['docx', 'pdf', 'txt'] as const;
