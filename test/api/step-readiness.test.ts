// What a step needs, known before it is taken (issue 14, item 4): the record's detail lists the steps
// the caller may take now, each evaluated against its guards without being performed — blocked with
// the rule and its article when the record stands in the way, with what the form must supply
// otherwise — and the server still refuses on submit. On each dialect: disputes (mediator, the
// written agreement's upload), enforcement (two officers before 调查取证), petitions (办结 before
// the 复查 window closes, the 延期 approval).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordDetail, StepReadiness } from '../../src/shared/api/ledgers.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const today = '2026-11-16';
const DISPUTES = '/api/ledgers/disputes/dispute';
const CASES = '/api/ledgers/enforcement/case';
const PETITIONS = '/api/ledgers/petitions/petition';

const stepOf = (d: RecordDetail, id: string): StepReadiness | undefined => d.steps.find((s) => s.id === id);

for (const dialect of dialects()) {
  describe(`step readiness [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let mediatorId: number;
    let orgs: Array<{ id: number; code: string }>;
    const orgId = (code: string) => orgs.find((o) => o.code === code)!.id;

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      mediatorId = (await (await t.login('qingshi.mediator')).get('/api/auth/me')).body.user.id;
      orgs = (await clerk.get('/api/orgs')).body.items;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('disputes: 开始调解 blocked without a mediator; the written agreement needs its upload', async () => {
      const created = await clerk.post(DISPUTES, {
        title: '相邻通行纠纷',
        orgId: orgId('511099101201'),
        acceptedOn: today,
        source: 'screening',
        category: 'neighbour',
        method: 'people',
        applicantName: '张晓明',
        respondentName: '李四',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const url = `${DISPUTES}/${created.body.id}`;
      let d = (await clerk.get(url)).body as RecordDetail;
      expect(d.steps.map((s) => s.id).sort()).toEqual(['flag_risk', 'start', 'terminate']);
      expect(stepOf(d, 'start')).toMatchObject({
        ready: false,
        blockers: [{ rule: '开始调解前应当指定调解员', basis: expect.stringContaining('人民调解法') }],
      });
      expect(stepOf(d, 'terminate')?.ready).toBe(true);
      // The server stays the authority: the blocked step is refused on submit.
      const refused = await clerk.post(`${url}/transitions/start`, {});
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('WORKFLOW_REFUSED');

      expect((await clerk.patch(url, { mediatorId })).status).toBe(200);
      d = (await clerk.get(url)).body;
      expect(stepOf(d, 'start')).toMatchObject({ ready: true, blockers: [] });
      expect((await clerk.post(`${url}/transitions/start`, {})).status).toBe(200);

      d = (await clerk.get(url)).body;
      const succeed = stepOf(d, 'succeed');
      expect(succeed?.ready).toBe(true);
      expect(succeed?.needs).toEqual([
        expect.objectContaining({
          rule: expect.stringContaining('请上传调解协议书'),
          basis: expect.stringContaining('人民调解法'),
          when: '协议形式为“书面调解协议”时',
        }),
        expect.objectContaining({
          rule: expect.stringContaining('请填写协议内容'),
          when: '协议形式为“口头协议”时',
        }),
      ]);
      expect(stepOf(d, 'fail')?.needs).toEqual([
        expect.objectContaining({ rule: expect.stringContaining('请记录引导途径') }),
      ]);
      const noUpload = await clerk.post(`${url}/transitions/succeed`, {
        fields: { agreementForm: 'written' },
      });
      expect(noUpload.status).toBe(409);
      expect(noUpload.body.error.rule).toContain('请上传调解协议书');

      const ok = await clerk.post(`${url}/transitions/succeed`, {
        fields: { agreementForm: 'oral', agreementContent: '双方同意通道保持2米宽' },
      });
      expect(ok.status, JSON.stringify(ok.body)).toBe(200);
      d = (await clerk.get(url)).body;
      expect(stepOf(d, 'follow_up')).toMatchObject({ ready: true, blockers: [], needs: [] });
      const manifest = (await clerk.get('/api/ledgers')).body.items.find(
        (l: { kind: string }) => l.kind === 'disputes',
      );
      const followUp = manifest.recordTypes[0].transitions.find((x: { id: string }) => x.id === 'follow_up');
      expect(followUp.required).toEqual(['lastVisitOn', 'visitResult']);
    });

    it('enforcement: 调查取证 is blocked until two officers are named, and needs its evidence', async () => {
      const officer = await t.login('qingshi.officer');
      const lead = (await officer.get('/api/auth/me')).body.user.id;
      const created = await officer.post(CASES, {
        caseNo: '青石综执罚立〔2026〕7号',
        title: '占道经营案',
        orgId: orgId('511099101'),
        filedOn: today,
        source: 'inspection',
        isMajor: false,
        leadOfficerId: lead,
        partyType: 'person',
        partyName: '王大明',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const url = `${CASES}/${created.body.id}`;
      const d = (await officer.get(url)).body as RecordDetail;
      const investigate = stepOf(d, 'investigate');
      expect(investigate).toMatchObject({
        ready: false,
        blockers: [
          {
            rule: expect.stringContaining('执法人员不得少于两人'),
            basis: expect.stringContaining('第四十二条'),
          },
        ],
      });
      expect(investigate?.needs).toEqual([
        expect.objectContaining({ rule: expect.stringContaining('调查取证应当附证据材料') }),
      ]);
      const refused = await officer.post(`${url}/transitions/investigate`, {});
      expect(refused.status).toBe(409);
      expect(refused.body.error.rule).toContain('执法人员不得少于两人');

      // Another township's clerk sees neither the record nor its steps.
      const baima = await t.login('baima.clerk');
      expect((await baima.get(url)).status).toBe(404);
      // A reader without the step's role is offered no step.
      const sup = await t.login('supervisor');
      const seen = await sup.get(url);
      expect(seen.status).toBe(200);
      expect(seen.body.steps).toEqual([]);
    });

    it('petitions: 办结 waits for the 复查 window; 延期 needs the head’s approval', async () => {
      const created = await clerk.post(PETITIONS, {
        title: '反映村道路面破损',
        orgId: orgId('511099101'),
        receivedOn: '2026-10-09',
        channel: 'letter',
        category: 'transport',
        petitionerName: '赵大伯',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const url = `${PETITIONS}/${created.body.id}`;
      expect((await clerk.post(`${url}/transitions/accept`, { on: '2026-10-10' })).status).toBe(200);
      let d = (await clerk.get(url)).body as RecordDetail;
      const extend = stepOf(d, 'extend');
      expect(extend?.ready).toBe(true);
      const unapproved = await clerk.post(`${url}/transitions/extend`, {
        fields: { extensionDays: 10, extensionReason: '需现场勘验' },
      });
      expect(unapproved.status).toBe(409);
      expect(extend?.needs.map((n) => n.rule)).toContain(unapproved.body.error.rule);
      const answered = await clerk.post(`${url}/transitions/answer`, {
        on: '2026-11-02',
        fields: { opinion: 'support', opinionText: '已安排修补', deliveredOn: '2026-11-03' },
      });
      expect(answered.status, JSON.stringify(answered.body)).toBe(200);
      d = (await clerk.get(url)).body;
      const conclude = stepOf(d, 'conclude');
      expect(conclude).toMatchObject({
        ready: false,
        blockers: [
          { rule: expect.stringContaining('前请求复查'), basis: expect.stringContaining('第三十五条') },
        ],
      });
      expect((await clerk.post(`${url}/transitions/conclude`, {})).status).toBe(409);
      // Once the petitioner is satisfied, nothing stands in the way.
      expect(
        (await clerk.post(`${url}/transitions/evaluate`, { fields: { satisfaction: 'satisfied' } })).status,
      ).toBe(200);
      d = (await clerk.get(url)).body;
      expect(stepOf(d, 'conclude')).toMatchObject({ ready: true, blockers: [] });
    });
  });
}
