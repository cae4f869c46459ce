// 同比 in the county view on each dialect: each indicator of a year and the year before per township,
// with the change in units and per cent; a township without data last year reads 上年无数据 (never a
// 0); the county's sum; the XLSX and CSV exports; a township clerk refused (403).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { xlsxRows } from '../files.ts';

const today = '2026-11-16';
const DISPUTES = '/api/ledgers/disputes/dispute';

for (const dialect of dialects()) {
  describe(`county year over year [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let other: Client;
    let supervisor: Client;

    const dispute = (c: Client, orgId: number, acceptedOn: string, n: number) =>
      c.post(DISPUTES, {
        title: `邻里纠纷${n}`,
        orgId,
        acceptedOn,
        source: 'screening',
        category: 'neighbour',
        method: 'people',
        applicantName: '王五',
        respondentName: '赵六',
      });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      other = await t.login('baima.clerk');
      supervisor = await t.login('supervisor');
      const town = (await clerk.get('/api/auth/me')).body.user.orgId;
      const otherTown = (await other.get('/api/auth/me')).body.user.orgId;
      // 青石: 3 disputes this year, 2 last year; 白马: 1 this year, none last year
      for (const [i, day] of ['2026-03-02', '2026-05-06', '2026-09-09', '2025-04-01', '2025-10-10'].entries())
        expect((await dispute(clerk, town, day, i)).status).toBe(201);
      expect((await dispute(other, otherTown, '2026-06-01', 9)).status).toBe(201);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('compares each township’s figure with last year’s, and says when last year has none', async () => {
      const r = await supervisor.get('/api/annual-reports/county/yoy?year=2026');
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      expect(r.body).toMatchObject({ year: 2026, previousYear: 2025 });
      const names: string[] = r.body.columns.map((c: { orgName: string }) => c.orgName);
      const row = r.body.rows.find((x: { id: string }) => x.id === 'disputes.total');
      const cell = (name: string) => row.cells[names.findIndex((n) => n.startsWith(name))];
      expect(cell('青石')).toEqual({ current: 3, previous: 2, change: 1, changePct: 50 });
      expect(cell('白马')).toEqual({ current: 1, previous: null, change: null, changePct: null });
      expect(row.total).toEqual({ current: 4, previous: 2, change: 2, changePct: 100 });
      // a rate has no county sum
      expect(r.body.rows.find((x: { id: string }) => x.id === 'disputes.success_rate').total).toBeNull();
    });

    it('exports the comparison as XLSX and CSV, and refuses a township', async () => {
      const xlsx = await t.app.inject({
        method: 'GET',
        url: '/api/annual-reports/county/yoy/export.xlsx?year=2026',
        headers: { cookie: supervisor.cookie ?? '' },
      });
      expect(xlsx.statusCode).toBe(200);
      expect(decodeURIComponent(String(xlsx.headers['content-disposition']))).toContain(
        '2026年与2025年指标同比.xlsx',
      );
      const rows = await xlsxRows(xlsx.rawPayload);
      expect(rows[0]).toEqual(['指标', '单位', '乡镇（街道）', '2026年', '2025年', '增减', '增减幅度']);
      const label = '排查调解矛盾纠纷';
      expect(rows.find((x) => x[0] === label && String(x[2]).startsWith('青石'))?.slice(3)).toEqual([
        '3',
        '2',
        '+1',
        '+50%',
      ]);
      expect(rows.find((x) => x[0] === label && String(x[2]).startsWith('白马'))?.slice(3)).toEqual([
        '1',
        '上年无数据',
        '上年无数据',
        '上年无数据',
      ]);
      expect(rows.find((x) => x[0] === label && x[2] === '全县合计')?.slice(3)).toEqual([
        '4',
        '2',
        '+2',
        '+100%',
      ]);
      const csv = await t.app.inject({
        method: 'GET',
        url: '/api/annual-reports/county/yoy/export.csv?year=2026',
        headers: { cookie: supervisor.cookie ?? '' },
      });
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain('上年无数据');
      expect((await clerk.get('/api/annual-reports/county/yoy?year=2026')).status).toBe(403);
    });
  });
}
