// The portal's Atom feed per organisation (its newest 50 published items, RFC 4287) and the
// sitemap of every public page (sitemaps.org 0.9). Both are read from what the pages serve
// (items.ts), so they never list a withdrawn or unpublished item.
import { escapeHtml } from './html.ts';
import { kindLabel, type ServedItem } from './items.ts';
import { paths, SITE_NAME } from './pages.ts';
import type { PortalOrg } from './reports.ts';
import { SECTIONS } from './sections.ts';

export const FEED_SIZE = 50;
export const feedPath = (code: string) => `${paths.org(code)}feed.xml`;

const x = escapeHtml;
/** A date (YYYY-MM-DD) as an Atom instant at the start of that day in Beijing. */
const instant = (d: string) => `${d}T00:00:00+08:00`;

/** Newest first: by publication date, then by kind and id for a stable order. */
export function newestFirst(items: ServedItem[]): ServedItem[] {
  return [...items].sort(
    (a, b) =>
      String(b.publishedOn ?? '').localeCompare(String(a.publishedOn ?? '')) ||
      a.ref.localeCompare(b.ref, 'en'),
  );
}

/**
 * The feed. `abs` makes an absolute address of a portal path (null when the server's address is
 * unknown: the links then stay relative to the feed's own address).
 */
export function atomFeed(
  org: PortalOrg,
  items: ServedItem[],
  today: string,
  abs: (path: string) => string | null,
): string {
  const url = (p: string) => abs(p) ?? p;
  const entries = newestFirst(items).slice(0, FEED_SIZE);
  const updated = entries.find((e) => e.publishedOn)?.publishedOn ?? today;
  const id = (ref: string) => `tag:fazhi.portal,2025:${org.code}/${ref}`;
  const body = entries
    .map((e) => {
      const summary = e.body.replace(/\s+/g, ' ').slice(0, 200);
      return `<entry>
<id>${x(id(e.ref))}</id>
<title>${x(e.title)}</title>
<updated>${instant(e.publishedOn ?? updated)}</updated>
<link rel="alternate" type="text/html" href="${x(url(e.path))}"/>
<category term="${x(e.kind)}" label="${x(kindLabel(e.kind))}"/>
<summary>${x(summary)}</summary>
</entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<id>${x(id('feed'))}</id>
<title>${x(`${org.name}信息公开`)}</title>
<subtitle>${x(`${SITE_NAME}：${org.name}最新公开的信息`)}</subtitle>
<updated>${instant(updated)}</updated>
<link rel="self" type="application/atom+xml" href="${x(url(feedPath(org.code)))}"/>
<link rel="alternate" type="text/html" href="${x(url(paths.org(org.code)))}"/>
<author><name>${x(org.name)}</name></author>
${body}
</feed>
`;
}

/** Every public page: the index, each organisation's page, sections and items, and the checkpoint. */
export function sitemap(
  orgs: Array<{ org: PortalOrg; items: ServedItem[] }>,
  abs: (path: string) => string,
): string {
  const urls: Array<{ loc: string; lastmod?: string | null }> = [
    { loc: paths.index() },
    { loc: paths.checkpoint() },
  ];
  for (const { org, items } of orgs) {
    urls.push({ loc: paths.org(org.code) });
    for (const s of SECTIONS) urls.push({ loc: paths.section(org.code, s.slug) });
    for (const i of items) urls.push({ loc: i.path, lastmod: i.publishedOn });
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls
  .map(
    (u) =>
      `<url><loc>${x(abs(u.loc))}</loc>${u.lastmod && /^\d{4}-\d{2}-\d{2}$/.test(u.lastmod) ? `<lastmod>${u.lastmod}</lastmod>` : ''}</url>`,
  )
  .join('\n')}
</urlset>
`;
}
