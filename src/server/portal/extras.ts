// The portal's search, item pages, feeds and sitemap, registered by routes.ts (inside the portal,
// with its 404 page) and app.ts (the sitemap, at the site's root).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { atomFeed, sitemap } from './feeds.ts';
import { type Html, html } from './html.ts';
import { portalOrgs } from './integrity.ts';
import { kindLabel, servedItems } from './items.ts';
import { home, layout, link, type PageContext, paths } from './pages.ts';
import { type PortalOrg, portalOrg } from './reports.ts';
import { searchItems, searchPage, searchQuery } from './search.ts';
import { findSection, partRows, type SectionDef } from './sections.ts';

export interface PortalHelpers {
  context(req: FastifyRequest): PageContext;
  send(reply: FastifyReply, status: number, page: { value: string }): FastifyReply;
  notFound(req: FastifyRequest, reply: FastifyReply): FastifyReply;
  absolute(req: FastifyRequest, reply: FastifyReply, path: string): string | null;
}

const itemParams = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{1,32}$/),
  section: z.string().max(32),
  type: z.string().max(40),
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31),
});

/** The stored 内容校验值 of an item, by its ref. */
export async function storedHash(app: FastifyInstance, ref: string): Promise<string | null> {
  const row = await app.db.k.selectFrom('portalItem').select('sm3').where('ref', '=', ref).executeTakeFirst();
  return row?.sm3 ?? null;
}

function itemPage(
  ctx: PageContext,
  org: PortalOrg,
  section: SectionDef,
  kind: string,
  row: { cells: ReadonlyArray<{ label: string; value: string }>; withdrawn?: string | null },
  title: string,
  sm3: string | null,
): Html {
  return layout(
    ctx,
    `${title} - ${org.name}`,
    [
      home,
      { label: org.name, path: paths.org(org.code) },
      { label: section.title, path: paths.section(org.code, section.slug) },
      { label: kindLabel(kind) },
    ],
    html`<article aria-labelledby="item-title">
<h1 id="item-title">${title}</h1>
<p class="lead">${org.name}${section.title} · ${kindLabel(kind)}</p>
${row.withdrawn ? html`<p class="withdrawn-note"><strong>已撤回</strong>：${row.withdrawn}</p>` : ''}
<dl class="item-fields">${row.cells.map((c) => html`<div><dt>${c.label}</dt><dd>${c.value || '—'}</dd></div>`)}</dl>
${sm3 ? html`<p class="checksum">内容校验值 SM3：<code>${sm3}</code></p>` : ''}
<p><a href="${link(ctx, paths.section(org.code, section.slug))}">返回${section.title}</a></p>
</article>`,
  );
}

export function portalExtraRoutes(app: FastifyInstance, h: PortalHelpers): void {
  const k = app.db.k;

  app.get('/search', async (req, reply) => {
    const s = searchQuery(req.query);
    const orgs = await portalOrgs(k);
    const result = s.q ? await searchItems(app.db, s) : null;
    const ctx = h.context(req);
    return h.send(reply, 200, searchPage({ ...ctx, searchBox: undefined }, s, orgs, result));
  });

  app.get('/:code/feed.xml', async (req, reply) => {
    const code = (req.params as { code?: string }).code ?? '';
    const found = /^[0-9A-Za-z]{1,32}$/.test(code) ? await portalOrg(k, code) : undefined;
    if (!found) return h.notFound(req, reply);
    const items = await servedItems(k, found.org, app.clock.today());
    const xml = atomFeed(found.org, items, app.clock.today(), (p) => h.absolute(req, reply, p));
    return reply.header('cache-control', 'no-cache').type('application/atom+xml; charset=utf-8').send(xml);
  });

  app.get('/:code/:section/:type/:id', async (req, reply) => {
    const p = itemParams.safeParse(req.params);
    const section = p.success ? findSection(p.data.section) : undefined;
    const part = section?.parts.find((x) => p.success && x.type === p.data.type);
    if (!p.success || !section || !part) return h.notFound(req, reply);
    const found = await portalOrg(k, p.data.code);
    if (!found) return h.notFound(req, reply);
    const today = app.clock.today();
    const row = (await partRows(k, part, found.org.id, today)).find((r) => r.id === p.data.id);
    if (!row) return h.notFound(req, reply);
    const kind = `${part.ledger}.${part.type}`;
    const ref = `${kind}:${row.id}`;
    const item = row.withdrawn
      ? undefined
      : (await servedItems(k, found.org, today)).find((i) => i.ref === ref);
    const title = item?.title ?? row.cells.map((c) => c.value).find(Boolean) ?? kindLabel(kind);
    const sm3 = row.withdrawn ? null : await storedHash(app, ref);
    return h.send(reply, 200, itemPage(h.context(req), found.org, section, kind, row, title, sm3));
  });
}

/** A host header as a plain host[:port], or null (anything else is not used to build addresses). */
export const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** /sitemap.xml at the site's root (absolute addresses: FAZHI_PUBLIC_URL, else a plain Host). */
export async function sitemapRoute(app: FastifyInstance): Promise<void> {
  app.get('/sitemap.xml', async (req, reply) => {
    let base = app.config.publicUrl;
    if (!base) {
      reply.header('vary', 'Host');
      if (!req.host || !HOST.test(req.host)) return reply.status(404).send();
      base = `${req.protocol}://${req.host}`;
    }
    const absolute = (_req: FastifyRequest, p: string) => `${base}${p}`;
    const today = app.clock.today();
    const orgs = [];
    for (const org of await portalOrgs(app.db.k)) {
      orgs.push({ org, items: await servedItems(app.db.k, org, today) });
    }
    return reply
      .header('cache-control', 'no-cache')
      .type('application/xml; charset=utf-8')
      .send(sitemap(orgs, (p) => absolute(req, p)));
  });
}
