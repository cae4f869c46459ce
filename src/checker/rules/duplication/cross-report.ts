// duplication/cross-report — passages a report shares with another organisation's report in the
// same batch: copying between townships. A batch-only rule: one report has nothing to be compared
// with, so `check` reports nothing. The engine runs the batch pass once per batch with
// `crossReportFindings(reports, options)` from ../../similarity/index.ts (after turning the rule
// off or changing its severity per configuration, as for any rule) and adds its findings to each
// report. This module exists so the registry, configuration and docs know the rule.
import { z } from 'zod';
import {
  CROSS_REPORT_DESCRIPTION,
  CROSS_REPORT_MESSAGES,
  CROSS_REPORT_RULE_ID,
} from '../../similarity/labels.ts';
import { defineRule, type RuleMeta } from '../../types.ts';

export const Options = z.object({
  /** Shortest shared passage, in characters after dropping punctuation and spacing. */
  minPassage: z.number().int().min(12).default(20),
  /** Report a pair sharing at least this many characters outside boilerplate … */
  minSharedChars: z.number().int().min(0).default(60),
  /** … or whose texts are at least this similar overall (Jaccard of 8-character shingles). */
  minJaccard: z.number().min(0).max(1).default(0.3),
  /** In a batch of at least dfMinDocs reports, text found in dfFraction of them is boilerplate. */
  dfMinDocs: z.number().int().min(2).default(10),
  dfFraction: z.number().gt(0).max(1).default(0.4),
});
export type Options = z.infer<typeof Options>;

// `batchOnly` tells the engine to skip this rule in the per-report pass and run the batch pass
// instead (engine.ts `checkBatch`).
const meta: RuleMeta<Options> & { batchOnly: true } = {
  id: CROSS_REPORT_RULE_ID,
  category: 'duplication',
  severity: 'warning',
  description: CROSS_REPORT_DESCRIPTION,
  messages: { ...CROSS_REPORT_MESSAGES },
  options: Options,
  batchOnly: true,
};

export default defineRule<Options>({
  meta,
  check() {
    // Batch-only: see the comment at the top of this file.
  },
});
