// 公开门户 search, lists, feeds and content integrity on each dialect: a report found only once it
// is published, a decision found only while published (never after its withdrawal), the matched text
// highlighted and escaped, short words matched by LIKE, the list pages paged and filtered, the Atom
// feed and the sitemap, and a report edited in the database behind the application caught by
// `fazhi portal verify` (non-zero, naming it) and by the self-check's red card, clean once restored;
// on PostgreSQL where pg_trgm cannot be created, the same search by a plain ILIKE scan.
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/server/db/connect.ts';
import { migrateToLatest } from '../../src/server/db/migrate.ts';
import type { Database } from '../../src/server/db/types.ts';
import { selfCheck } from '../../src/server/portal/integrity.ts';
import { searchItems } from '../../src/server/portal/search.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { run } from '../cli.ts';
import { dialects, pgUrl } from '../db.ts';
import { editableSections } from '../report-drafts.ts';

const YEAR = 2025;
const CODE = '511099101';
const OTHER = '511099001';
const WORDS = '青石镇开展“法律明白人”培训<b>夜校</b>';
const STAMP = '2026-01-01T00:00:00.000Z';

/**
 * An edit behind the application: someone with the database's password sets a signed version's
 * text with SQL, switching off the trigger that keeps signed versions immutable for the purpose.
 */
async function behindTheApp(k: Kysely<Database>, text: string, id: number): Promise<void> {
  const pg = k.getExecutor().adapter instanceof PostgresAdapter;
  if (pg) {
    await sql`ALTER TABLE annual_report_version DISABLE TRIGGER USER`.execute(k);
    await sql`UPDATE annual_report_version SET content_json = ${text} WHERE id = ${id}`.execute(k);
    await sql`ALTER TABLE annual_report_version ENABLE TRIGGER USER`.execute(k);
    return;
  }
  const triggers = await sql<{ name: string; sql: string }>`
    SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'annual_report_version'`.execute(
    k,
  );
  for (const tr of triggers.rows) await sql.raw(`DROP TRIGGER ${tr.name}`).execute(k);
  await sql`UPDATE annual_report_version SET content_json = ${text} WHERE id = ${id}`.execute(k);
  for (const tr of triggers.rows) await sql.raw(tr.sql).execute(k);
}

