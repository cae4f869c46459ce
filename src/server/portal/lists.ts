// Paged lists of the portal: 20 a page, 上一页/下一页 and the page numbers as plain links, filters as
// GET parameters (年度, 类别), so every list works without JavaScript. Used by the search results
// and by the sections' record lists (one part of a section paged at a time: ?part=<type>&page=N).
import { type Html, html } from './html.ts';
import { KINDS } from './items.ts';
import type { PartRows } from './sections.ts';

export const PAGE_SIZE = 20;

/** A page number from the address: 1 when absent or not a positive integer. */
export function pageOf(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

/** The address of a list page with the given parameters (empty ones left out). */
export function listHref(path: string, params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') q.set(key, String(value));
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The page numbers shown: the first, the last, and two either side of the current one. */
function pageNumbers(page: number, pages: number): Array<number | null> {
  const out: Array<number | null> = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= 2) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** The pager of a list, or nothing when it fits on one page. `href(n)` is the address of page n. */
export function pager(page: number, total: number, href: (n: number) => string, label = '分页'): Html | '' {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return '';
  return html`<nav class="pager" aria-label="${label}">
<p class="pager-status">第${page}页，共${pages}页（${total}条）</p>
<ul>
${page > 1 ? html`<li><a href="${href(page - 1)}" rel="prev">上一页</a></li>` : ''}
${pageNumbers(page, pages).map((n) =>
  n === null
    ? html`<li class="gap" aria-hidden="true">…</li>`
    : n === page
      ? html`<li><span aria-current="page">${n}</span></li>`
      : html`<li><a href="${href(n)}" aria-label="第${n}页">${n}</a></li>`,
)}
${page < pages ? html`<li><a href="${href(page + 1)}" rel="next">下一页</a></li>` : ''}
</ul>
</nav>`;
}

export interface ListQuery {
  year?: string;
  category?: string;
  part?: string;
  page: number;
}

export function listQuery(query: unknown): ListQuery {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = (v: unknown, max: number) =>
    typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined;
  const year = text(q.year, 4);
  return {
    year: year && /^\d{4}$/.test(year) ? year : undefined,
    category: text(q.category, 60),
    part: text(q.part, 40),
    page: pageOf(q.page),
  };
}

export interface PagedPart extends PartRows {
  total: number;
  page: number;
  pagerHtml: Html | '';
}

/** The cell a part is filtered by (its year and category cells: items.ts KINDS). */
const filterCells = (p: PartRows) => KINDS[`${p.part.ledger}.${p.part.type}`] ?? {};

const cellOf = (row: PartRows['rows'][number], label?: string) =>
  label ? (row.cells.find((c) => c.label === label)?.value ?? '') : '';

/**
 * A section's parts filtered (a part without a year or category cell is not filtered by it) and
 * paged: the part named by `part` at `page`, every other part at its first page.
 */
export function pageParts(parts: PartRows[], q: ListQuery, path: string): PagedPart[] {
  return parts.map((p) => {
    const f = filterCells(p);
    const rows = p.rows.filter(
      (r) =>
        (!q.year || !f.year || cellOf(r, f.year).startsWith(q.year)) &&
        (!q.category || !f.category || cellOf(r, f.category) === q.category),
    );
    const total = rows.length;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = q.part === p.part.type ? Math.min(q.page, pages) : 1;
    const href = (n: number) =>
      `${listHref(path, { year: q.year, category: q.category, part: p.part.type, page: n })}#part-${p.part.type}`;
    return {
      part: p.part,
      rows: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      total,
      page,
      pagerHtml: pager(page, total, href, `${p.part.heading}分页`),
    };
  });
}

/** The filter form of a section: the years and categories its records have. */
export function filterForm(parts: PartRows[], q: ListQuery, path: string): Html | '' {
  const years = new Set<string>();
  const categories = new Set<string>();
  for (const p of parts) {
    const f = filterCells(p);
    for (const r of p.rows) {
      const y = cellOf(r, f.year).slice(0, 4);
      if (/^\d{4}$/.test(y)) years.add(y);
      const c = cellOf(r, f.category);
      if (c) categories.add(c);
    }
  }
  if (years.size === 0 && categories.size === 0) return '';
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  return html`<form class="filters" method="get" action="${path}" role="search" aria-label="筛选">
<div class="field"><label for="f-year">年度</label>
<select id="f-year" name="year">${option('', '全部年度', !q.year)}${[...years]
    .sort()
    .reverse()
    .map((y) => option(y, `${y}年`, q.year === y))}</select></div>
<div class="field"><label for="f-category">类别</label>
<select id="f-category" name="category">${option('', '全部类别', !q.category)}${[...categories]
    .sort()
    .map((c) => option(c, c, q.category === c))}</select></div>
<button type="submit">筛选</button>
${q.year || q.category ? html`<a href="${path}">清除筛选</a>` : ''}
</form>`;
}
