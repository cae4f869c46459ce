// The explicit registry of checker rules. Every rule module is listed here, in category order;
// nothing registers itself.
import type { Rule } from '../types.ts';
import citationExpiredPlan from './citation/expired-plan.ts';
import citationNonstandardName from './citation/nonstandard-name.ts';
import citationRepealed from './citation/repealed.ts';
import citationTampered from './citation/tampered.ts';
import citationUnknown from './citation/unknown.ts';
import disclosureTableArithmetic from './disclosure/table-arithmetic.ts';
import duplicationCrossReport from './duplication/cross-report.ts';
import duplicationParagraph from './duplication/paragraph.ts';
import integrityBrokenLine from './integrity/broken-line.ts';
import integrityMarkupResidue from './integrity/markup-residue.ts';
import integrityPlaceholder from './integrity/placeholder.ts';
import integritySpam from './integrity/spam.ts';
import integrityStrayLatin from './integrity/stray-latin.ts';
import integrityWebChrome from './integrity/web-chrome.ts';
import numberImpossible from './number/impossible.ts';
import numberLedgerMismatch from './number/ledger-mismatch.ts';
import numberMissingUnit from './number/missing-unit.ts';
import numberRateMismatch from './number/rate-mismatch.ts';
import numberRedundantQualifier from './number/redundant-qualifier.ts';
import numberingDuplicate from './numbering/duplicate.ts';
import numberingGap from './numbering/gap.ts';
import numberingMixedStyle from './numbering/mixed-style.ts';
import numberingRestart from './numbering/restart.ts';
import punctuationHalfWidth from './punctuation/half-width.ts';
import punctuationMissingBeforeEnumerator from './punctuation/missing-before-enumerator.ts';
import punctuationTruncatedParagraph from './punctuation/truncated-paragraph.ts';
import punctuationUnbalanced from './punctuation/unbalanced.ts';
import structurePrematureDate from './structure/premature-date.ts';
import structureSectionMissing from './structure/section-missing.ts';
import structureSectionOrder from './structure/section-order.ts';
import structureSignoffMissing from './structure/signoff-missing.ts';
import structureTitleMissing from './structure/title-missing.ts';
import terminologyOutdated from './terminology/outdated.ts';

// biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
export const rules: Rule<any>[] = [
  structureTitleMissing,
  structureSectionMissing,
  structureSectionOrder,
  structureSignoffMissing,
  structurePrematureDate,
  numberingDuplicate,
  numberingGap,
  numberingMixedStyle,
  numberingRestart,
  duplicationParagraph,
  duplicationCrossReport,
  integritySpam,
  integrityStrayLatin,
  integrityWebChrome,
  integrityBrokenLine,
  integrityMarkupResidue,
  integrityPlaceholder,
  punctuationUnbalanced,
  punctuationMissingBeforeEnumerator,
  punctuationTruncatedParagraph,
  punctuationHalfWidth,
  numberMissingUnit,
  numberRateMismatch,
  numberRedundantQualifier,
  numberImpossible,
  numberLedgerMismatch,
  disclosureTableArithmetic,
  terminologyOutdated,
  citationRepealed,
  citationExpiredPlan,
  citationTampered,
  citationNonstandardName,
  citationUnknown,
];
