// 全站搜索: everything the portal has published, by substring (trigram) search over the portal's
// index (integrity.ts) through db/trigram.ts (SQLite FTS5 trigram, PostgreSQL pg_trgm; a word shorter
// than three characters matched with LIKE), shared with the workbench's search box. Withdrawn and
// unpublished items are not in the index, so they are never found.
import type { Db } from '../db/connect.ts';
import { searchTerms, snippet, type TrigramTable, trigramConditions } from '../db/trigram.ts';
import { escapeHtml, type Html, html, raw } from './html.ts';
import { KINDS, kindLabel } from './items.ts';
import { listHref, PAGE_SIZE, pageOf, pager } from './lists.ts';
import { home, layout, type PageContext, PORTAL_PREFIX, paths } from './pages.ts';

export const searchPath = () => `${PORTAL_PREFIX}/search`;

export interface SearchQuery {
  q: string;
  org?: string;
  type?: string;
  page: number;
}

export function searchQuery(query: unknown): SearchQuery {
  const r = (query ?? {}) as Record<string, unknown>;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.trim().slice(0, max) : '');
  const org = text(r.org, 32);
  const type = text(r.type, 60);
  return {
    q: text(r.q, 100),
    org: /^[0-9A-Za-z]{1,32}$/.test(org) ? org : undefined,
    type: type in KINDS ? type : undefined,
    page: pageOf(r.page),
  };
}

/** The words of a query: at most five, each at most 50 characters. */
export const terms = searchTerms;

const PORTAL_INDEX: TrigramTable = { alias: 'i', table: 'portal_item', columns: ['title', 'body'] };

export interface SearchHit {
  id: number;
  kind: string;
  title: string;
  body: string;
  path: string;
  publishedOn: string | null;
  orgName: string;
  orgCode: string;
}

export async function searchItems(db: Db, s: SearchQuery): Promise<{ total: number; hits: SearchHit[] }> {
  const words = terms(s.q);
  if (words.length === 0) return { total: 0, hits: [] };
  let q = db.k
    .selectFrom('portalItem as i')
    .innerJoin('org as o', 'o.id', 'i.orgId')
    .where('o.active', '=', 1);
  if (s.org) q = q.where('o.code', '=', s.org);
  if (s.type) q = q.where('i.kind', '=', s.type);
  for (const c of trigramConditions(db.dialect, PORTAL_INDEX, words)) q = q.where(c);
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const hits = await q
    .select([
      'i.id',
      'i.kind',
      'i.title',
      'i.body',
      'i.path',
      'i.publishedOn',
      'o.name as orgName',
      'o.code as orgCode',
    ])
    .orderBy('i.publishedOn', 'desc')
    .orderBy('i.id', 'desc')
    .limit(PAGE_SIZE)
    .offset((s.page - 1) * PAGE_SIZE)
    .execute();
  return { total: Number(count?.n ?? 0), hits };
}

/** Text with every occurrence of the words marked; everything escaped. */
export function highlight(text: string, words: readonly string[]): Html {
  const ws = words.filter(Boolean);
  if (!ws.length) return raw(escapeHtml(text));
  const re = new RegExp(ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return raw(out + escapeHtml(text.slice(last)));
}

export { snippet };

export interface SearchOrg {
  code: string;
  name: string;
}

/** The search box of every page's header: a plain GET form. */
export function searchBox(value = ''): Html {
  return html`<form class="site-search" method="get" action="${searchPath()}" role="search" aria-label="全站搜索">
<label for="site-q" class="visually-hidden">搜索公开信息</label>
<input id="site-q" name="q" type="search" value="${value}" maxlength="100" placeholder="搜索公开信息">
<button type="submit">搜索</button>
</form>`;
}

export function searchPage(
  ctx: PageContext,
  s: SearchQuery,
  orgs: SearchOrg[],
  result: { total: number; hits: SearchHit[] } | null,
): Html {
  const words = terms(s.q);
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  const form = html`<form class="search-form filters" method="get" action="${searchPath()}" role="search" aria-label="搜索条件">
<div class="field wide"><label for="q">关键词</label>
<input id="q" name="q" type="search" value="${s.q}" maxlength="100" required></div>
<div class="field"><label for="s-org">乡镇（街道）</label>
<select id="s-org" name="org">${option('', '全部', !s.org)}${orgs.map((o) => option(o.code, o.name, s.org === o.code))}</select></div>
<div class="field"><label for="s-type">信息类别</label>
<select id="s-type" name="type">${option('', '全部', !s.type)}${Object.entries(KINDS).map(([k, d]) => option(k, d.label, s.type === k))}</select></div>
<button type="submit">搜索</button>
</form>`;
  const href = (n: number) => listHref(searchPath(), { q: s.q, org: s.org, type: s.type, page: n });
  let body: Html | string = '';
  if (!result) {
    body = html`<p>请输入要查找的关键词，例如决定书文号、文件名称或执法人员姓名。</p>`;
  } else if (result.total === 0) {
    body = html`<p role="status">没有找到与“${s.q}”相关的公开信息。请换一个关键词，或减少筛选条件。</p>`;
  } else {
    body = html`<p role="status">找到与“${s.q}”相关的公开信息${result.total}条。</p>
${words.some((w) => w.length < 3) ? html`<p class="note">少于三个字的关键词按包含该字词查找。</p>` : ''}
<ol class="results" start="${(s.page - 1) * PAGE_SIZE + 1}">${result.hits.map(
      (h) => html`<li>
<h2 class="result-title"><a href="${h.path}">${highlight(h.title, words)}</a></h2>
<p class="result-meta">${kindLabel(h.kind)} · ${h.orgName}${h.publishedOn ? html` · 发布日期 ${h.publishedOn}` : ''}</p>
<p class="result-text">${highlight(snippet(h.body, words), words)}</p>
</li>`,
    )}</ol>
${pager(s.page, result.total, href, '搜索结果分页')}`;
  }
  return layout(
    ctx,
    s.q ? `搜索：${s.q}` : '搜索',
    [home, { label: '搜索' }],
    html`<h1>搜索公开信息</h1>
<p class="lead">在各乡镇（街道）已经公开的法治政府建设年度报告、行政执法公示、政府信息公开目录和行政规范性文件中查找。</p>
${form}
${body}
<p><a href="${paths.index()}">返回首页</a></p>`,
  );
}
