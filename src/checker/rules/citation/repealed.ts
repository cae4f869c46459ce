// citation/repealed — a repealed or superseded instrument cited as if it were in force in the report
// year: 《合同法》 in a 2022 report, 《信访条例》 after 2022-05-01. Plans whose period has ended are
// citation/expired-plan.
import { type LawEntry, lawIndex } from '../../lawbase/index.ts';
import { defineRule } from '../../types.ts';
import { citationsOf } from './citations.ts';

/** Words that show the citation is historical ("原《信访条例》", "……同时废止"), not a citation as in force. */
const HISTORICAL_SENTENCE =
  /废止|失效|取代|替代|代替|不再适用|不再执行|停止执行|施行前|修订前|修改前|收官|验收|回顾/;
const HISTORICAL_BEFORE = new Set(['原', '旧']);

/** Chinese date for messages: "2021年1月1日", "2019年5月", "2011年". */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** True when `iso` (any precision) falls on or before the last day of `year`. */
function onOrBeforeYearEnd(iso: string, year: number): boolean {
  return Number(iso.slice(0, 4)) <= year;
}

export default defineRule({
  meta: {
    id: 'citation/repealed',
    category: 'citation',
    severity: 'warning',
    description: '引用了在报告年度已经废止或被取代的法律法规和文件。',
    messages: {
      repealed:
        '《{{official}}》已于{{date}}废止，{{year}}年度报告不应作为现行依据引用；请改为引用现行的《{{replacement}}》。',
      repealedNoReplacement:
        '《{{official}}》已于{{date}}废止，{{year}}年度报告不应作为现行依据引用，请删除或改引现行规定。',
      superseded:
        '自{{date}}起相关工作以《{{replacement}}》为准，{{year}}年度报告不宜再以《{{official}}》作为依据，请改为引用《{{replacement}}》。',
    },
  },
  check(ctx) {
    const year = ctx.report.year;
    if (year == null) return;
    const index = lawIndex();
    const nameOf = (id: string | undefined): string | null =>
      id ? (index.byId.get(id)?.name ?? null) : null;
    for (const c of citationsOf(ctx.report)) {
      const r = c.resolution;
      if (r.status !== 'exact' && r.status !== 'nonstandard') continue;
      if (HISTORICAL_BEFORE.has(c.before) || HISTORICAL_SENTENCE.test(c.sentence)) continue;
      const e: LawEntry = r.entry;
      const replacement = nameOf(e.replacedBy);
      const base = {
        paragraph: c.paragraph,
        offset: c.offset,
        excerpt: c.quoted,
      };
      const data = {
        title: c.title,
        official: e.name,
        entry: e.id,
        replacedBy: replacement,
        replacedById: e.replacedBy ?? null,
      };
      if (e.repealed && onOrBeforeYearEnd(e.repealed, year)) {
        ctx.emit({
          ...base,
          messageId: replacement ? 'repealed' : 'repealedNoReplacement',
          params: { official: e.name, date: cnDate(e.repealed), year, replacement: replacement ?? '' },
          data: { ...data, repealed: e.repealed },
        });
      } else if (e.supersededOn && replacement && onOrBeforeYearEnd(e.supersededOn, year)) {
        ctx.emit({
          ...base,
          messageId: 'superseded',
          params: { official: e.name, date: cnDate(e.supersededOn), year, replacement },
          data: { ...data, supersededOn: e.supersededOn },
        });
      }
    }
  },
});
