// 公开门户: the public pages of the published annual reports, under /gk/. No sign-in: the portal
// reads no session and sets no cookie (the session hooks only run for /api). Only published reports
// show, and of each only its published signed version (see reports.ts). Downloads are generated from
// that version and cached on disk by its SHA-256.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { draftDocInfoOptions, draftDocx } from '../annual-report/docx.ts';
import { docxToPdf, findSoffice } from '../annual-report/pdf.ts';
import { latestCheckpoint } from '../core/audit-checkpoints.ts';
import { disclosureReportPageRoute } from './disclosure-report-page.ts';
import { disclosureReportDownload, publishedDisclosureReports } from './disclosure-reports.ts';
import { HOST, portalExtraRoutes, storedHash } from './extras.ts';
import { feedPath } from './feeds.ts';
import { formRoutes } from './form-routes.ts';
import { reportRef } from './integrity.ts';
import { filterForm, listQuery, pageParts } from './lists.ts';
import {
  errorPage,
  indexPage,
  labelledSvg,
  notFoundPage,
  orgPage,
  type PageContext,
  PORTAL_PREFIX,
  paths,
  reportPage,
} from './pages.ts';
import { FORM_LINKS } from './portal-paths.ts';
import { orgReports, type PublicReport, portalIndex, portalOrg, publicReport } from './reports.ts';
import { searchBox } from './search.ts';
import { checkpointPage, sectionPage } from './section-pages.ts';
import { findSection, SECTIONS, sectionRows } from './sections.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF_MIME = 'application/pdf';

const orgParams = z.object({ code: z.string().regex(/^[0-9A-Za-z]{1,32}$/) });
const sectionParams = orgParams.extend({ section: z.string().max(32) });
const reportParams = orgParams.extend({ year: z.coerce.number().int().min(2000).max(2100) });
const pageQuery = z.object({ size: z.enum(['large', 'normal']).optional() }).catch({});

/** The portal's stylesheet and script, read once, with a content version and a gzip copy. */
interface Asset {
  body: Buffer;
  gzip: Buffer;
  type: string;
  version: string;
}

function loadAsset(name: string, type: string): Asset {
  const body = readFileSync(new URL(`./static/${name}`, import.meta.url));
  const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, gzip: gzipSync(body, { level: 9 }), type, version };
}