for (const dialect of dialects()) {
  describe(`portal search and integrity [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let base: string;
    let town: number;
    const cases: number[] = [];

    const get = async (url: string) => {
      const res = await t.anon().get(url);
      expect(res.status, url).toBe(200);
      return String(res.body);
    };
    const search = (q: string, extra = '') => get(`/gk/search?q=${encodeURIComponent(q)}${extra}`);
    const step = async (c: Client, id: string, body: unknown = {}) => {
      const res = await c.post(`${base}/transitions/${id}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      const k = t.app.db.k;
      town = (await k.selectFrom('org').select('id').where('code', '=', CODE).executeTakeFirstOrThrow()).id;
      base = `/api/annual-reports/${town}/${YEAR}`;
      expect((await clerk.post(base)).status).toBe(201);
      const view = (await clerk.get(base)).body;
      const sections = editableSections(view);
      sections[0].paragraphs.push({ kind: 'body', text: WORDS });
      expect((await clerk.req('PUT', `${base}/draft`, { sections })).status).toBe(200);
      // 25 decided cases of the township, none published yet
      for (let n = 1; n <= 25; n++) {
        const row = await k
          .insertInto('enforcementCase')
          .values({
            state: 'decided',
            createdAt: STAMP,
            createdBy: null,
            updatedAt: STAMP,
            orgId: town,
            caseNo: `综执罚立〔2026〕${n}号`,
            title: '占道经营案',
            filedOn: '2026-09-01',
            source: 'inspection',
            isMajor: 0,
            decidedOn: n <= 22 ? '2026-09-20' : '2025-12-20',
            outcome: n % 2 ? 'fine' : 'warning',
            partyType: 'entity',
            partyName: `清源县丰禾农资第${n}分公司`,
            decisionNo: `青综执罚决〔2026〕${n}号`,
          } as never)
          .returning('id')
          .executeTakeFirstOrThrow();
        cases.push(row.id);
      }
    });
    afterAll(() => t.close());

    it('finds nothing unpublished, then the report once it is published, highlighted and escaped', async () => {
      expect(await search('法律明白人')).toContain('没有找到与“法律明白人”相关的公开信息');
      await step(clerk, 'submit_review');
      await step(leader, 'approve');
      await step(leader, 'sign');
      await step(leader, 'submit', { on: `${YEAR + 1}-02-20` });
      expect(await search('法律明白人')).toContain('没有找到');
      await step(leader, 'publish', { on: `${YEAR + 1}-03-20` });

      const page = await search('法律明白人');
      expect(page).toContain('找到与“法律明白人”相关的公开信息1条');
      expect(page).toContain(`href="/gk/${CODE}/annual-reports/${YEAR}"`);
      expect(page).toContain('<mark>法律明白人</mark>');
      expect(page).toContain('&lt;b&gt;夜校&lt;/b&gt;');
      expect(page).not.toContain('<b>夜校');
      expect(page).toContain('法治政府建设年度报告 · 青石镇');
      // several words must all match; the township and type filters narrow
      expect(await search('法律明白人 夜校')).toContain('1条');
      expect(await search('法律明白人 不存在的词')).toContain('没有找到');
      expect(await search('法律明白人', `&org=${OTHER}`)).toContain('没有找到');
      expect(await search('法律明白人', `&org=${CODE}&type=annual_report`)).toContain('1条');
      expect(await search('法律明白人', '&type=enforcement.case')).toContain('没有找到');
      // a word shorter than three characters is matched with LIKE
      const short = await search('夜校');
      expect(short).toContain('<mark>夜校</mark>');
      expect(short).toContain('少于三个字的关键词');
      // quotes and wildcards are words, not syntax
      expect(await search('"法律 %_')).toContain('没有找到');
      // the report page shows its 内容校验值 (SM3, 64 hex digits)
      expect(await get(`/gk/${CODE}/annual-reports/${YEAR}`)).toMatch(
        /内容校验值 SM3：<code>[0-9a-f]{64}<\/code>/,
      );
      // every page carries the search box (a GET form)
      expect(await get('/gk/')).toContain('action="/gk/search"');
    });

    it('finds a decision while it is published, never after its withdrawal', async () => {
      expect(await search('青综执罚决〔2026〕3号')).toContain('没有找到');
      for (const id of cases) {
        const res = await clerk.post(`/api/ledgers/enforcement/case/${id}/transitions/publish`, {});
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
      const found = await search('青综执罚决〔2026〕3号');
      expect(found).toContain('找到与“青综执罚决〔2026〕3号”相关的公开信息1条');
      const item = `/gk/${CODE}/enforcement/case/${cases[2]}`;
      expect(found).toContain(`href="${item}"`);
      const itemPage = await get(item);
      expect(itemPage).toContain('青综执罚决〔2026〕3号');
      expect(itemPage).toMatch(/内容校验值 SM3：<code>[0-9a-f]{64}<\/code>/);
      // 25 published decisions: two pages of results
      const all = await search('青综执罚决');
      expect(all).toContain('第1页，共2页（25条）');
      expect(all).toContain('rel="next"');
      expect(await search('青综执罚决', '&page=2')).toContain('rel="prev"');

      const res = await leader.post(
        `/api/ledgers/enforcement/case/${cases[2]}/transitions/withdraw_disclosure`,
        {
          fields: { disclosureWithdrawReason: '该决定已被复议机关撤销' },
        },
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(await search('青综执罚决〔2026〕3号')).toContain('没有找到');
      expect(await search('青综执罚决')).toContain('（24条）');
      // the withdrawn decision has no item of its own in the feed or the sitemap
      expect(await get(`/gk/${CODE}/feed.xml`)).not.toContain(`case:${cases[2]}<`);
    });

    it('pages and filters the enforcement list by year and category', async () => {
      const first = await get(`/gk/${CODE}/enforcement`);
      // the list shows the withdrawn decision as withdrawn (25), search no longer finds it (24)
      expect(first).toContain('（25条）');
      expect(first).toContain('第1页，共2页（25条）');
      expect(first).toContain(`href="/gk/${CODE}/enforcement?part=case&amp;page=2#part-case"`);
      const second = await get(`/gk/${CODE}/enforcement?part=case&page=2`);
      expect(second).toContain('第2页，共2页');
      expect((second.match(/<li class="record/g) ?? []).length).toBe(5);
      const y2025 = await get(`/gk/${CODE}/enforcement?year=2025`);
      expect(y2025).toContain('（3条）');
      expect(y2025).toContain('<option value="2025" selected>');
      const warnings = await get(`/gk/${CODE}/enforcement?category=${encodeURIComponent('行政处罚决定')}`);
      expect(warnings).toMatch(/（\d+条）/);
      // bad parameters are ignored, never an error
      expect(await get(`/gk/${CODE}/enforcement?page=-3&year=abcd&part=%3Cx%3E`)).toContain('第1页');
    });

    it('publishes an Atom feed per township and a sitemap of every public page', async () => {
      const feed = await t.anon().get(`/gk/${CODE}/feed.xml`);
      expect(feed.status).toBe(200);
      expect(String(feed.headers['content-type'])).toContain('application/atom+xml');
      const xml = String(feed.body);
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect((xml.match(/<entry>/g) ?? []).length).toBe(25);
      expect(xml).toContain(`/gk/${CODE}/annual-reports/${YEAR}"`);
      expect(xml).not.toContain('<b>');
      expect(await get(`/gk/${CODE}/`)).toContain(`rel="alternate" type="application/atom+xml"`);
      expect((await t.anon().get('/gk/nosuch/feed.xml')).status).toBe(404);
      const map = await t.anon().get('/sitemap.xml');
      expect(map.status).toBe(200);
      const sm = String(map.body);
      expect(sm).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      expect(sm).toContain(`/gk/${CODE}/annual-reports/${YEAR}</loc><lastmod>${YEAR + 1}-03-20</lastmod>`);
      expect(sm).toContain(`/gk/${CODE}/enforcement/case/${cases[0]}</loc>`);
      expect(sm).not.toContain(`/case/${cases[2]}</loc>`);
    });

    it('catches a report edited in the database: verify fails naming it, the board shows a red card', async () => {
      const k = t.app.db.k;
      const today = t.app.clock.today();
      const at = t.app.clock.now().toISOString();
      // the command line opens the suite's database (createTestApp keeps its target to itself)
      let db = t.app.config.db;
      if (t.app.db.dialect === 'postgres') {
        const name = (await sql<{ n: string }>`SELECT current_database() AS n`.execute(k)).rows[0].n;
        const url = new URL(pgUrl!);
        url.pathname = `/${name}`;
        db = { dialect: 'postgres', url: url.toString() };
      }
      const target = { dataDir: t.app.config.dataDir, target: db };
      const verify = () => run(target, ['portal', 'verify'], { FAZHI_TODAY: today });
      const clean = await verify();
      expect(clean.code, clean.stderr).toBe(0);
      const report = await k
        .selectFrom('annualReport')
        .select(['id', 'publishedVersion'])
        .where('orgId', '=', town)
        .where('year', '=', YEAR)
        .executeTakeFirstOrThrow();
      const version = await k
        .selectFrom('annualReportVersion')
        .select(['id', 'contentJson'])
        .where('reportId', '=', report.id)
        .where('version', '=', report.publishedVersion!)
        .executeTakeFirstOrThrow();
      const spam = version.contentJson.replace('法律明白人', '法律明白人（澳门博彩官网）');
      expect(spam).not.toBe(version.contentJson);
      await behindTheApp(k, spam, version.id);

      const bad = await verify();
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('法治政府建设年度报告｜青石镇｜');
      expect(bad.stderr).toContain(`青石镇人民政府关于${YEAR}年度法治政府建设情况的报告`);
      // the injected words are not searchable: the index keeps the published text
      expect(await search('澳门博彩')).toContain('没有找到');

      const changed = await selfCheck(k, today, at);
      expect(changed.map((c) => c.orgId)).toEqual([town]);
      const board = await clerk.get('/api/deadlines');
      const cards = (board.body.items as Array<{ kind: string; label: string; ledger: string }>).filter(
        (c) => c.kind === 'alert' && c.ledger === 'portal',
      );
      expect(cards).toHaveLength(1);
      expect(cards[0].label).toBe('门户内容被篡改');
      // another township's clerk does not see it
      const other = await (await t.login('chengguan.clerk')).get('/api/deadlines');
      if (other.status === 200) {
        expect((other.body.items as Array<{ ledger?: string }>).some((c) => c.ledger === 'portal')).toBe(
          false,
        );
      }

      await behindTheApp(k, version.contentJson, version.id);
      expect((await verify()).code).toBe(0);
      expect(await selfCheck(k, today, at)).toEqual([]);
      const after = await clerk.get('/api/deadlines');
      expect((after.body.items as Array<{ ledger?: string }>).some((c) => c.ledger === 'portal')).toBe(false);
    });
  });
}

// PostgreSQL without pg_trgm (a managed server that does not offer it, or a role that may not create
// it): the migration goes on without the extension and its index, and search is a plain ILIKE scan
// with the same results. The extension is made impossible to create in a fresh database by a function
// of the same name and arguments as one of its own, so the run touches nothing outside that database.
describe.runIf(pgUrl)('portal search without pg_trgm [postgres]', () => {
  const name = `fazhi_test_notrgm_${Date.now().toString(36)}`;
  let db: import('../../src/server/db/connect.ts').Db | undefined;
  const admin = async (query: string, database?: string) => {
    const url = new URL(pgUrl!);
    if (database) url.pathname = `/${database}`;
    const c = new pg.Client({ connectionString: url.toString() });
    await c.connect();
    try {
      return await c.query(query);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    await admin(
      `CREATE FUNCTION public.similarity(text, text) RETURNS real LANGUAGE sql AS 'SELECT 0::real'`,
      name,
    );
    const url = new URL(pgUrl!);
    url.pathname = `/${name}`;
    db = openDb({ dialect: 'postgres', url: url.toString() });
    await migrateToLatest(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('migrates without the extension and still finds items by ILIKE, long and short words', async () => {
    const k = db!.k;
    const ext = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'pg_trgm'`.execute(k);
    expect(ext.rows[0].n).toBe(0);
    const idx = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_indexes WHERE indexname = 'portal_item_trgm'`.execute(k);
    expect(idx.rows[0].n).toBe(0);
    const org = await k
      .insertInto('org')
      .values({ code: CODE, name: '青石镇', kind: 'township', path: '/1/', createdAt: STAMP })
      .returning('id')
      .executeTakeFirstOrThrow();
    const item = (n: number, title: string, body: string) => ({
      orgId: org.id,
      ref: `test:${n}`,
      kind: 'enforcement.case',
      title,
      body,
      path: `/gk/${CODE}/x/${n}`,
      year: 2026,
      category: null,
      publishedOn: `2026-01-0${n}`,
      sm3: '0'.repeat(64),
      hashedAt: STAMP,
      tamperedSince: null,
    });
    await k
      .insertInto('portalItem')
      .values([
        item(1, '青政罚决字〔2026〕1号 罚款', '执法机关：青石镇人民政府\n处理结果：罚款五百元'),
        item(2, '青政罚决字〔2026〕2号 警告', '执法机关：青石镇人民政府\n处理结果：警告'),
        item(3, '关于村道养护的通知', '主题分类：交通\n100%完成'),
      ])
      .execute();
    const find = async (q: string) =>
      (await searchItems(db!, { q, page: 1 })).hits.map((h) => h.title).sort();
    expect(await find('青政罚决字')).toEqual(['青政罚决字〔2026〕1号 罚款', '青政罚决字〔2026〕2号 警告']);
    // every word must match; a short word by the same ILIKE
    expect(await find('青政罚决字 罚款')).toEqual(['青政罚决字〔2026〕1号 罚款']);
    expect(await find('警告')).toEqual(['青政罚决字〔2026〕2号 警告']);
    // LIKE's wildcards are matched literally
    expect(await find('100%')).toEqual(['关于村道养护的通知']);
    expect(await find('%')).toEqual(['关于村道养护的通知']);
    expect(await find('没有的词语')).toEqual([]);
  });
});
