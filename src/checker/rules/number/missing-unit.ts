// number/missing-unit — a count written without its unit before punctuation: "办理信访事项41，".
// Years, percentages, ordinals (第3), article and document numbers, hotlines, ratios, decimals in
// identifiers and lists of numbers sharing one unit ("1、2月") are left alone.
import { defineRule } from '../../types.ts';
import { excerpt, isHan } from '../text.ts';

// number, then optional space, then clause punctuation — full-width, half-width ("41,", "41;",
// "41." not before a digit) — or straight the next in-paragraph enumerator ("86三是")
const BARE = /(\d+(?:\.\d+)?)[ \u3000]?([，。；、！？,;]|\.(?!\d)|(?=[一二三四五六七八九十]{1,2}是))/g;

// What may stand before a number that is not a count.
const NOT_COUNT_BEFORE =
  /(第|前|后|号|编号|代码|电话|热线|拨打|号码|分值|得分|评分|总分|指数|比|为期|版|级|至|到|和|与|及|或|星|型|期|区|路|道|街|栋|楼|室|幢|组|队|段|编|码|群|账|帐)$/;
// Hotlines and service numbers written bare.
const SERVICE_NUMBERS = new Set([
  '110',
  '119',
  '120',
  '122',
  '12345',
  '12348',
  '12315',
  '12320',
  '12369',
  '12309',
  '12333',
  '12338',
  '12355',
  '12366',
  '12388',
  '96110',
  '12110',
]);

export default defineRule({
  meta: {
    id: 'number/missing-unit',
    category: 'number',
    severity: 'warning',
    description: '数量后缺少量词或单位，例如“办理信访事项41，”。',
    messages: {
      missingUnit: '数字“{{value}}”后缺少单位（件、人、次等），读者无法判断所指数量，请补上单位。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      for (const m of text.matchAll(BARE)) {
        const start = m.index ?? 0;
        const value = m[1];
        const punct = m[2];
        let j = start - 1;
        while (j >= 0 && (text[j] === ' ' || text[j] === '\u3000')) j--;
        const prev = text[j];
        if (!isHan(prev)) continue; // after a letter, digit, mark or at the start: an identifier or a list
        const head = text.slice(Math.max(0, j - 3), j + 1);
        if (NOT_COUNT_BEFORE.test(head)) continue;
        if (SERVICE_NUMBERS.has(value)) continue;
        const n = Number(value);
        if (/^\d{4}$/.test(value) && n >= 1949 && n <= 2100) continue; // a year
        if (value.includes('.') && /[.]0$/.test(value)) continue; // a version: 2.0
        const after = text.slice(start + m[0].length);
        // "1、2月" / "3，5号": numbers sharing the unit that follows the last of them
        if ((punct === '、' || punct === '，' || punct === ',') && /^[ \u3000]?\d/.test(after)) continue;
        ctx.emit({
          messageId: 'missingUnit',
          params: { value },
          paragraph: p.index,
          offset: start,
          excerpt: excerpt(text, start, start + value.length + Math.max(1, punct.length), 8, 0),
          data: { value: n },
        });
      }
    }
  },
});
