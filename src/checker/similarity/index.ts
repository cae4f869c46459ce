// Copy detection between reports: MinHash over character shingles, LSH banding for candidates,
// exact shared passages for verification. See docs/rules/duplication/cross-report.md.
export {
  analyzeBatch,
  type BatchStats,
  candidatePairs,
  type PassageSide,
  type PreparedBatch,
  prepareBatch,
  type SharedPassage,
  type SimilarPair,
  verifyCandidates,
  verifyPair,
} from './batch.ts';
export { type CopyPair, copyPairs } from './copy-pairs.ts';
export { type CrossReportOptions, crossReportFindings } from './cross-report.ts';
export { findSimilarPairs, type TextPair, type TextPassage, type TextSpan } from './find-pairs.ts';
export { CROSS_REPORT_DESCRIPTION, CROSS_REPORT_MESSAGES, CROSS_REPORT_RULE_ID } from './labels.ts';
export { estimateJaccard, exactJaccard } from './minhash.ts';
export { normalizeParagraph, orgAliases, orgKey, sameOrg } from './normalize.ts';
export { resolveOptions, type SimilarityOptions } from './options.ts';
export { shingleSet } from './prepare.ts';
