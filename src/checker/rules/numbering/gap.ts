// numbering/gap — a skipped ordinal inside a sequence: 一是…三是, （一）（三）.
import { defineRule } from '../../types.ts';
import { type Analysis, enumeratorAnalysis, headingAnalysis, itemExcerpt } from './sequences.ts';

export default defineRule({
  meta: {
    id: 'numbering/gap',
    category: 'numbering',
    severity: 'warning',
    description: '同一组序号中跳过了序号，例如“一是”之后直接是“三是”。',
    messages: {
      gap: '序号“{{marker}}”前缺少第{{expected}}项（前一个序号为“{{previous}}”），请补齐内容或重新编号。',
    },
  },
  check(ctx) {
    const report = ctx.report;
    const emitAll = (a: Analysis) => {
      for (const e of a.events) {
        if (e.type !== 'gap') continue;
        ctx.emit({
          messageId: 'gap',
          params: { marker: e.item.marker, previous: e.previous.marker, expected: e.expected },
          paragraph: e.item.paragraph,
          offset: e.item.offset,
          excerpt: itemExcerpt(report, e.item),
          data: { ordinal: e.item.ordinal, expected: e.expected },
        });
      }
    };
    emitAll(headingAnalysis(report));
    emitAll(enumeratorAnalysis(report));
  },
});
