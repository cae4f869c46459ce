// number/redundant-qualifier — one number carrying two qualifiers: "超过2200余人次" (超过 and 余
// both say "more than"), "约300人左右", "近约", "多达…余", "300余件以上".
import { defineRule } from '../../types.ts';
import { excerpt } from '../text.ts';

// Arabic numbers, or Chinese ones large enough to be counts (两千, 三百); 近十余年 is idiom, not a defect.
const NUM =
  '[0-9０-９][0-9０-９.,]*(?:[万千百亿])?|[一二三四五六七八九十两]*[百千万][一二三四五六七八九十两百千万]*';
const PREFIX = '超过|逾|多达|不少于|至少|大约|约有|约为|约|将近|接近|近';
const SUFFIX_DIRECT = '余|多';
const SUFFIX_AFTER_UNIT = '以上|左右|有余';

// 超过2200余人次, 约50多名
const PREFIX_AND_DIRECT = new RegExp(`(${PREFIX})\\s?(${NUM})\\s?(${SUFFIX_DIRECT})`, 'gu');
// 约300人左右, 超过50%以上
const PREFIX_AND_AFTER = new RegExp(
  `(${PREFIX})\\s?(${NUM})\\s?(\\p{Script=Han}{1,2}|%|％)?(${SUFFIX_AFTER_UNIT})`,
  'gu',
);
// 300余件以上, 200多人次左右
const DIRECT_AND_AFTER = new RegExp(
  `(${NUM})\\s?(${SUFFIX_DIRECT})(\\p{Script=Han}{1,2})(${SUFFIX_AFTER_UNIT})`,
  'gu',
);
// 近约300, 约近300, 超过近300
const DOUBLE_PREFIX = new RegExp(`(近|约|大约|将近|接近|超过|逾)(约|近|大约|将近|接近)\\s?(${NUM})`, 'gu');

// 近 and 约 inside words that are not qualifiers: 最近, 附近, 就近 …; 预约, 签约, 节约 …
const NOT_QUALIFIER_BEFORE: Record<string, RegExp> = {
  近: /[最附邻就临靠亲贴将接]$/,
  约: /[节制签合履违特邀预公条契缔集俭婉隐大简]$/,
};

export default defineRule({
  meta: {
    id: 'number/redundant-qualifier',
    category: 'number',
    severity: 'warning',
    description: '一个数字同时带有两个约数或限定词，例如“超过2200余人次”“约300人左右”。',
    messages: {
      redundant:
        '“{{quote}}”中的“{{first}}”和“{{second}}”重复限定同一个数字，请只保留一个，例如“{{fixed}}”。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      const reported = new Set<number>();
      const report = (start: number, end: number, first: string, second: string, fixed: string) => {
        if (reported.has(start)) return;
        const before = text.slice(Math.max(0, start - 1), start);
        if (NOT_QUALIFIER_BEFORE[first]?.test(before)) return;
        reported.add(start);
        const quote = text.slice(start, end);
        ctx.emit({
          messageId: 'redundant',
          params: { quote, first, second, fixed },
          paragraph: p.index,
          offset: start,
          excerpt: excerpt(text, start, end, 0, 2),
          data: { qualifiers: [first, second] },
        });
      };
      for (const m of text.matchAll(PREFIX_AND_DIRECT)) {
        const s = m.index ?? 0;
        report(s, s + m[0].length, m[1], m[3], `${m[2]}${m[3]}`);
      }
      for (const m of text.matchAll(PREFIX_AND_AFTER)) {
        const s = m.index ?? 0;
        report(s, s + m[0].length, m[1], m[4], `${m[1]}${m[2]}${m[3] ?? ''}`);
      }
      for (const m of text.matchAll(DIRECT_AND_AFTER)) {
        const s = m.index ?? 0;
        report(s, s + m[0].length, m[2], m[4], `${m[1]}${m[2]}${m[3]}`);
      }
      for (const m of text.matchAll(DOUBLE_PREFIX)) {
        const s = m.index ?? 0;
        report(s, s + m[0].length, m[1], m[2], `${m[2]}${m[3]}`);
      }
    }
  },
});
