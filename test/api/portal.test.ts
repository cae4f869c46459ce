// 公开门户 on each dialect, with a report taken through the real workflow: nothing unpublished is
// reachable (404 pages in Chinese, never the workbench shell), the published page shows the signed
// version's text with its catalogue metadata, a correction stays private until it is signed and
// published, text is escaped, the downloads work, and the portal needs no session and sets none.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/server/annual-report/pdf.ts';
import { type Client, createTestApp, type Res, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { editableSections } from '../report-drafts.ts';

const YEAR = 2025;
const CODE = '511099101';
const PAGE = `/gk/${CODE}/annual-reports/${YEAR}`;
const EVIL = '<script>alert("x")</script>青石镇开展“法律明白人”培训';

for (const dialect of dialects()) {
  describe(`public portal [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let base: string;
    let reportId: number;

    const anon = () => t.anon();
    const step = async (c: Client, id: string, body: unknown = {}) => {
      const res = await c.post(`${base}/transitions/${id}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res;
    };
    /** Writes out the gaps, adds a paragraph to section 一 and saves it as a new version. */
    const edit = async (text: string) => {
      const view = (await clerk.get(base)).body;
      const sections = editableSections(view);
      sections[0].paragraphs.push({ kind: 'body', text });
      const res = await clerk.req('PUT', `${base}/draft`, { sections });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    const expectNotFoundPage = (res: Res) => {
      expect(res.status).toBe(404);
      expect(String(res.headers['content-type'])).toContain('text/html');
      expect(res.body).toContain('<html lang="zh-CN"');
      expect(res.body).toContain('页面不存在');
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      const orgs = (await (await t.login('supervisor')).get('/api/orgs')).body.items as Array<{
        id: number;
        code: string;
      }>;
      base = `/api/annual-reports/${orgs.find((o) => o.code === CODE)!.id}/${YEAR}`;
      const created = await clerk.post(base);
      expect(created.status).toBe(201);
      reportId = created.body.reportId;
    });
    afterAll(() => t.close());

    it('shows nothing of a report before it is published, and answers unknown addresses with a Chinese 404 page', async () => {
      const index = await anon().get('/gk/');
      expect(index.status).toBe(200);
      expect(index.body).toContain('目前还没有公开的法治政府建设年度报告');
      expectNotFoundPage(await anon().get(PAGE));
      // The township's page exists (it links to the other sections) but names no report yet.
      const org = await anon().get(`/gk/${CODE}/`);
      expect(org.status).toBe(200);
      expect(org.body).toContain('尚未公开法治政府建设年度报告');
      expect(org.body).not.toContain(`href="${PAGE}"`);
      expectNotFoundPage(await anon().get(`${PAGE}.docx`));

      await edit(EVIL);
      await step(clerk, 'submit_review');
      await step(leader, 'approve');
      await step(leader, 'sign');
      await step(leader, 'submit', { on: `${YEAR + 1}-02-20` });
      // signed and submitted to the county, but not yet published
      expectNotFoundPage(await anon().get(PAGE));

      for (const url of [
        '/gk/999999999/',
        `/gk/${CODE}/annual-reports/${YEAR - 1}`,
        `/gk/${CODE}/annual-reports/abc`,
        `/gk/${CODE}/annual-reports/1899`,
        '/gk/511099/', // the county itself has no township report
        '/gk/no/such/page',
        '/gk/%3Cscript%3E/',
      ])
        expectNotFoundPage(await anon().get(url));
    });

    it('shows the published signed version with its catalogue metadata, escaped', async () => {
      await step(clerk, 'publish', { on: `${YEAR + 1}-03-20` });
      const res = await anon().get(PAGE);
      expect(res.status).toBe(200);
      const body = res.body as string;
      expect(body).toContain('<html lang="zh-CN"');
      expect(body).toContain('<h1 id="report-title">青石镇人民政府关于2025年度法治政府建设情况的报告</h1>');
      expect(body).toMatch(/<h2 id="s-1">一、主要举措和成效<\/h2>/);
      expect(body).toMatch(/<h3>（一）/);
      expect(body).toContain('href="#main"');
      for (const label of ['索引号', '发布机构', '主题分类', '成文日期', '发布日期', '有效性', '公开方式'])
        expect(body).toContain(`<dt>${label}</dt>`);
      expect(body).toContain(`<dd>${CODE}/${YEAR + 1}-${String(reportId).padStart(5, '0')}</dd>`);
      expect(body).toContain('<dd>青石镇人民政府</dd>');
      expect(body).toContain('<dd>政府工作/法治政府建设</dd>');
      expect(body).toContain('2026年3月20日');
      expect(body).toContain('<dd>主动公开</dd>');
      expect(body).toContain('<dd>有效</dd>');
      // the edited paragraph is text, never markup
      expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;青石镇开展“法律明白人”培训');
      expect(body).not.toContain('<script>alert');
      // the one script is the portal's own file; no inline script or handler
      expect(body.match(/<script\b[^>]*>/g)).toEqual([
        expect.stringMatching(/^<script src="\/gk\/static\/portal\.js\?v=/),
      ]);
      expect(body).not.toMatch(/\son[a-z]+=/i);
      expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
      // the QR code is inline SVG pointing at the page's absolute address
      expect(body).toMatch(
        /<svg role="img" aria-label="本页二维码：http:\/\/localhost(:80)?\/gk\/511099101\/annual-reports\/2025"/,
      );
      expect(body).toContain(`href="${PAGE}.docx"`);

      const org = await anon().get(`/gk/${CODE}/`);
      expect(org.status).toBe(200);
      expect(org.body).toContain(`href="${PAGE}"`);
      const index = await anon().get('/gk/');
      expect(index.body).toContain('青石镇');
      expect(index.body).toContain(`href="/gk/${CODE}/"`);
      expect(index.body).toContain('清源县');
      // Every township is listed (each has its 行政执法公示 and 政府信息公开目录); one without a
      // published report names no report.
      expect(index.body).toMatch(
        /城关街道<\/a>\n<span class="years"><span class="muted">尚未公开年度报告<\/span>/,
      );
    });

    it('keeps showing the published version while a correction is drafted and signed, until it is published', async () => {
      await step(clerk, 'correct');
      await edit('更正后新增的段落：本段只在更正版本中。');
      const during = (await anon().get(PAGE)).body as string;
      expect(during).toContain('法律明白人');
      expect(during).not.toContain('更正后新增的段落');
      expect(during).toContain('第2版（已签发）');

      await step(clerk, 'submit_review');
      await step(leader, 'approve');
      await step(leader, 'sign');
      const signed = (await anon().get(PAGE)).body as string;
      expect(signed).not.toContain('更正后新增的段落');

      await step(clerk, 'publish', { on: `${YEAR + 1}-03-25` });
      const after = (await anon().get(PAGE)).body as string;
      expect(after).toContain('更正后新增的段落');
      expect(after).toContain('第4版（已签发）');
      expect(after).toContain('<dt>更正日期</dt>');
      // 发布日期 stays the first publication
      expect(after).toContain('2026年3月20日');

      // a correction of the correction: the last published version stays
      await step(clerk, 'correct');
      await edit('第二次更正的段落。');
      const again = (await anon().get(PAGE)).body as string;
      expect(again).toContain('更正后新增的段落');
      expect(again).not.toContain('第二次更正的段落');
    });

    it('offers the published version as DOCX, cached by its SHA-256', async () => {
      const res = await t.app.inject({ method: 'GET', url: `${PAGE}.docx` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
      expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain(
        '青石镇人民政府关于2025年度法治政府建设情况的报告.docx',
      );
      expect(res.headers['set-cookie']).toBeUndefined();
      const etag = String(res.headers.etag);
      const sha = etag.slice(1, 65);
      expect(existsSync(join(t.app.config.dataDir, 'portal-cache', `${sha}.docx`))).toBe(true);
      const again = await t.app.inject({
        method: 'GET',
        url: `${PAGE}.docx`,
        headers: { 'if-none-match': etag },
      });
      expect(again.statusCode).toBe(304);
    });

    it.skipIf(!findSoffice())('offers the PDF through LibreOffice', { timeout: 180_000 }, async () => {
      const page = (await anon().get(PAGE)).body as string;
      expect(page).toContain(`href="${PAGE}.pdf"`);
      const res = await t.app.inject({ method: 'GET', url: `${PAGE}.pdf` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const sha = String(res.headers.etag).slice(1, 65);
      expect(existsSync(join(t.app.config.dataDir, 'portal-cache', `${sha}.pdf`))).toBe(true);
    });

    it('shows no PDF link without LibreOffice, and the PDF address says so', async () => {
      const path = process.env.PATH;
      process.env.PATH = '/nonexistent';
      try {
        const page = (await anon().get(PAGE)).body as string;
        expect(page).not.toContain(`href="${PAGE}.pdf"`);
        expect(page).toContain('PDF 文件暂不提供');
        const pdf = await anon().get(`${PAGE}.pdf`);
        expect(pdf.status).toBe(503);
        expect(pdf.body).toContain('请下载 Word 文档');
      } finally {
        process.env.PATH = path;
      }
    });

    it('needs no session and sets no cookie, signed in or not', async () => {
      for (const c of [anon(), clerk]) {
        for (const url of ['/gk/', `/gk/${CODE}/`, PAGE, '/gk/nothing/here']) {
          const res = await c.get(url);
          expect(res.headers['set-cookie']).toBeUndefined();
          expect(String(res.headers['content-type'])).toContain('text/html');
        }
      }
      const js = await t.app.inject({
        method: 'GET',
        url: '/gk/static/portal.js',
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(js.statusCode).toBe(200);
      expect(js.headers['content-type']).toContain('text/javascript');
      expect(js.headers['content-encoding']).toBe('gzip');
      expect(js.rawPayload.length).toBeLessThan(30 * 1024);
      const css = await t.app.inject({ method: 'GET', url: '/gk/static/portal.css' });
      expect(css.headers['content-type']).toContain('text/css');
    });

    it('takes the QR address from FAZHI_PUBLIC_URL when set, never from a spoofed Host', async () => {
      const page = (headers: Record<string, string>) =>
        t.app.inject({ method: 'GET', url: PAGE, headers }).then((r) => r.body);
      expect(await page({ host: 'evil.example"><b' })).not.toContain('<svg');
      t.app.config.publicUrl = 'https://gk.qingyuan.example';
      try {
        const body = await page({ host: 'evil.example' });
        expect(body).toContain(`<link rel="canonical" href="https://gk.qingyuan.example${PAGE}">`);
        expect(body).toContain(`aria-label="本页二维码：https://gk.qingyuan.example${PAGE}"`);
        expect(body).not.toContain('evil.example');
      } finally {
        t.app.config.publicUrl = undefined;
      }
    });

    it('keeps the large-text mode in its links for readers without JavaScript', async () => {
      const body = (await anon().get(`${PAGE}?size=large`)).body as string;
      expect(body).toContain('<html lang="zh-CN" class="large">');
      expect(body).toContain(`href="/gk/${CODE}/?size=large"`);
      expect(body).toContain(`href="${PAGE}?size=normal"`);
      const plain = (await anon().get(`${PAGE}?size=bogus`)).body as string;
      expect(plain).toContain('<html lang="zh-CN">');
    });
  });
}