export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const k = app.db.k;
  const assets = {
    css: loadAsset('portal.css', 'text/css; charset=utf-8'),
    js: loadAsset('portal.js', 'text/javascript; charset=utf-8'),
  };
  const cacheDir = join(app.config.dataDir, 'portal-cache');
  if (!app.config.publicUrl && process.env.NODE_ENV === 'production') {
    app.log.warn('未设置 FAZHI_PUBLIC_URL：公开门户的二维码和规范链接将使用请求中的主机名');
  }

  const site = { siteCode: app.config.siteCode, icp: app.config.icp };
  const context = (req: FastifyRequest): PageContext => {
    const query = pageQuery.parse(req.query);
    const path = req.url.split('?')[0];
    // an organisation's pages link its Atom feed (feeds.ts)
    const code = /^\/gk\/([0-9A-Za-z]{1,32})(?:\/|$)/.exec(path)?.[1];
    return {
      large: query.size === 'large',
      path,
      site,
      searchBox: searchBox(),
      ...(code && code !== 'search' && code !== 'static' ? { feed: feedPath(code) } : {}),
      assets: {
        css: `${PORTAL_PREFIX}/static/portal.css?v=${assets.css.version}`,
        js: `${PORTAL_PREFIX}/static/portal.js?v=${assets.js.version}`,
      },
    };
  };

  const send = (reply: FastifyReply, status: number, page: { value: string }) =>
    reply
      .status(status)
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(page.value);

  const notFound = (req: FastifyRequest, reply: FastifyReply) => send(reply, 404, notFoundPage(context(req)));

  /**
   * The absolute address of a portal path: FAZHI_PUBLIC_URL when configured; otherwise the
   * request's host, only when it is a plain host name (the page then varies by Host).
   */
  const absolute = (req: FastifyRequest, reply: FastifyReply, path: string): string | null => {
    if (app.config.publicUrl) return `${app.config.publicUrl}${path}`;
    reply.header('vary', 'Host');
    const host = req.host;
    if (!host || !HOST.test(host)) return null;
    return `${req.protocol}://${host}${path}`;
  };

  // 依申请公开 form and status, 公开指南, 重大行政决策 with comments, 规范性文件 (form-routes.ts)
  await formRoutes(app, { context, send, notFound });

  app.setNotFoundHandler((req, reply) => notFound(req, reply));
  app.setErrorHandler((err, req, reply) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status === 429) return send(reply, 429, errorPage(context(req), '访问过于频繁，请稍后再试。'));
    if (status >= 400 && status < 500) return notFound(req, reply);
    req.log.error({ err }, 'portal error');
    return send(reply, 500, errorPage(context(req), '服务器暂时无法处理您的请求，请稍后再试。'));
  });

  for (const [name, asset] of Object.entries(assets)) {
    app.get(`/static/portal.${name}`, async (req, reply) => {
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      reply
        .type(asset.type)
        .header('vary', 'Accept-Encoding')
        .header('cache-control', 'public, max-age=86400')
        .header('etag', `"${asset.version}"`);
      if (gzip) reply.header('content-encoding', 'gzip');
      return reply.send(gzip ? asset.gzip : asset.body);
    });
  }

  app.get('/', async (req, reply) => send(reply, 200, indexPage(context(req), await portalIndex(k))));

  const orgHandler = async (req: FastifyRequest, reply: FastifyReply) => {
    const params = orgParams.safeParse(req.params);
    if (!params.success) return notFound(req, reply);
    const found = await portalOrg(k, params.data.code);
    if (!found) return notFound(req, reply);
    const reports = await orgReports(k, found.org);
    const disclosure = await publishedDisclosureReports(k, found.org);
    return send(
      reply,
      200,
      orgPage(context(req), found.org, found.parent, reports, [...SECTIONS, ...FORM_LINKS], disclosure),
    );
  };
  app.get('/:code/', orgHandler);
  app.get('/:code', orgHandler);

  // 审计链校验值: the newest signed checkpoint of the audit chain, so a copy exists outside.
  app.get('/audit-checkpoint', async (req, reply) =>
    send(reply, 200, checkpointPage(context(req), latestCheckpoint(k, app.config.dataDir))),
  );

  app.get('/:code/:section', async (req, reply) => {
    const params = sectionParams.safeParse(req.params);
    const section = params.success ? findSection(params.data.section) : undefined;
    if (!params.success || !section) return notFound(req, reply);
    const found = await portalOrg(k, params.data.code);
    if (!found) return notFound(req, reply);
    const parts = await sectionRows(k, section, found.org.id, app.clock.today());
    // 20 a page, filtered by 年度 and 类别 (lists.ts)
    const q = listQuery(req.query);
    const path = paths.section(found.org.code, section.slug);
    const paged = pageParts(parts, q, path);
    return send(
      reply,
      200,
      sectionPage(context(req), found.org, found.parent, section, paged, filterForm(parts, q, path)),
    );
  });

  /** The published report of the address, or undefined (the caller answers 404). */
  const load = async (req: FastifyRequest): Promise<PublicReport | undefined> => {
    const params = reportParams.safeParse(req.params);
    if (!params.success) return undefined;
    const found = await portalOrg(k, params.data.code);
    return found && publicReport(k, found.org, params.data.year);
  };

  app.get('/:code/annual-reports/:year', async (req, reply) => {
    const r = await load(req);
    if (!r) return notFound(req, reply);
    const url = absolute(req, reply, paths.report(r.org.code, r.report.year));
    const qrSvg = url
      ? labelledSvg(
          await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
          `本页二维码：${url}`,
        )
      : null;
    const sm3 = await storedHash(app, reportRef(r.report.id));
    return send(reply, 200, reportPage(context(req), r, { url, qrSvg, pdf: findSoffice() !== null, sm3 }));
  });

  /** Generated files, one per version and format, made once (concurrent requests share the work). */
  const pending = new Map<string, Promise<Buffer>>();
  const generated = (key: string, make: () => Promise<Buffer>): Promise<Buffer> => {
    const file = join(cacheDir, key);
    let p = pending.get(key);
    if (!p) {
      p = (async () => {
        if (existsSync(file)) return readFile(file);
        const bytes = await make();
        await mkdir(cacheDir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, bytes);
        await rename(tmp, file);
        return bytes;
      })().finally(() => pending.delete(key));
      pending.set(key, p);
    }
    return p;
  };

  const download = (ext: 'docx' | 'pdf') => async (req: FastifyRequest, reply: FastifyReply) => {
    const r = await load(req);
    if (!r) return notFound(req, reply);
    const etag = `"${r.version.sha256}-${ext}"`;
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    let bytes: Buffer;
    if (ext === 'docx') {
      bytes = await generated(`${r.version.sha256}.docx`, () =>
        draftDocx(r.draft, draftDocInfoOptions(r.draft)),
      );
    } else {
      const soffice = findSoffice();
      if (!soffice) {
        return send(reply, 503, errorPage(context(req), 'PDF 文件暂不提供，请下载 Word 文档（DOCX）。'));
      }
      try {
        bytes = await generated(`${r.version.sha256}.pdf`, async () =>
          docxToPdf(await draftDocx(r.draft, { ...draftDocInfoOptions(r.draft), forPdf: true }), { soffice }),
        );
      } catch (err) {
        req.log.error({ err }, 'portal pdf conversion failed');
        return send(
          reply,
          503,
          errorPage(context(req), 'PDF 文件暂时无法生成，请稍后再试或下载 Word 文档（DOCX）。'),
        );
      }
    }
    const name = `${r.draft.title}.${ext}`;
    return reply
      .header('content-type', ext === 'docx' ? DOCX_MIME : PDF_MIME)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('cache-control', 'no-cache')
      .header('etag', etag)
      .send(bytes);
  };
  app.get('/:code/annual-reports/:year.docx', download('docx'));
  app.get('/:code/annual-reports/:year.pdf', download('pdf'));

  // search, item pages and feeds (extras.ts)
  portalExtraRoutes(app, { context, send, notFound, absolute });
  disclosureReportDownload(app, k, notFound);
  disclosureReportPageRoute(app, { context, send, notFound, absolute });
}
