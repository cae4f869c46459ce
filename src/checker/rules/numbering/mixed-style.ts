// numbering/mixed-style — one sibling sequence written in two numbering styles: （1）（2）（四）,
// 1.…（二）…3. The style used by most items is taken as intended; the first item of each run
// written otherwise is reported.
import { defineRule } from '../../types.ts';
import {
  type Analysis,
  enumeratorAnalysis,
  headingAnalysis,
  itemExcerpt,
  STYLE_SAMPLE,
  styleOutliers,
} from './sequences.ts';

export default defineRule({
  meta: {
    id: 'numbering/mixed-style',
    category: 'numbering',
    severity: 'warning',
    description: '同一层级的序号混用了不同格式，例如“（1）（2）（四）”。',
    messages: {
      mixed: '序号“{{marker}}”与同级序号格式不一致，同级其他序号使用“{{expected}}”格式，请统一为同一种格式。',
    },
  },
  check(ctx) {
    const report = ctx.report;
    const emitAll = (a: Analysis) => {
      for (const seq of a.sequences) {
        for (const { item, expected } of styleOutliers(seq)) {
          ctx.emit({
            messageId: 'mixed',
            params: { marker: item.marker, expected: STYLE_SAMPLE[expected] },
            paragraph: item.paragraph,
            offset: item.offset,
            excerpt: itemExcerpt(report, item),
            data: { style: item.style, expected },
          });
        }
      }
    };
    emitAll(headingAnalysis(report));
    emitAll(enumeratorAnalysis(report));
  },
});
