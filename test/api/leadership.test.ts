// The leadership ledger (第一责任人) through the generic ledger API, on each dialect: create and list
// meetings and 述法, Chinese validation errors, the indicators with drill-down, and the denials
// (another township 404, a reading-only role 403, administrators 403).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const MEETINGS = '/api/ledgers/leadership/meeting';
const SHUFA = '/api/ledgers/leadership/shufa';
const year = 2025;

for (const dialect of dialects()) {
  describe(`leadership ledger API [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let other: Client;
    let townId: number;
    let meetingId: number;

    const meeting = (over: Record<string, unknown> = {}) => ({
      topic: '研究部署2025年度法治建设工作',
      orgId: townId,
      heldOn: '2025-04-15',
      kind: 'party_committee',
      chair: '镇党委书记 朱永红',
      subject: 'studied',
      decisions: '印发年度法治建设工作要点，明确责任分工。',
      ...over,
    });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; kind: string }>;
      townId = orgs.find((o) => o.kind === 'township')!.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists the ledger with its two record types', async () => {
      const r = await clerk.get('/api/ledgers');
      const l = r.body.items.find((x: { kind: string }) => x.kind === 'leadership');
      expect(l.label).toBe('第一责任人台账');
      expect(l.actions).toMatchObject({ create: true, export: true, reveal: false });
      expect(l.recordTypes.map((rt: { label: string }) => rt.label)).toEqual(['研究法治工作会议', '述法']);
    });

    it('creates and lists meetings and 述法 with Chinese labels', async () => {
      const m = await clerk.post(MEETINGS, meeting());
      expect(m.status).toBe(201);
      meetingId = m.body.id;
      expect(m.body).toMatchObject({
        state: 'recorded',
        stateLabel: '已登记',
        title: '研究部署2025年度法治建设工作',
      });
      expect(m.body.display).toMatchObject({ kind: '党委会议', subject: '专题研究法治建设' });
      // names and posts of leaders are public-role data: shown as entered
      expect(m.body.fields.chair).toBe('镇党委书记 朱永红');
      const b = await leader.post(
        MEETINGS,
        meeting({ kind: 'executive', subject: 'briefing', heldOn: '2025-07-10', chair: '镇长 邹建明' }),
      );
      expect(b.status).toBe(201);
      const s = await clerk.post(SHUFA, {
        speaker: '朱永红',
        post: '镇党委书记',
        orgId: townId,
        heldOn: '2025-02-20',
        venue: 'county_committee',
        summary: '报告上一年度履行推进法治建设第一责任人职责情况。',
      });
      expect(s.status).toBe(201);
      expect(s.body.title).toBe('朱永红');
      expect(s.body.display.venue).toBe('县委全面依法治县委员会会议');

      const list = await clerk.get(
        `${MEETINGS}?from=2025-01-01&to=2025-12-31&q=${encodeURIComponent('邹建明')}`,
      );
      expect(list.body.total).toBe(1);
      expect(list.body.items[0].display.kind).toBe('政府常务会议');
      const patched = await clerk.patch(`${MEETINGS}/${meetingId}`, {
        decisions: '印发工作要点并分解到各办所。',
      });
      expect(patched.status).toBe(200);
      expect(patched.body.fields.decisions).toBe('印发工作要点并分解到各办所。');
    });

    it('refuses bad input with Chinese messages', async () => {
      const r = await clerk.post(MEETINGS, meeting({ kind: 'tea_party', chair: '  ', heldOn: '2025-02-30' }));
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION');
      expect(Object.keys(r.body.error.fields).sort()).toEqual(['chair', 'heldOn', 'kind']);
      expect(r.body.error.fields.chair).toBe('不能为空');
      expect(r.body.error.fields.heldOn).toMatch(/日期/);
      const s = await clerk.post(SHUFA, { speaker: '朱永红', orgId: townId, heldOn: '2025-02-20' });
      expect(s.status).toBe(400);
      expect(Object.keys(s.body.error.fields).sort()).toEqual(['post', 'summary', 'venue']);
      const extra = await clerk.post(MEETINGS, meeting({ secret: 1 }));
      expect(extra.status).toBe(400);
    });

    it('computes the indicators, each openable to its records', async () => {
      const r = await leader.get(`/api/indicators?year=${year}`);
      const byId = Object.fromEntries(r.body.items.map((i: { id: string; value: number }) => [i.id, i]));
      expect(byId['leadership.meetings']).toMatchObject({ value: 2, unit: '次' });
      expect(byId['leadership.shufa']).toMatchObject({ value: 1, label: '党政主要负责人述法' });
      const drill = await leader.get(`/api/indicators/leadership.meetings/records?year=${year}`);
      expect(drill.body.type).toBe('meeting');
      expect(drill.body.items[0].id).toBe(meetingId);
    });

    it('denies another township (404), a reading-only role (403) and administrators (403)', async () => {
      expect((await other.get(`${MEETINGS}/${meetingId}`)).status).toBe(404);
      expect((await other.patch(`${MEETINGS}/${meetingId}`, { topic: '越权' })).status).toBe(404);
      expect((await other.get(MEETINGS)).body.total).toBe(0);
      const into = await other.post(MEETINGS, meeting());
      expect(into.status).toBe(400);
      expect(into.body.error.fields.orgId).toBe('所选机构不在您的管辖范围内');
      expect((await other.get(`/api/indicators?org=${townId}`)).status).toBe(404);

      const officer = await t.login('qingshi.officer');
      expect((await officer.get(`${MEETINGS}/${meetingId}`)).status).toBe(200);
      expect((await officer.post(MEETINGS, meeting())).status).toBe(403);
      expect((await officer.patch(`${MEETINGS}/${meetingId}`, { topic: '越权' })).status).toBe(403);

      for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
        const a = await t.login(admin);
        for (const call of [
          () => a.get(MEETINGS),
          () => a.get(`${MEETINGS}/${meetingId}`),
          () => a.post(MEETINGS, meeting()),
          () => a.patch(`${MEETINGS}/${meetingId}`, { topic: '越权' }),
          () => a.get(`${SHUFA}/export.xlsx`),
        ])
          expect((await call()).status, admin).toBe(403);
      }
    });
  });
}
