// What GET /api/annual-reports/county and its companions answer (src/server/annual-report/county.ts).
import type { Finding, Metric, SectionRef } from '../checks/types.ts';

export type DateStatus = 'on_time' | 'late' | 'pending' | 'overdue';
export type ReportSource = 'fazhi' | 'external';
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface CountyItem {
  orgId: number;
  orgName: string;
  year: number;
  state: string | null;
  stateLabel: string;
  source: ReportSource | null;
  version: number | null;
  signed: boolean;
  submitBy: string;
  publishBy: string;
  submittedOn: string | null;
  publishedOn: string | null;
  submission: DateStatus;
  submissionLabel: string;
  publication: DateStatus;
  publicationLabel: string;
  findings: SeverityCounts | null;
  external: { id: number; fileName: string; uploadedAt: string } | null;
}

export interface IndicatorCell {
  stated: number | null;
  quote: string | null;
  ledger: number | null;
  differs: boolean;
}

export interface IndicatorRow {
  id: string;
  label: string;
  unit: string;
  kind: string;
  cells: IndicatorCell[];
  total: { stated: number | null; ledger: number | null };
}

export interface CountyView {
  year: number;
  today: string;
  items: CountyItem[];
  columns: { orgId: number; orgName: string; source: ReportSource | null }[];
  indicators: IndicatorRow[];
  totals: {
    townships: number;
    withReport: number;
    submittedOnTime: number;
    submittedLate: number;
    submissionOverdue: number;
    publishedOnTime: number;
    errors: number;
  };
}

export interface CountyFindings {
  orgName: string;
  source: ReportSource;
  version: number | null;
  signed: boolean;
  findings: Finding[];
}

interface PairSide {
  orgId: number;
  orgName: string;
  source: ReportSource;
  title: string | null;
}

export interface CountyPair {
  a: PairSide;
  b: PairSide;
  jaccard: number;
  shareA: number;
  shareB: number;
  passages: { a: { text: string; line: number }; b: { text: string; line: number } }[];
}

export interface UploadResult {
  orgName: string;
  replaced: boolean;
  fileName: string;
  submittedOn: string;
  title: string | null;
  sections: SectionRef[];
  counts: SeverityCounts;
  findings: Finding[];
  metrics: Metric[];
}
