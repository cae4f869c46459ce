// Shared types of the report checker: the parsed report every rule reads, the rule contract,
// and the JSON output contract of SPEC section 3 (`fazhi check --format json`).
import type { z } from 'zod';

export type Severity = 'error' | 'warning' | 'info';
export type SectionKey = 'measures' | 'shortcomings' | 'reasons' | 'leaders' | 'plans';
export const SECTION_KEYS: readonly SectionKey[] = [
  'measures',
  'shortcomings',
  'reasons',
  'leaders',
  'plans',
];

export type SourceFormat = 'txt' | 'html' | 'docx' | 'pdf' | 'md';

/** A 1-based position in the original text (after decoding, before normalising). */
export interface Position {
  line: number;
  column: number;
}

/**
 * What ingest produces: the decoded text of the file as a reader sees it (one line per
 * paragraph/line of the source), plus what the format told us for free.
 */
export interface SourceDoc {
  file: string;
  format: SourceFormat;
  /** Decoded text; the line/column of every finding refer to this text. */
  text: string;
  /** Catalogue metadata kept from portal pages: 索引号, 发布机构, 发文字号, 成文日期, 发布日期, 标题 … */
  meta: Record<string, string>;
  /** Heading levels known from the format (DOCX styles): 1-based line number → level 1..4. */
  headingLevels?: Record<number, number>;
  /** Title known from the format (HTML metadata / DOCX Title style), if any. */
  title?: string;
  /** Encoding detected for text files. */
  encoding?: string;
}

/** A change made while normalising, reported as an info finding by the integrity rules. */
export interface NormalizeChange {
  kind: 'web-chrome' | 'broken-line' | 'markup-residue' | 'page-artifact' | 'masked-value';
  at: Position;
  excerpt: string;
  /** What exactly was done, for the message: e.g. "meta" when a catalogue line became metadata. */
  detail?: string;
}

export type NumberingStyle =
  | 'cn-comma' // 一、
  | 'cn-paren' // （一）
  | 'arabic-dot' // 1. 1、 1．
  | 'arabic-paren' // （1） (1)
  | 'circled' // ①
  | 'cn-shi' // 一是 … (in-paragraph)
  | 'cn-seq'; // 首先/其次/再次/最后 (in-paragraph)

export interface Heading {
  text: string;
  /** 1 = top level (一、), 2 = （一）, 3 = 1., 4 = （1）; docx styles may set it. */
  level: number;
  style: NumberingStyle | 'none';
  /** The ordinal of its numbering (一 → 1), null when unnumbered. */
  ordinal: number | null;
  /** The numbering token as written, e.g. "（三）". */
  marker: string;
  paragraph: number;
  line: number;
  column: number;
  keys: SectionKey[];
}

export interface Paragraph {
  index: number;
  /** Normalised text of the paragraph (lines rejoined, chrome and markup removed). */
  text: string;
  /** Position in the original text of the paragraph's first character. */
  line: number;
  column: number;
  /** Maps an offset in `text` back to the original text. */
  pos(offset: number): Position;
  heading: Heading | null;
  /** The section keys in force at this paragraph (from the nearest enclosing headings). */
  keys: SectionKey[];
}

/** An in-paragraph enumerator: 一是/二是…, 首先/其次…, or a numbered item inside prose. */
export interface Enumerator {
  paragraph: number;
  offset: number;
  marker: string;
  ordinal: number;
  style: NumberingStyle;
}

export interface ParsedReport {
  source: SourceDoc;
  /** Normalised full text, paragraphs joined with "\n". */
  text: string;
  paragraphs: Paragraph[];
  headings: Heading[];
  enumerators: Enumerator[];
  title: string | null;
  titleAt: Position | null;
  org: string | null;
  year: number | null;
  recipient: string | null;
  signoff: { org: string | null; date: string | null; line: number } | null;
  sections: SectionRef[];
  changes: NormalizeChange[];
}

export interface SectionRef {
  key: SectionKey;
  heading: string;
  line: number;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  excerpt: string;
  data?: Record<string, unknown>;
}

export type Qualifier = 'exact' | 'over' | 'approx' | 'under';

export interface Metric {
  id: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  quote: string;
  line: number;
}

/** One element of the JSON array `fazhi check --format json` prints. */
export interface CheckResult {
  file: string;
  title: string | null;
  org: string | null;
  year: number | null;
  sections: SectionRef[];
  findings: Finding[];
  metrics: Metric[];
  /** Present when the file could not be read: the Chinese reason. Exit status 2. */
  error?: string;
  meta?: Record<string, string>;
}

/** What a rule reports; the engine fills in rule id, severity and the message text. */
export interface Report {
  messageId: string;
  /** Values substituted into the message template's {{name}} placeholders. */
  params?: Record<string, string | number>;
  /** Either a paragraph and an offset in its normalised text … */
  paragraph?: number;
  offset?: number;
  /** … or a position in the original text. */
  at?: Position;
  excerpt: string;
  data?: Record<string, unknown>;
}

export interface RuleContext<O = Record<string, unknown>> {
  report: ParsedReport;
  options: O;
  /** Figures the ledgers computed, for a township's own draft (indicator id → value). */
  figures?: Record<string, number>;
  /** Other reports of the batch (cross-report rules only). */
  emit(r: Report): void;
}

export interface RuleMeta<O> {
  id: string; // "category/name"
  category: string;
  severity: Severity;
  /** One Chinese sentence saying what the rule finds. */
  description: string;
  /** Message templates by id, Chinese, saying what is wrong and how to fix it. */
  messages: Record<string, string>;
  options?: z.ZodType<O>;
  /** Rules that only make sense for a township's own draft (need ctx.figures). */
  draftOnly?: boolean;
  /** Rules the engine runs once per batch instead of per report (duplication/cross-report). */
  batchOnly?: boolean;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): void;
}

export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}

/** Deployment configuration of the rule set: turn rules off or change their severity. */
export type RuleConfig = Record<string, Severity | 'off'>;
