// structure/premature-date — an annual report dated, signed or published before the last month of
// the year it reports on: 落款 or 成文日期 before Y-12-01 for a report of year Y, or a portal 发布日期
// (发布时间, 公开日期) before it. Many counties collect their townships' reports in December, to
// compile their own by the first quarter, so a report of year Y dated in December Y is common
// practice and left alone; one dated in the summer cannot cover the year. Reports on part of a year (上半年, 第三季度, 1—9月)
// and plans for a year (工作要点, 工作计划) are left alone. In a township's own draft (the checker
// is given the ledgers' figures) the 落款 date is a placeholder that signing replaces with the day
// the leader signs, so it is not checked there.
import { parseDate } from '../../structure/front-matter.ts';
import type { ParsedReport, Position } from '../../types.ts';
import { defineRule } from '../../types.ts';

/** Catalogue keys holding the date a page was published, in order of preference. */
const PUBLISHED_KEYS = ['发布日期', '发布时间', '公开日期', '日期'] as const;
const WRITTEN_KEY = '成文日期';

const PART_OF_YEAR =
  /上半年|下半年|半年|季度|\d{1,2}\s*[—\-－~～至到]\s*\d{1,2}\s*月|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月|月份|月度/;
const PLAN_TITLE = /(?:要点|计划|方案|安排|打算)$/;
const REPORT_TITLE = /报告|总结|情况/;

/** An ISO date from a catalogue value: "2025-12-18", "2025-12-18 10:30", "2025/12/18", "2025年12月18日". */
export function metaDate(value: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return parseDate(value);
}

function cnDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

export default defineRule({
  meta: {
    id: 'structure/premature-date',
    category: 'structure',
    severity: 'error',
    description: '年度报告的落款日期、成文日期或发布日期早于报告年度的最后一个月，报告不可能涵盖全年。',
    messages: {
      signed:
        '落款日期{{date}}早于{{year}}年12月：{{year}}年度的报告最早在当年12月成文，通常在{{next}}年初。请核对落款日期，或核对标题中的报告年度。',
      written:
        '成文日期{{date}}早于{{year}}年12月：{{year}}年度的报告最早在当年12月成文，通常在{{next}}年初。请核对成文日期，或核对标题中的报告年度。',
      published:
        '{{key}}{{date}}早于{{year}}年12月：年度报告在年底前一个多月就已公开，内容不可能涵盖全年。请核对{{key}}，确认公开的是完整年度的报告。',
    },
  },
  check({ report, emit, figures }) {
    const year = report.year;
    if (year == null) return;
    const title = report.title ?? '';
    if (PART_OF_YEAR.test(title)) return;
    if (PLAN_TITLE.test(title) && !REPORT_TITLE.test(title)) return;
    const limit = `${year}-12-01`;
    const early = (iso: string | null): iso is string => iso !== null && iso < limit;
    const params = (iso: string) => ({ date: cnDate(iso), year, next: year + 1 });
    const data = (iso: string, source: string) => ({ date: iso, year, source });

    const signed = figures === undefined ? (report.signoff?.date ?? null) : null;
    if (early(signed)) {
      emit({
        messageId: 'signed',
        params: params(signed),
        at: signoffDateAt(report, signed),
        excerpt: signed,
        data: data(signed, '落款'),
      });
    }

    const meta = report.source.meta;
    const written = meta[WRITTEN_KEY] ? metaDate(meta[WRITTEN_KEY]) : null;
    if (early(written) && written !== signed) {
      emit({
        messageId: 'written',
        params: params(written),
        at: metaAt(report, WRITTEN_KEY),
        excerpt: `${WRITTEN_KEY}：${meta[WRITTEN_KEY]}`,
        data: data(written, WRITTEN_KEY),
      });
    }

    const key = PUBLISHED_KEYS.find((k) => meta[k] && metaDate(meta[k]));
    const published = key ? metaDate(meta[key]) : null;
    if (key && early(published)) {
      emit({
        messageId: 'published',
        params: { ...params(published), key },
        at: metaAt(report, key),
        excerpt: `${key}：${meta[key]}`,
        data: data(published, key),
      });
    }
  },
});

/** The line of the 落款 date: the last paragraph whose date is `iso`, else the 落款 line. */
function signoffDateAt(report: ParsedReport, iso: string): Position {
  for (let i = report.paragraphs.length - 1; i >= 0; i--) {
    const p = report.paragraphs[i];
    if (p.text.length <= 60 && parseDate(p.text) === iso) return p.pos(0);
  }
  return { line: report.signoff?.line ?? 1, column: 1 };
}

/** Where the catalogue line holding `key` stood in the original text (line 1 for HTML metadata). */
function metaAt(report: ParsedReport, key: string): Position {
  const spaced = new RegExp([...key].join('[ \\u3000]*'));
  const line = report.changes.find((c) => c.detail === 'meta' && spaced.test(c.excerpt));
  return line ? line.at : { line: 1, column: 1 };
}
