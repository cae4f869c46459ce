// number/impossible — figures that cannot be true: a pass, success, completion or coverage rate
// above 100%, more passed than sat (a part larger than its whole), a negative count, a month above 12 or a day past the end of its month.

import { parseChineseNumeral } from '../../../shared/numerals.ts';
import { defineRule } from '../../types.ts';
import { excerpt } from '../text.ts';
import { COUNT_UNITS } from './counts.ts';

// Rates that are shares of a whole and so cannot pass 100% (growth rates can, and are not listed).
const SHARE_STEMS =
  '通过|合格|成功|完成|覆盖|办结|结案|化解|满意|参考|参训|参学|知晓|达标|出庭|应诉|公开|到位|调处|按期|及时|回复|答复|持证|建档|入户|配备|安装|整改|销号|兑现|出勤|到课|参会|接种|入学|参保|登记|公示|备案|审查|审核|办理|回访|解决|处置|处理|落实|网办|好评|采纳|胜诉|纠错|签订|受理|验收|发放|录入|上线|清理|核查|知情|参与|见面|提交|到岗';
const SHARE_RATE = new RegExp(`(${SHARE_STEMS})率[^\\d。；，,;！？]{0,8}?(\\d+(?:\\.\\d+)?)\\s?[%％]`, 'gu');
const OVERFULFIL = /(任务|目标|计划|指标|预算|年度)$/;
// A signed change, not a count: 同比-3件, 较上年-2人
const CHANGE_BEFORE = /(同比|环比|较上年|比上年|增减|变化|变动|增幅)[^，。；]{0,4}$/;
const NEGATIVE_COUNT = new RegExp(`(^|[^\\d０-９.\\-－—~～至到])[-－−](\\d+)\\s?(${COUNT_UNITS})`, 'gu');
const FULL_DATE = /(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g;
const YEAR_MONTH = /(\d{4})\s?年\s?(\d{1,2})\s?月(?!\s?\d)/g;

// A part stated after its whole in one sentence cannot exceed it: "参考40人，合格42人",
// "调解纠纷30件，调解成功31件". Each pair: the whole's cue, the part's cue (data, not prose rules).
const PART_OF_WHOLE: ReadonlyArray<{ whole: string; part: string; what: string }> = [
  {
    whole: '参考|参加考试|应考|实考|参考人数|考试人数',
    part: '合格|通过|及格',
    what: '合格人数超过参考人数',
  },
  {
    whole: '调解(?:各类)?(?:矛盾)?纠纷|排查(?:化解)?(?:各类)?(?:矛盾)?纠纷|受理(?:各类)?(?:矛盾)?纠纷',
    part: '调解成功|成功调解|化解成功|成功化解',
    what: '调解成功数超过纠纷总数',
  },
];
const UNIT = '(?:人次|人|名|件|起|宗)';
// A figure in digits or in Chinese numerals ("参考人数四十人").
const NUM = '(\\d+|[零〇一二两三四五六七八九十百千]+)';
// Each side is stated with its cue before the figure ("参考40人") or after it ("40人参加考试").
const sideForms = (cue: string, gap: number) => [
  `(?:${cue})[^，。；;\\d]{0,${gap}}?${NUM}\\s?${UNIT}`,
  `${NUM}\\s?${UNIT}[^，。；;\\d]{0,${gap + 2}}?(?:${cue})`,
];
const PAIRS = PART_OF_WHOLE.flatMap(({ whole, part, what }) =>
  sideForms(whole, 6).flatMap((w) =>
    sideForms(part, 4).map((p) => ({ re: new RegExp(`${w}[^。；;]{0,20}?${p}`, 'g'), what })),
  ),
);

function figure(raw: string): number | null {
  return /^\d+$/.test(raw) ? Number(raw) : parseChineseNumeral(raw);
}

function daysIn(month: number, year: number | null): number {
  if (month === 2) {
    if (year === null) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export default defineRule({
  meta: {
    id: 'number/impossible',
    category: 'number',
    severity: 'error',
    description:
      '不可能成立的数字：超过100%的合格率、完成率等，合格人数多于参考人数，负数的数量，不存在的日期。',
    messages: {
      rateOver100: '“{{quote}}”超过了100%，{{stem}}率不可能大于100%，请核对数据。',
      negativeCount: '“{{quote}}”是负数，数量不可能小于零，请核对数据。',
      badDate: '日期“{{quote}}”不存在（{{reason}}），请核对日期。',
      partOverWhole: '“{{quote}}”中{{what}}，部分不可能多于整体，请核对数据。',
    },
  },
  check(ctx) {
    for (const p of ctx.report.paragraphs) {
      const text = p.text;
      for (const m of text.matchAll(SHARE_RATE)) {
        const value = Number(m[2]);
        if (value <= 100) continue;
        const start = m.index ?? 0;
        // 任务完成率120%: a target can be over-fulfilled
        if (m[1] === '完成' && OVERFULFIL.test(text.slice(0, start))) continue;
        const quote = m[0];
        ctx.emit({
          messageId: 'rateOver100',
          params: { quote, stem: m[1] },
          paragraph: p.index,
          offset: start,
          excerpt: excerpt(text, start, start + quote.length, 2, 0),
          data: { kind: 'rate', value },
        });
      }
      // one finding per part, whichever form of the pair read it
      const parts = new Set<number>();
      for (const { re, what } of PAIRS) {
        for (const m of text.matchAll(re)) {
          const end = (m.index ?? 0) + m[0].length;
          if (parts.has(end)) continue;
          const whole = figure(m[1]);
          const part = figure(m[2]);
          if (whole === null || part === null || part <= whole) continue;
          parts.add(end);
          const start = m.index ?? 0;
          ctx.emit({
            messageId: 'partOverWhole',
            params: { quote: m[0], what },
            paragraph: p.index,
            offset: start,
            excerpt: excerpt(text, start, start + m[0].length, 2, 0),
            data: { kind: 'part', whole, part },
          });
        }
      }
      for (const m of text.matchAll(NEGATIVE_COUNT)) {
        const start = (m.index ?? 0) + m[1].length;
        if (CHANGE_BEFORE.test(text.slice(0, start))) continue;
        const quote = m[0].slice(m[1].length);
        ctx.emit({
          messageId: 'negativeCount',
          params: { quote },
          paragraph: p.index,
          offset: start,
          excerpt: excerpt(text, start, start + quote.length, 4, 0),
          data: { kind: 'count', value: -Number(m[2]) },
        });
      }
      const emitDate = (start: number, quote: string, reason: string, data: Record<string, unknown>) =>
        ctx.emit({
          messageId: 'badDate',
          params: { quote, reason },
          paragraph: p.index,
          offset: start,
          excerpt: quote,
          data: { kind: 'date', ...data },
        });
      for (const m of text.matchAll(FULL_DATE)) {
        const year = m[1] ? Number(m[1]) : null;
        const month = Number(m[2]);
        const day = Number(m[3]);
        const start = m.index ?? 0;
        if (month < 1 || month > 12) emitDate(start, m[0], '月份应在1至12之间', { year, month, day });
        else if (day < 1 || day > daysIn(month, year))
          emitDate(start, m[0], `${month}月只有${daysIn(month, year)}天`, { year, month, day });
      }
      for (const m of text.matchAll(YEAR_MONTH)) {
        const month = Number(m[2]);
        if (month >= 1 && month <= 12) continue;
        emitDate(m.index ?? 0, m[0], '月份应在1至12之间', { year: Number(m[1]), month });
      }
    }
  },
});
