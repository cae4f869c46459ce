// The enforcement ledger through the HTTP API on each dialect, as a township's staff use it: a 重大
// case with evidence, the refusals (one officer, deciding before 法制审核) with their articles, the
// decision in the disclosure queue with its due date, and the cross-organisation denials.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/app.ts';
import { dialects } from '../../../../test/db.ts';

const BASE = '/api/ledgers/enforcement';
const today = '2026-11-16';

function upload(c: Client, name: string, text: string) {
  const boundary = '----fazhi-enforcement-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`,
    ),
    Buffer.from(text, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.req('POST', '/api/attachments', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

for (const dialect of dialects()) {
  describe(`enforcement ledger API [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let officer: Client;
    let leader: Client;
    let advisor: Client;
    let other: Client;
    let townId: number;
    let caseId: number;

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      officer = await t.login('qingshi.officer');
      leader = await t.login('qingshi.leader');
      advisor = await t.login('qingshi.advisor');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      townId = orgs.find((o) => o.code === '511099101')!.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('registers the officers’ certificates', async () => {
      for (const [who, certNo] of [
        [officer, 'ZF-101'],
        [await t.login('qingshi.officer2'), 'ZF-102'],
      ] as const) {
        const me = (await who.get('/api/auth/me')).body.user;
        const res = await clerk.post(`${BASE}/officer`, {
          name: me.displayName,
          orgId: townId,
          certNo,
          field: 'comprehensive',
          issuedOn: '2022-01-01',
          validUntil: '2099-12-31',
          userId: me.id,
        });
        expect(res.status, JSON.stringify(res.body)).toBe(201);
      }
    });

    it('offers as case officers only the township’s certified officers (people picker)', async () => {
      const ids = async (c: Client, path: string) => {
        const res = await c.get(path);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return (res.body.items as Array<{ label: string; hint: string | null }>).map((i) => i.label);
      };
      const me = async (c: Client) => (await c.get('/api/auth/me')).body.user.displayName as string;
      const [officerName, officer2Name, clerkName, leaderName, otherName] = [
        await me(officer),
        await me(await t.login('qingshi.officer2')),
        await me(clerk),
        await me(leader),
        await me(other),
      ];
      const lead = await ids(clerk, `${BASE}/case/options/leadOfficerId?org=${townId}`);
      // The leader holds no certificate here; the clerk is no officer; baima's staff never appear.
      expect(lead.sort()).toEqual([officerName, officer2Name].sort());
      const hinted = (await clerk.get(`${BASE}/case/options/secondOfficerId`)).body.items;
      expect(hinted[0].hint).toContain('执法证号');
      // Without a certificate rule: every write role of the township, nobody from elsewhere.
      const accounts = await ids(clerk, `${BASE}/officer/options/userId`);
      expect(accounts).toEqual(expect.arrayContaining([officerName, officer2Name, clerkName, leaderName]));
      expect(accounts).not.toContain(otherName);
      expect(await ids(other, `${BASE}/officer/options/userId`)).not.toContain(clerkName);
      expect((await other.get(`${BASE}/case/options/leadOfficerId?org=${townId}`)).status).toBe(404);
      expect((await clerk.get(`${BASE}/case/options/title`)).status).toBe(404);
      expect((await (await t.login('sysadmin')).get(`${BASE}/case/options/leadOfficerId`)).status).toBe(403);
      expect((await t.anon().get(`${BASE}/case/options/leadOfficerId`)).status).toBe(401);
    });

    it('marks the fields each step requires in the manifest', async () => {
      const manifest = (await clerk.get('/api/ledgers')).body.items.find(
        (l: { kind: string }) => l.kind === 'enforcement',
      );
      const rt = manifest.recordTypes.find((r: { type: string }) => r.type === 'case');
      const required = (id: string) => rt.transitions.find((x: { id: string }) => x.id === id).required;
      expect(required('decide')).toEqual(['decisionNo', 'outcome']);
      expect(required('legal_review')).toEqual(['legalReviewer', 'legalReviewOpinion']);
      expect(required('notify')).toEqual([]);
    });

    it('refuses one officer (第42条), then a 重大 decision before 法制审核 (第58条), then decides', async () => {
      const lead = (await officer.get('/api/auth/me')).body.user.id;
      const created = await officer.post(`${BASE}/case`, {
        caseNo: '青综执罚立〔2026〕1号',
        title: '未经批准非法占用土地建住宅案',
        orgId: townId,
        filedOn: today,
        source: 'inspection',
        isMajor: true,
        leadOfficerId: lead,
        partyType: 'person',
        partyName: '王大明',
        partyPhone: '13912345678',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      caseId = created.body.id;
      expect(created.body.fields.partyName).toBe('王*明');
      expect(created.body.fields.partyPhone).toBe('139****5678');

      const file = await upload(officer, '现场勘验笔录.txt', '现场勘验笔录：未经批准占用耕地建房约120平方米');
      expect(file.status).toBe(201);
      expect(file.body.sha256).toMatch(/^[0-9a-f]{64}$/);
      const one = await officer.post(`${BASE}/case/${caseId}/transitions/investigate`, {
        attachmentIds: [file.body.id],
      });
      expect(one.status).toBe(409);
      expect(one.body.error.code).toBe('WORKFLOW_REFUSED');
      expect(one.body.error.basis).toContain('第四十二条');
      expect(one.body.error.message).toContain('第四十二条');

      const second = (await (await t.login('qingshi.officer2')).get('/api/auth/me')).body.user.id;
      expect((await officer.patch(`${BASE}/case/${caseId}`, { secondOfficerId: second })).status).toBe(200);
      expect(
        (
          await officer.post(`${BASE}/case/${caseId}/transitions/investigate`, {
            attachmentIds: [file.body.id],
          })
        ).status,
      ).toBe(200);
      expect(
        (
          await officer.post(`${BASE}/case/${caseId}/transitions/notify`, {
            fields: { hearingOffered: false },
          })
        ).status,
      ).toBe(200);
      const decision = { fields: { decisionNo: '青综执罚决〔2026〕1号', outcome: 'fine', fineAmount: 2000 } };
      const early = await leader.post(`${BASE}/case/${caseId}/transitions/decide`, decision);
      expect(early.status).toBe(409);
      expect(early.body.error.basis).toContain('第五十八条');

      // The advisor reads no case: the clerk sends it a review task linked to the case, and its
      // answer completes the case's 法制审核 in the same transaction.
      expect((await advisor.get(`${BASE}/case/${caseId}`)).status).toBe(403);
      const me = (await advisor.get('/api/auth/me')).body.user;
      const task = await clerk.post('/api/ledgers/advisor/task', {
        title: '重大执法决定法制审核',
        orgId: townId,
        kind: 'case',
        advisorId: me.id,
        sentOn: today,
        caseId,
      });
      expect(task.status, JSON.stringify(task.body)).toBe(201);
      const answered = await advisor.post(`/api/ledgers/advisor/task/${task.body.id}/transitions/answer`, {
        fields: { opinion: 'approve', reply: '程序合法，证据充分，同意。' },
      });
      expect(answered.status, JSON.stringify(answered.body)).toBe(200);
      const reviewed = (await leader.get(`${BASE}/case/${caseId}`)).body;
      expect(reviewed.state).toBe('reviewed');
      expect(reviewed.fields.legalReviewOpinion).toBe('approve');
      expect(reviewed.fields.legalReviewer).toBe(me.displayName);
      expect((await leader.post(`${BASE}/case/${caseId}/transitions/discuss`, { fields: {} })).status).toBe(
        200,
      );
      const decided = await leader.post(`${BASE}/case/${caseId}/transitions/decide`, decision);
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
      expect(decided.body.state).toBe('decided');
      const timeline = (await leader.get(`${BASE}/case/${caseId}`)).body.timeline;
      const audit = timeline.audit as Array<{ action: string }>;
      expect(audit.filter((a) => a.action === 'enforcement.refused')).toHaveLength(2);
      // The evidence of 调查取证 is named in the timeline with its hash.
      const investigation = timeline.steps.find((s: { action: string }) => s.action === 'investigate');
      expect(investigation.attachments).toEqual([
        { id: file.body.id, name: '现场勘验笔录.txt', sha256: file.body.sha256 },
      ]);
    });

    it('shows the decision in the disclosure queue with its due date in working days', async () => {
      const detail = (await officer.get(`${BASE}/case/${caseId}`)).body;
      const clock = detail.deadlines.find(
        (d: { deadlineId: string }) => d.deadlineId === 'disclosure_penalty',
      );
      expect(clock.unit).toBe('working');
      const queue = await officer.get(`${BASE}/views/disclosure-queue`);
      expect(queue.status).toBe(200);
      const item = queue.body.items.find((q: { caseId: number }) => q.caseId === caseId);
      expect(item.deadline.due).toBe(clock.due);
      expect(item.decisionNo).toBe('青综执罚决〔2026〕1号');
      expect(item.deadline.basis).toContain('国办发〔2018〕118号');
      const counts = await officer.get(`${BASE}/views/inspection-counts`);
      expect(counts.body).toMatchObject({ cap: 2, items: [] });
    });

    it('denies another township the case, its steps and its views', async () => {
      expect((await other.get(`${BASE}/case/${caseId}`)).status).toBe(404);
      expect(
        (
          await other.post(`${BASE}/case/${caseId}/transitions/serve`, {
            fields: { serviceMethod: 'direct' },
          })
        ).status,
      ).toBe(404);
      expect((await other.patch(`${BASE}/case/${caseId}`, { title: '改' })).status).toBe(404);
      expect((await other.get(`${BASE}/views/disclosure-queue?org=${townId}`)).status).toBe(404);
      expect((await other.get(`${BASE}/views/disclosure-queue`)).body.items).toEqual([]);
      const sysadmin = await t.login('sysadmin');
      expect((await sysadmin.get(`${BASE}/views/disclosure-queue`)).status).toBe(403);
      expect((await t.anon().get(`${BASE}/views/disclosure-queue`)).status).toBe(401);
    });

    it('serves the XLSX template and export of every record type', async () => {
      for (const type of ['case', 'officer', 'item', 'equipment', 'inspection']) {
        for (const file of ['template.xlsx', 'export.xlsx']) {
          const res = await t.app.inject({
            method: 'GET',
            url: `${BASE}/${type}/${file}`,
            headers: { cookie: leader.cookie ?? '' },
          });
          expect(res.statusCode, `${type} ${file}`).toBe(200);
          expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
        }
      }
    });

    it('counts the case in the township’s indicators', async () => {
      const res = await leader.get(`/api/indicators?year=${today.slice(0, 4)}`);
      const byId = new Map(
        (res.body.items as Array<{ id: string; value: number }>).map((i) => [i.id, i.value]),
      );
      expect(byId.get('enforcement.cases')).toBe(1);
      expect(byId.get('enforcement.fines')).toBe(2000);
      expect(byId.get('enforcement.officers')).toBe(2);
    });
  });
}
