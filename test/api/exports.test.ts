import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { xlsxRows } from '../files.ts';

for (const dialect of dialects()) {
  describe(`exports of the board, inspections and indicators [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgers: true, today: '2026-12-03' });
      clerk = await t.login('chengguan.clerk');
    }, 600_000);
    afterAll(() => t?.close());

    const file = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { cookie: clerk.cookie ?? '' } });

    it('exports the board as filtered: the red group only, the same cards as the page', async () => {
      const board = (await clerk.get('/api/deadlines')).body;
      const red = board.items.filter(
        (c: { kind: string; colour: string }) => c.kind === 'deadline' && c.colour === 'red',
      );
      expect(red.length).toBe(board.counts.red);
      const res = await file('/api/deadlines/export.xlsx?group=red');
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('待办预警'));
      const rows = await xlsxRows(res.rawPayload);
      expect(rows[0]).toEqual(['分类', '事项', '台账', '机构', '期限', '届满日', '状态', '依据']);
      expect(rows.length - 1).toBe(red.length);
      expect(rows.slice(1).every((r) => r[0] === '红牌（逾期）')).toBe(true);
      expect(rows.slice(1).map((r) => r[1])).toEqual(red.map((c: { title: string }) => c.title));

      const alerts = await file('/api/deadlines/export.csv?group=alert');
      const csv = alerts.rawPayload.toString('utf8');
      expect(csv.startsWith('\uFEFF分类,事项')).toBe(true);
      expect(csv.trim().split('\r\n').length - 1).toBe(board.counts.alerts);

      const refused = await file('/api/deadlines/export.csv?group=purple');
      expect(refused.statusCode).toBe(400);
    });

    it('exports 涉企检查统计 and 工作指标 for the year, and nothing of another county’s org', async () => {
      const counts = (await clerk.get('/api/ledgers/enforcement/views/inspection-counts?year=2025')).body;
      const res = await file('/api/ledgers/enforcement/views/inspection-counts/export.xlsx?year=2025');
      expect(res.statusCode).toBe(200);
      const rows = await xlsxRows(res.rawPayload);
      expect(rows[0][0]).toBe('检查对象');
      expect(rows.length - 1).toBe(counts.items.length);
      expect(rows.filter((r) => r[4] === '超过上限').length).toBe(
        counts.items.filter((e: { overCap: boolean }) => e.overCap).length,
      );

      const ind = (await clerk.get('/api/indicators?year=2025')).body;
      const csv = (await file('/api/indicators/export.csv?year=2025')).rawPayload.toString('utf8');
      expect(csv.startsWith('\uFEFF台账,指标,数值,单位\r\n')).toBe(true);
      const lines = csv.trim().split('\r\n');
      expect(lines.length - 1).toBe(ind.items.length);
      const first = ind.items[0];
      expect(lines[1]).toContain(`${first.label},${first.value},${first.unit}`);

      expect((await file('/api/indicators/export.csv?org=999999')).statusCode).toBe(404);
      expect(
        (await file('/api/ledgers/enforcement/views/inspection-counts/export.csv?org=999999')).statusCode,
      ).toBe(404);
      const anon = await t.app.inject({ method: 'GET', url: '/api/deadlines/export.csv' });
      expect(anon.statusCode).toBe(401);
    });
  });
}
