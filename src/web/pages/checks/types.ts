// Response shapes of the report checker API (docs/api.md, "Checks"). The web app talks to the
// checker only through this API, so the shapes are restated here rather than imported.

export type Severity = 'error' | 'warning' | 'info';
export type SectionKey = 'measures' | 'shortcomings' | 'reasons' | 'leaders' | 'plans';

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  excerpt: string;
  data?: Record<string, unknown>;
}

export interface Metric {
  id: string;
  value: number;
  qualifier: 'exact' | 'over' | 'approx' | 'under';
  unit: string;
  quote: string;
  line: number;
}

export interface SectionRef {
  key: SectionKey;
  heading: string;
  line: number;
}

export interface CheckResult {
  file: string;
  title: string | null;
  org: string | null;
  year: number | null;
  sections: SectionRef[];
  findings: Finding[];
  metrics: Metric[];
  error?: string;
  meta?: Record<string, string>;
  /** The decoded original text (requested with ?text=1); positions refer to it. */
  text?: string;
}

export interface CopyPair {
  a: number;
  b: number;
  jaccard: number;
  shareA: number;
  shareB: number;
  passages: { a: { text: string; line: number }; b: { text: string; line: number } }[];
}

export interface CheckResponse {
  results: CheckResult[];
  pairs: CopyPair[];
}

export interface RuleInfo {
  id: string;
  category: string;
  severity: Severity;
  description: string;
  doc: string | null;
}
