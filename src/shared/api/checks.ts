// The report checker API (docs/api.md, "Checks"): each result is one element of the CLI JSON
// contract (`fazhi check --format json`, src/checker/types.ts).
import { z } from 'zod';

export const severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof severity>;
export const checkSectionKey = z.enum(['measures', 'shortcomings', 'reasons', 'leaders', 'plans']);

export const finding = z.object({
  rule: z.string(),
  severity,
  message: z.string(),
  line: z.number(),
  column: z.number(),
  excerpt: z.string(),
  data: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof finding>;

export const metric = z.object({
  id: z.string(),
  value: z.number(),
  qualifier: z.enum(['exact', 'over', 'approx', 'under']),
  unit: z.string(),
  quote: z.string(),
  line: z.number(),
});
export type Metric = z.infer<typeof metric>;

export const sectionRef = z.object({ key: checkSectionKey, heading: z.string(), line: z.number() });
export type SectionRef = z.infer<typeof sectionRef>;

export const checkResult = z.object({
  file: z.string(),
  title: z.string().nullable(),
  org: z.string().nullable(),
  year: z.number().nullable(),
  sections: z.array(sectionRef),
  findings: z.array(finding),
  metrics: z.array(metric),
  /** Present when the file could not be used: the Chinese reason. */
  error: z.string().optional(),
  meta: z.record(z.string(), z.string()).optional(),
  /** The decoded original text (requested with ?text=1); positions refer to it. */
  text: z.string().optional(),
});
export type CheckResult = z.infer<typeof checkResult>;

const passageSide = z.object({ text: z.string(), line: z.number() });
export const sharedPassage = z.object({ a: passageSide, b: passageSide });

/** Two reports of a batch that share passages, for the side-by-side view. */
export const copyPair = z.object({
  /** Indexes into `results`. */
  a: z.number(),
  b: z.number(),
  jaccard: z.number(),
  /** Fraction of each report inside the shared passages. */
  shareA: z.number(),
  shareB: z.number(),
  passages: z.array(sharedPassage),
});
export type CopyPair = z.infer<typeof copyPair>;

export const checkResponse = z.object({ results: z.array(checkResult), pairs: z.array(copyPair) });
export type CheckResponse = z.infer<typeof checkResponse>;

export const ruleInfo = z.object({
  id: z.string(),
  category: z.string(),
  severity,
  description: z.string(),
  /** The rule's doc page (docs/rules/<id>.md), markdown; null when it has none. */
  doc: z.string().nullable(),
});
export type RuleInfo = z.infer<typeof ruleInfo>;
export const ruleList = z.object({ items: z.array(ruleInfo) });
export type RuleList = z.infer<typeof ruleList>;
