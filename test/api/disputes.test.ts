// The disputes ledger through the generic ledger API, on each dialect: create with masking and SM4
// at rest, the workflow with its statutory refusals (and their audit events), reveal, the cross-org
// route matrix, the deadline board, indicators with drill-down, XLSX template/export/import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/shared/calendar/dates.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { uploadFile, xlsxRows } from '../files.ts';

const BASE = '/api/ledgers/disputes/dispute';
// "Today" is pinned (the app's clock too): no expectation here depends on the machine's date.
const today = '2026-11-16';
const year = Number(today.slice(0, 4));

async function download(c: Client, url: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await t.app.inject({ method: 'GET', url, headers: c.cookie ? { cookie: c.cookie } : {} });
  return { status: res.statusCode, bytes: res.rawPayload };
}

let t: TestApp;

for (const dialect of dialects()) {
  describe(`disputes ledger API [${dialect}]`, () => {
    let clerk: Client;
    let mediator: Client;
    let leader: Client;
    let other: Client;
    let villageId: number;
    let otherVillageId: number;
    let mediatorId: number;
    let id: number;

    const base = (over: Record<string, unknown> = {}) => ({
      title: '宅基地边界滴水纠纷',
      orgId: villageId,
      acceptedOn: today,
      source: 'screening',
      category: 'neighbour',
      method: 'people',
      applicantName: '张晓明',
      applicantPhone: '13812345678',
      applicantIdcard: '11010519491231002X',
      respondentName: '李四',
      ...over,
    });

    beforeAll(async () => {
      t = await createTestApp(dialect, { today });
      clerk = await t.login('qingshi.clerk');
      mediator = await t.login('qingshi.mediator');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      villageId = orgs.find((o) => o.code === '511099101201')!.id;
      const otherOrgs = (await other.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      otherVillageId = otherOrgs.find((o) => o.code === '511099102201')!.id;
      mediatorId = (await mediator.get('/api/auth/me')).body.user.id;
    });
    afterAll(async () => {
      await t?.close();
    });

    it('lists the ledgers the caller may use, with fields, states and transitions', async () => {
      const r = await clerk.get('/api/ledgers');
      expect(r.status).toBe(200);
      const d = r.body.items.find((l: { kind: string }) => l.kind === 'disputes');
      expect(d.label).toBe('矛盾纠纷台账');
      expect(d.actions).toMatchObject({ create: true, import: true, export: true, reveal: false });
      const rt = d.recordTypes[0];
      expect(rt.states.map((s: { id: string }) => s.id)).toEqual([
        'accepted',
        'mediating',
        'succeeded',
        'failed',
        'terminated',
      ]);
      expect(rt.transitions.find((x: { id: string }) => x.id === 'succeed').basis).toMatch(/人民调解法/);
      expect(rt.deadlines[0]).toMatchObject({ days: 30, unit: 'calendar' });
      const officer = await (await t.login('qingshi.officer')).get('/api/ledgers');
      expect(officer.body.items.map((l: { kind: string }) => l.kind)).not.toContain('disputes');
    });

    it('creates a dispute: names and numbers masked, numbers SM4-encrypted at rest, a clock started', async () => {
      const r = await clerk.post(BASE, base());
      expect(r.status).toBe(201);
      id = r.body.id;
      expect(r.body.state).toBe('accepted');
      expect(r.body.fields.applicantName).toBe('张*明');
      expect(r.body.fields.respondentName).toBe('李*');
      expect(r.body.fields.applicantPhone).toBe('138****5678');
      expect(r.body.fields.applicantIdcard).toBe('1101**********002X');
      const stored = await t.app.db.k
        .selectFrom('dispute')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.applicantPhone).toMatch(/^sm4v1:/);
      expect(stored.applicantIdcard).not.toContain('002X');

      const list = await clerk.get(`${BASE}?q=${encodeURIComponent('滴水')}`);
      expect(list.body.total).toBe(1);
      expect(list.body.items[0].fields.applicantName).toBe('张*明');
      // the workbench's list asks only for the fields it shows: the same values, masked the same
      const manifest = (await clerk.get('/api/ledgers')).body.items.find(
        (l: { kind: string }) => l.kind === 'disputes',
      ).recordTypes[0];
      const shown = manifest.fields
        .filter(
          (f: { name: string; list?: boolean }) => f.list || f.name === 'title' || f.name === 'acceptedOn',
        )
        .map((f: { name: string }) => f.name);
      const narrow = await clerk.get(`${BASE}?q=${encodeURIComponent('滴水')}&columns=list`);
      expect(narrow.status).toBe(200);
      expect(narrow.body.total).toBe(1);
      const [full, slim] = [list.body.items[0], narrow.body.items[0]];
      expect(Object.keys(slim.fields).sort()).toEqual([...shown].sort());
      expect(shown.length).toBeLessThan(Object.keys(full.fields).length);
      for (const name of shown) expect(slim.fields[name]).toEqual(full.fields[name]);
      for (const [name, text] of Object.entries(slim.display)) expect(text).toBe(full.display[name]);
      expect(slim.fields.applicantName).toBe('张*明');
      const { fields: _f, display: _d, ...common } = full;
      expect(slim).toMatchObject(common);
      const wrong = await clerk.get(`${BASE}?columns=some`);
      expect(wrong.status).toBe(400);

      const bad = await clerk.post(BASE, base({ applicantIdcard: '110105194912310021', source: 'x' }));
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.applicantIdcard).toMatch(/校验位/);
      expect(bad.body.error.fields.source).toMatch(/排查/);
      const outside = await clerk.post(BASE, base({ orgId: otherVillageId }));
      expect(outside.status).toBe(400);
      expect(outside.body.error.fields.orgId).toMatch(/管辖范围/);
    });

    it('shows the record with its policies, timeline and deadline explanation', async () => {
      const r = await clerk.get(`${BASE}/${id}`);
      expect(r.status).toBe(200);
      expect(r.body.policies).toMatchObject({
        read: true,
        update: true,
        reveal: false,
        'transition:start': true,
        'transition:succeed': false,
        'transition:clear_risk': false,
      });
      expect(r.body.timeline.steps[0]).toMatchObject({ action: 'create', toState: 'accepted' });
      expect(r.body.timeline.audit[0].action).toBe('disputes.create');
      const dl = r.body.deadlines[0];
      expect(dl).toMatchObject({ deadlineId: 'mediation', start: today, days: 30, state: 'open' });
      expect(dl.basis).toBe('《人民调解工作若干规定》第三十三条');
      expect(dl.explain.join('\n')).toMatch(/第三十三条/);
    });

    it('refuses illegal steps with their article, and audits the refusal', async () => {
      const early = await clerk.post(`${BASE}/${id}/transitions/succeed`, {
        fields: { agreementForm: 'oral' },
      });
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('WORKFLOW_REFUSED');
      expect(early.body.error.message).toMatch(/当前状态为“已受理”/);

      const noMediator = await clerk.post(`${BASE}/${id}/transitions/start`, {});
      expect(noMediator.status).toBe(409);
      expect(noMediator.body.error.basis).toBe('《中华人民共和国人民调解法》第十九条');
      expect(noMediator.body.error.message).toContain('第十九条');

      expect((await clerk.patch(`${BASE}/${id}`, { mediatorId })).status).toBe(200);
      const started = await clerk.post(`${BASE}/${id}/transitions/start`, {});
      expect(started.status).toBe(200);
      expect(started.body.state).toBe('mediating');

      const noAgreement = await mediator.post(`${BASE}/${id}/transitions/succeed`, {
        fields: { agreementForm: 'written' },
      });
      expect(noAgreement.status).toBe(409);
      expect(noAgreement.body.error.basis).toBe('《中华人民共和国人民调解法》第二十八条、第二十九条');
      expect((await clerk.get(`${BASE}/${id}`)).body.state).toBe('mediating');

      const auditor = await t.login('auditor');
      const refused = await auditor.get('/api/audit?action=disputes.refused');
      expect(refused.body.total).toBe(3);
      expect(JSON.stringify(refused.body.items)).toContain('第二十八条');
    });

    it('concludes with the agreement attached: the clock is met and the timeline grows', async () => {
      const up = await uploadFile(
        mediator,
        '/api/attachments',
        '调解协议书.txt',
        Buffer.from('人民调解协议书\n双方达成协议。'),
      );
      expect(up.status).toBe(201);
      const r = await mediator.post(`${BASE}/${id}/transitions/succeed`, {
        fields: { agreementForm: 'written' },
        attachmentIds: [up.body.id],
        note: '双方签字确认',
      });
      expect(r.status).toBe(200);
      expect(r.body.state).toBe('succeeded');
      expect(r.body.fields.concludedOn).toBe(today);
      const d = await clerk.get(`${BASE}/${id}`);
      expect(d.body.deadlines[0].state).toBe('met');
      expect(d.body.timeline.steps.map((s: { action: string }) => s.action)).toEqual([
        'create',
        'start',
        'succeed',
      ]);
      expect(d.body.timeline.steps[2].attachmentIds).toEqual([up.body.id]);
      expect(d.body.policies.update).toBe(false);
      expect((await clerk.patch(`${BASE}/${id}`, { title: '改' })).status).toBe(409);

      const visit = await mediator.post(`${BASE}/${id}/transitions/follow_up`, {
        fields: { lastVisitOn: today, visitResult: 'fulfilled' },
      });
      expect(visit.status).toBe(200);
      expect(visit.body.fields.visitCount).toBe(1);
      expect(visit.body.state).toBe('succeeded');
    });

    it('reveals a number only with the permission, and audits it', async () => {
      expect((await clerk.post(`${BASE}/${id}/reveal/applicantPhone`)).status).toBe(403);
      const r = await mediator.post(`${BASE}/${id}/reveal/applicantPhone`);
      expect(r.status).toBe(200);
      expect(r.body.value).toBe('13812345678');
      expect((await mediator.post(`${BASE}/${id}/reveal/applicantIdcard`)).body.value).toBe(
        '11010519491231002X',
      );
      expect((await mediator.post(`${BASE}/${id}/reveal/title`)).status).toBe(400);
      const auditor = await t.login('auditor');
      const ev = await auditor.get('/api/audit?action=disputes.reveal');
      expect(ev.body.total).toBe(2);
      expect(JSON.stringify(ev.body.items)).not.toContain('13812345678');
    });

    it('keeps other townships out (404) and administrators out (403) on every route', async () => {
      const record = [
        () => other.get(`${BASE}/${id}`),
        () => other.patch(`${BASE}/${id}`, { title: '越权' }),
        () =>
          other.post(`${BASE}/${id}/transitions/follow_up`, {
            fields: { lastVisitOn: today, visitResult: 'fulfilled' },
          }),
        () => other.post(`${BASE}/${id}/reveal/applicantPhone`),
      ];
      for (const call of record) expect((await call()).status).toBe(404);
      expect((await other.get(BASE)).body.total).toBe(0);
      expect((await other.get(`${BASE}?org=${villageId}`)).body.total).toBe(0);
      expect((await other.get(`/api/indicators?org=${villageId}`)).status).toBe(404);
      expect((await other.get(`/api/indicators/disputes.total/records?org=${villageId}`)).status).toBe(404);
      const exp = await download(other, `${BASE}/export.xlsx`);
      expect(exp.status).toBe(200);
      expect((await xlsxRows(exp.bytes)).length).toBe(1);

      for (const admin of ['sysadmin', 'secadmin', 'auditor']) {
        const a = await t.login(admin);
        const calls = [
          () => a.get(BASE),
          () => a.get(`${BASE}/${id}`),
          () => a.post(BASE, base()),
          () => a.patch(`${BASE}/${id}`, { title: '越权' }),
          () => a.post(`${BASE}/${id}/transitions/follow_up`, {}),
          () => a.post(`${BASE}/${id}/reveal/applicantPhone`),
          () => a.get(`${BASE}/export.xlsx`),
          () => a.get(`${BASE}/template.xlsx`),
          () => uploadFile(a, `${BASE}/import`, 'x.xlsx', Buffer.from('x')),
          () => a.get('/api/deadlines'),
          () => a.get('/api/indicators'),
          () => a.get('/api/indicators/disputes.total/records'),
        ];
        for (const call of calls) expect((await call()).status, admin).toBe(403);
        expect((await a.get('/api/ledgers')).body.items).toEqual([]);
      }
      // A township officer holds a business role, but not one that reads disputes.
      const officer = await t.login('qingshi.officer');
      expect((await officer.get(`${BASE}/${id}`)).status).toBe(403);
    });

    it('computes indicators for an org subtree and a year, each openable to its records', async () => {
      const r = await leader.get(`/api/indicators?year=${year}`);
      expect(r.status).toBe(200);
      const byId = Object.fromEntries(r.body.items.map((i: { id: string; value: number }) => [i.id, i]));
      expect(byId['disputes.total']).toMatchObject({ value: 1, unit: '件', label: '排查调解矛盾纠纷' });
      expect(byId['disputes.resolved'].value).toBe(1);
      expect(byId['disputes.success_rate']).toMatchObject({ value: 100, unit: '%' });
      const drill = await leader.get(`/api/indicators/disputes.resolved/records?year=${year}`);
      expect(drill.body.total).toBe(1);
      expect(drill.body.items[0].id).toBe(id);
      const sup = await t.login('supervisor');
      const county = await sup.get(`/api/indicators?year=${year}`);
      expect(county.body.items.find((i: { id: string }) => i.id === 'disputes.total').value).toBe(1);
      const otherYear = await leader.get(`/api/indicators?year=${year - 1}`);
      expect(otherYear.body.items.find((i: { id: string }) => i.id === 'disputes.total').value).toBe(0);
    });

    it('puts overdue, near-due and risk-flagged disputes on the board; the county sees red only', async () => {
      const overdue = await clerk.post(
        BASE,
        base({ title: '逾期未结纠纷', acceptedOn: addDays(today, -40), mediatorId }),
      );
      const near = await clerk.post(BASE, base({ title: '临期纠纷', acceptedOn: addDays(today, -27) }));
      const fresh = await clerk.post(BASE, base({ title: '新受理纠纷' }));
      const risky = await mediator.post(`${BASE}/${fresh.body.id}/transitions/flag_risk`, {
        fields: { riskNote: '一方扬言报复，已报告派出所', reportedToPolice: true },
      });
      expect(risky.status).toBe(200);
      expect(risky.body.fields.risk).toBe(true);

      const board = await leader.get('/api/deadlines');
      expect(board.status).toBe(200);
      const card = (title: string, kind = 'deadline') =>
        board.body.items.find((c: { title: string; kind: string }) => c.title === title && c.kind === kind);
      expect(card('逾期未结纠纷').colour).toBe('red');
      expect(card('逾期未结纠纷').status).toMatch(/已逾期/);
      expect(card('临期纠纷').colour).toBe('yellow');
      expect(card('新受理纠纷').colour).toBe('green');
      expect(card('新受理纠纷', 'alert')).toMatchObject({ colour: 'red', label: '民转刑风险' });
      // the risk alert is not counted as overdue (issue 14)
      expect(board.body.counts.red).toBe(1);
      expect(board.body.counts.alerts).toBe(1);

      const mine = await mediator.get('/api/deadlines?mine=1');
      expect(
        mine.body.items
          .filter((c: { kind: string }) => c.kind === 'deadline')
          .map((c: { recordId: number }) => c.recordId),
      ).toEqual([overdue.body.id]);

      const sup = await t.login('supervisor');
      const county = await sup.get('/api/deadlines');
      expect(county.body.items.every((c: { colour: string }) => c.colour === 'red')).toBe(true);
      expect(county.body.items.map((c: { title: string }) => c.title)).toEqual(
        expect.arrayContaining(['逾期未结纠纷', '新受理纠纷']),
      );
      expect((await other.get('/api/deadlines')).body.items).toEqual([]);

      expect((await clerk.post(`${BASE}/${fresh.body.id}/transitions/clear_risk`, {})).status).toBe(403);
      expect((await leader.post(`${BASE}/${fresh.body.id}/transitions/clear_risk`, {})).status).toBe(200);
      expect(near.status).toBe(201);
    });

    it('exports masked XLSX and serves an import template', async () => {
      const exp = await download(clerk, `${BASE}/export.xlsx`);
      expect(exp.status).toBe(200);
      const table = await xlsxRows(exp.bytes);
      expect(table[0]).toEqual(expect.arrayContaining(['编号', '纠纷事由', '申请人', '状态']));
      const mine = table.find((r) => r[0] === String(id))!;
      expect(mine).toContain('张*明');
      expect(mine).toContain('调解成功');
      expect(table.flat().join('')).not.toContain('张晓明');
      const tpl = await download(clerk, `${BASE}/template.xlsx`);
      expect(tpl.status).toBe(200);
      const header = (await xlsxRows(tpl.bytes))[0];
      expect(header).toEqual(expect.arrayContaining(['纠纷事由（必填）', '申请人联系电话']));
      expect(header).not.toContain('协议形式');
    });

    it('imports 1,000 rows in one go, and nothing from a file with one bad row', async () => {
      const rows = async (n: number, bad?: number) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('矛盾纠纷');
        ws.addRow([
          '纠纷事由（必填）',
          '发生地（村、社区、网格）（必填）',
          '受理日期（必填）',
          '纠纷来源（必填）',
          '纠纷类别（必填）',
          '调解方式（必填）',
          '申请人（必填）',
          '申请人联系电话',
          '调解员',
        ]);
        for (let i = 0; i < n; i++) {
          ws.addRow([
            `导入纠纷${i + 1}`,
            '石桥村',
            i === bad ? '2026-02-30' : addDays(today, -(i % 20)),
            '排查',
            '邻里纠纷',
            '人民调解',
            `王${i % 10}`,
            `139${String(i).padStart(8, '0')}`,
            '高玉兰',
          ]);
        }
        return Buffer.from(await wb.xlsx.writeBuffer());
      };
      const count = async () =>
        Number(
          (
            await t.app.db.k
              .selectFrom('dispute')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const refused = await uploadFile(clerk, `${BASE}/import`, '纠纷.xlsx', await rows(1000, 499));
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('IMPORT_INVALID');
      expect(refused.body.error.errors).toEqual([
        { row: 501, column: '受理日期', message: '应为日期（如 2026-03-01）' },
      ]);
      expect(await count()).toBe(before);

      const ok = await uploadFile(clerk, `${BASE}/import`, '纠纷.xlsx', await rows(1000));
      expect(ok.status).toBe(201);
      expect(ok.body.imported).toBe(1000);
      expect(await count()).toBe(before + 1000);
      const list = await clerk.get(`${BASE}?q=${encodeURIComponent('导入纠纷1000')}`);
      expect(list.body.items[0].fields.applicantPhone).toBe('139****0999');
      expect(list.body.items[0].display.mediatorId).toBe('高玉兰');
    }, 120_000);
  });
}
