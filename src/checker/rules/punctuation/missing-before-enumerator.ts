// punctuation/missing-before-enumerator — an in-prose enumerator glued to the previous clause with
// no punctuation: "…办理案件二是加强…". Only enumerators that belong to a real sequence are
// considered, so words like 统一是 or 之一是 never count.
import { defineRule } from '../../types.ts';
import { enumeratorAnalysis } from '../numbering/sequences.ts';
import { excerpt, isHan } from '../text.ts';

const CLOSE_WITHOUT_PUNCT = '”’》）)】〕';

export default defineRule({
  meta: {
    id: 'punctuation/missing-before-enumerator',
    category: 'punctuation',
    severity: 'warning',
    description: '“二是”“三是”等序号紧接上一句，中间缺少句号或分号。',
    messages: {
      missing: '“{{marker}}”前缺少标点，上一项没有结束，请在“{{marker}}”前加句号或分号。',
    },
  },
  check(ctx) {
    const report = ctx.report;
    for (const seq of enumeratorAnalysis(report).sequences) {
      if (seq.items.length < 2) continue;
      for (const item of seq.items) {
        if (item.style !== 'cn-shi') continue;
        const text = report.paragraphs[item.paragraph].text;
        let j = item.offset - 1;
        while (j >= 0 && (text[j] === ' ' || text[j] === '\u3000')) j--;
        if (j < 0) continue;
        const prev = text[j];
        if (!(isHan(prev) || /[0-9A-Za-z%％]/.test(prev) || CLOSE_WITHOUT_PUNCT.includes(prev))) continue;
        ctx.emit({
          messageId: 'missing',
          params: { marker: item.marker },
          paragraph: item.paragraph,
          offset: item.offset,
          excerpt: excerpt(text, item.offset, item.offset + item.marker.length, 6, 4),
          data: { marker: item.marker },
        });
      }
    }
  },
});
