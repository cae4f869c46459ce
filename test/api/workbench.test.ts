// Issue 14's workbench defects seen from the API, on each dialect: the board narrowed to the
// organisation chosen in the header, its red total without the risk alerts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/calendar/dates.ts';
import { type Client, createTestApp, TEST_TODAY, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const DISPUTES = '/api/ledgers/disputes/dispute';
const today = TEST_TODAY;

interface Card {
  kind: string;
  title: string;
  orgId: number;
  colour: string;
}

for (const dialect of dialects()) {
  describe(`workbench defects [${dialect}]`, () => {
    let t: TestApp;
    let qingshi: Client;
    let baima: Client;
    let sup: Client;
    let orgs: Array<{ id: number; code: string; path: string }>;
    const orgId = (code: string) => orgs.find((o) => o.code === code)!.id;

    const dispute = (title: string, orgCode: string, acceptedOn: string) => ({
      title,
      orgId: orgId(orgCode),
      acceptedOn,
      source: 'screening',
      category: 'neighbour',
      method: 'people',
      applicantName: '张晓明',
      respondentName: '李四',
    });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      qingshi = await t.login('qingshi.clerk');
      baima = await t.login('baima.clerk');
      sup = await t.login('supervisor');
      orgs = (await sup.get('/api/orgs')).body.items;
      const overdue = addDays(today, -40);
      for (const [c, title, code] of [
        [qingshi, '青石逾期纠纷', '511099101201'],
        [baima, '白马逾期纠纷', '511099102201'],
      ] as const) {
        expect((await c.post(DISPUTES, dispute(title, code, overdue))).status).toBe(201);
      }
      const risky = await qingshi.post(DISPUTES, dispute('青石风险纠纷', '511099101201', today));
      const mediator = await t.login('qingshi.mediator');
      const flagged = await mediator.post(`${DISPUTES}/${risky.body.id}/transitions/flag_risk`, {
        fields: { riskNote: '一方扬言报复，已报告派出所', reportedToPolice: true },
      });
      expect(flagged.status).toBe(200);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('narrows the board to the organisation chosen in the header (?org=), never widening it', async () => {
      const all = (await sup.get('/api/deadlines')).body.items as Card[];
      expect(all.map((c) => c.title)).toEqual(expect.arrayContaining(['青石逾期纠纷', '白马逾期纠纷']));

      const qingshiTown = orgId('511099101');
      const narrowed = await sup.get(`/api/deadlines?org=${qingshiTown}`);
      expect(narrowed.status).toBe(200);
      const titles = (narrowed.body.items as Card[]).map((c) => c.title);
      expect(titles).toContain('青石逾期纠纷');
      expect(titles).not.toContain('白马逾期纠纷');
      const qingshiPath = orgs.find((o) => o.id === qingshiTown)!.path;
      for (const c of narrowed.body.items as Card[])
        expect(orgs.find((o) => o.id === c.orgId)!.path.startsWith(qingshiPath)).toBe(true);

      // A township clerk asking for another township's board gets nothing from it.
      const foreign = await baima.get(`/api/deadlines?org=${qingshiTown}`);
      expect(foreign.status).toBe(200);
      expect(foreign.body.items).toEqual([]);
      // Their own village narrows their own board.
      const village = await baima.get(`/api/deadlines?org=${orgId('511099102201')}`);
      expect((village.body.items as Card[]).map((c) => c.title)).toEqual(['白马逾期纠纷']);
      expect((await sup.get('/api/deadlines?org=999999')).body.items).toEqual([]);
    });
  });
}
