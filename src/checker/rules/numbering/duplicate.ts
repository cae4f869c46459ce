// numbering/duplicate — the same ordinal twice in one sequence: 一是…三是…三是, 二、…二、, （三）（三）.
import { defineRule } from '../../types.ts';
import { type Analysis, enumeratorAnalysis, headingAnalysis, itemExcerpt } from './sequences.ts';

export default defineRule({
  meta: {
    id: 'numbering/duplicate',
    category: 'numbering',
    severity: 'warning',
    description: '同一组序号中出现重复的序号，例如“一是……三是……三是”或两个“（三）”。',
    messages: {
      duplicate: '序号“{{marker}}”与前文重复（前一个序号为“{{previous}}”），请按顺序重新编号。',
    },
  },
  check(ctx) {
    const report = ctx.report;
    const emitAll = (a: Analysis) => {
      for (const e of a.events) {
        if (e.type !== 'duplicate') continue;
        ctx.emit({
          messageId: 'duplicate',
          params: { marker: e.item.marker, previous: e.previous.marker },
          paragraph: e.item.paragraph,
          offset: e.item.offset,
          excerpt: itemExcerpt(report, e.item),
          data: { ordinal: e.item.ordinal, previousParagraph: e.previous.paragraph },
        });
      }
    };
    emitAll(headingAnalysis(report));
    emitAll(enumeratorAnalysis(report));
  },
});
