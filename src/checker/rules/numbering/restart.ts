// numbering/restart — a heading level starting again at 1 where it must continue: 一、二、三、
// and then 一、 again in the same part of the document, or （一）（二） then （一） under the same
// parent. A new document part (附件, an unnumbered part heading) legitimately restarts numbering.
import type { ParsedReport } from '../../types.ts';
import { defineRule } from '../../types.ts';
import { headingAnalysis, itemExcerpt, leadingMarker } from './sequences.ts';

/** An unnumbered short line between two items reads as a part heading that opens a new list. */
function hasPartHeadingBetween(report: ParsedReport, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const text = report.paragraphs[i].text.trim();
    if (text.length === 0 || text.length > 40) continue;
    if (leadingMarker(text)) continue;
    if (/[。；，、]$/.test(text)) continue;
    return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'numbering/restart',
    category: 'numbering',
    severity: 'warning',
    description: '同一层级的序号在应当连续编号的地方重新从“一”开始。',
    messages: {
      restart:
        '序号“{{marker}}”重新从头编号，但前面同级序号已编到“{{previous}}”，且中间没有新的部分，请接续编号。',
    },
  },
  check(ctx) {
    const report = ctx.report;
    for (const e of headingAnalysis(report).events) {
      if (e.type !== 'restart') continue;
      if (hasPartHeadingBetween(report, e.previous.paragraph, e.item.paragraph)) continue;
      ctx.emit({
        messageId: 'restart',
        params: { marker: e.item.marker, previous: e.previous.marker },
        paragraph: e.item.paragraph,
        offset: e.item.offset,
        excerpt: itemExcerpt(report, e.item),
        data: { previousParagraph: e.previous.paragraph },
      });
    }
  },
});
