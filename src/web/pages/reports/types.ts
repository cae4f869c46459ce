// Response shapes of the annual report API (docs/annual-report.md, "流程"). The web app talks to the
// server only through this API, so the shapes are restated here rather than imported.
import type { Finding } from '../checks/types.ts';

export type ReportState = 'drafting' | 'reviewing' | 'signed' | 'submitted' | 'published' | 'archived';
export type DateStatus = 'on_time' | 'late' | 'pending' | 'overdue';
export type SectionKey = 'measures' | 'shortcomings' | 'leaders' | 'plans' | 'other';
export type ParagraphKind = 'heading1' | 'heading2' | 'body' | 'gap';

export interface Binding {
  id: string;
  value: number;
  unit: string;
  label: string;
  start: number;
  end: number;
  records: { type: string; ids: number[] };
}

export interface DraftParagraph {
  kind: ParagraphKind;
  text: string;
  bindings: Binding[];
  area?: string;
}

export interface DraftSection {
  key: SectionKey;
  heading: string;
  paragraphs: DraftParagraph[];
}

export interface Draft {
  orgName: string;
  issuer: string;
  year: number;
  title: string;
  recipient: string;
  opening: string;
  sections: DraftSection[];
  signoff: { org: string; date: string };
  gaps: { area: string; label: string }[];
  /** 版头: 发文字号; 签发人 once signed. */
  header?: { number?: string; signer?: string };
  /** 版记: 抄送机关, 印发机关; 印发日期 once signed. */
  record?: { cc?: string[]; printer?: string; printedOn?: string };
}

/** Where a finding stands in the draft: a section (paragraph -1 = its heading) or a fixed part. */
export interface Where {
  section: SectionKey | 'title' | 'recipient' | 'opening' | 'signoff';
  paragraph: number;
  start: number;
  end: number;
}

export type PlacedFinding = Finding & { where: Where };

export interface ReportSummary {
  orgId: number;
  orgCode: string;
  orgName: string;
  year: number;
  reportId: number | null;
  state: ReportState | null;
  stateLabel: string;
  currentVersion: number | null;
  submitBy: string;
  publishBy: string;
  submittedOn: string | null;
  publishedOn: string | null;
  submission: DateStatus;
  submissionLabel: string;
  publication: DateStatus;
  publicationLabel: string;
  basis: { submit: string; publish: string };
}

export interface VersionRow {
  version: number;
  sha256: string;
  createdAt: string;
  createdByName: string | null;
  signedAt: string | null;
  signedByName: string | null;
}

export interface ReportView extends ReportSummary {
  version: {
    version: number;
    sha256: string;
    createdAt: string;
    signedAt: string | null;
    signedByName: string | null;
    signed: boolean;
  };
  approvedVersion: number | null;
  draft: Draft;
  findings: PlacedFinding[];
  versions: VersionRow[];
  transitions: { id: string; label: string }[];
  editable: boolean;
}

export interface ReportList {
  year: number;
  today: string;
  items: ReportSummary[];
}
