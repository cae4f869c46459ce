// The annual report workflow through the API, on each dialect: create from the ledgers, edit as new
// versions, review and signing (refused on checker errors and to the wrong role), the immutable
// signed version and its correction, submission and publication dates with on-time status, the
// two dates on the deadline board, scoping (cross-org 404, admin 403), findings placed on their
// paragraphs, refusals audited though rolled back, and the DOCX and PDF exports.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutGaps } from '../../src/server/annual-report/seeds.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const YEAR = 2025;

for (const dialect of dialects()) {
  describe(`annual report API [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let other: Client;
    let supervisor: Client;
    let sysadmin: Client;
    let qingshi: number;
    let baima: number;
    let base: string;

    const put = (c: Client, body: unknown) => c.req('PUT', `${base}/draft`, body);
    const step = (c: Client, id: string, body: unknown = {}) => c.post(`${base}/transitions/${id}`, body);
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    const sectionsOf = (view: any) =>
      // biome-ignore lint/suspicious/noExplicitAny: test convenience
      view.draft.sections.map((s: any) => ({
        key: s.key,
        heading: s.heading,
        // biome-ignore lint/suspicious/noExplicitAny: test convenience
        paragraphs: s.paragraphs.map((p: any) => ({ kind: p.kind, text: p.text, area: p.area })),
      }));

    beforeAll(async () => {
      t = await createTestApp(dialect);
      clerk = await t.login('qingshi.clerk');
      leader = await t.login('qingshi.leader');
      other = await t.login('baima.clerk');
      supervisor = await t.login('supervisor');
      sysadmin = await t.login('sysadmin');
      const orgs = (await supervisor.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      qingshi = orgs.find((o) => o.code === '511099101')!.id;
      baima = orgs.find((o) => o.code === '511099102')!.id;
      base = `/api/annual-reports/${qingshi}/${YEAR}`;
    });
    afterAll(() => t.close());

    it('creates the draft from the ledgers (clerk or leader of the township only)', async () => {
      expect((await supervisor.post(base)).status).toBe(403);
      expect((await other.post(base)).status).toBe(404);
      expect((await sysadmin.post(base)).status).toBe(403);
      const res = await clerk.post(base);
      expect(res.status).toBe(201);
      expect(res.body.state).toBe('drafting');
      expect(res.body.version.version).toBe(1);
      expect(res.body.gaps.length).toBeGreaterThan(0);
      expect(res.body.draft.sections.map((s: { key: string }) => s.key)).toEqual([
        'measures',
        'shortcomings',
        'leaders',
        'plans',
      ]);
      expect(Array.isArray(res.body.findings)).toBe(true);
      expect(res.body.submitBy).toBe(`${YEAR + 1}-03-01`);
      expect(res.body.publishBy).toBe(`${YEAR + 1}-03-31`);
      expect(res.body.basis.publish).toContain('第二十四条');
      expect((await clerk.post(base)).status).toBe(409);
    });

    it('scopes reads: own township, the county supervisor, not another township nor admins', async () => {
      expect((await leader.get(base)).status).toBe(200);
      expect((await supervisor.get(base)).status).toBe(200);
      expect((await other.get(base)).status).toBe(404);
      expect((await sysadmin.get(base)).status).toBe(403);
      expect((await sysadmin.get(`/api/annual-reports?year=${YEAR}`)).status).toBe(403);
      const all = (await supervisor.get(`/api/annual-reports?year=${YEAR}`)).body.items;
      expect(all.length).toBeGreaterThan(1);
      expect(all.find((r: { orgId: number }) => r.orgId === baima).state).toBeNull();
      const own = (await clerk.get(`/api/annual-reports?year=${YEAR}`)).body.items;
      expect(own.map((r: { orgId: number }) => r.orgId)).toEqual([qingshi]);
      expect(own[0].stateLabel).toBe('起草');
    });

    it('saves edits as new versions; signing is refused on checker errors and to the wrong role', async () => {
      const v1 = (await clerk.get(base)).body;
      const sections = sectionsOf(v1);
      sections[0].paragraphs.push({ kind: 'body', text: `${YEAR}年2月30日召开专题会议研究法治建设工作。` });
      const saved = await put(clerk, { sections });
      expect(saved.status).toBe(200);
      expect(saved.body.version.version).toBe(2);
      expect(saved.body.findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);
      // the finding on the added paragraph says where it stands in the draft
      const added = sections[0].paragraphs.length - 1;
      const placed = saved.body.findings.find(
        (f: { where: { section: string; paragraph: number } }) =>
          f.where.section === 'measures' && f.where.paragraph === added,
      );
      expect(placed.severity).toBe('error');
      expect(sections[0].paragraphs[added].text.slice(placed.where.start, placed.where.end)).toContain(
        '2月30日',
      );
      for (const f of saved.body.findings) {
        expect([
          'title',
          'recipient',
          'opening',
          'signoff',
          'measures',
          'shortcomings',
          'leaders',
          'plans',
        ]).toContain(f.where.section);
        expect(f.where.end).toBeGreaterThanOrEqual(f.where.start);
      }
      expect((await put(supervisor, { sections })).status).toBe(403);

      expect((await step(leader, 'submit_review')).status).toBe(403);
      expect((await step(clerk, 'submit_review')).status).toBe(200);
      expect((await put(clerk, { sections })).status).toBe(409);
      expect((await step(leader, 'sign')).body.error.message).toContain('尚未审核通过');
      expect((await step(clerk, 'approve')).status).toBe(403);
      expect((await step(leader, 'approve')).status).toBe(200);
      const refused = await step(leader, 'sign');
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('WORKFLOW_REFUSED');
      expect(refused.body.error.findings.length).toBeGreaterThan(0);
      // the refused steps changed nothing, and each refusal stays in the audit trail
      expect((await clerk.get(base)).body.state).toBe('reviewing');
      const refusals = await t.app.db.k
        .selectFrom('auditEvent')
        .select(['afterJson', 'orgId', 'entityId'])
        .where('action', '=', 'annual_report.refused')
        .orderBy('seq')
        .execute();
      const after = refusals.map((r) => JSON.parse(r.afterJson ?? '{}'));
      expect(after.map((a) => [a.transition, a.status])).toEqual([
        ['submit_review', 403],
        ['sign', 409],
        ['approve', 403],
        ['sign', 409],
      ]);
      expect(after[3].rule).toContain('错误级问题');
      expect(refusals.every((r) => r.orgId === qingshi && Number(r.entityId) === v1.reportId)).toBe(true);

      expect((await step(leader, 'return', { reason: '第一部分数字有误，请核对后修改' })).body.state).toBe(
        'drafting',
      );
      // the clerk's edit before review: the added wrong date gone, the gap areas left out of section 一
      // and the remaining gap (no leadership records in this database) written by hand
      const filled = withoutGaps(v1.draft).map((s) => ({
        ...s,
        paragraphs: s.paragraphs.map((p) =>
          p.kind === 'gap'
            ? {
                kind: 'body' as const,
                text: '党政主要负责人带头学习宪法和法律法规，研究部署本年度法治建设工作。',
              }
            : p,
        ),
      }));
      const fixed = await put(clerk, { sections: filled });
      expect(fixed.body.version.version).toBe(3);
      expect(fixed.body.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    });

    it('signs an immutable version; edits after signing are refused; a correction is a new version', async () => {
      await step(clerk, 'submit_review');
      expect((await step(clerk, 'sign')).status).toBe(403);
      await step(leader, 'approve');
      const signed = await step(leader, 'sign');
      expect(signed.status).toBe(200);
      expect(signed.body.state).toBe('signed');
      expect(signed.body.version.signed).toBe(true);
      expect(signed.body.version.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(signed.body.version.signedByName).toBeTruthy();
      expect(signed.body.versions.at(-1).createdByName).toBeTruthy();

      const edit = await put(clerk, { sections: sectionsOf(signed.body) });
      expect(edit.status).toBe(409);
      expect(edit.body.error.message).toContain('签发');
      // the database itself refuses to change a signed version
      await expect(
        sql`update annual_report_version set content_json = '{}' where signed_at is not null`.execute(
          t.app.db.k,
        ),
      ).rejects.toThrow();
      await expect(
        sql`delete from annual_report_version where signed_at is not null`.execute(t.app.db.k),
      ).rejects.toThrow();

      const corrected = await step(clerk, 'correct');
      expect(corrected.body.state).toBe('drafting');
      expect(corrected.body.version.version).toBe(4);
      expect(corrected.body.version.signed).toBe(false);
      const versions = corrected.body.versions as Array<{ version: number; signedAt: string | null }>;
      expect(versions.find((v) => v.version === 3)!.signedAt).not.toBeNull();
      await step(clerk, 'submit_review');
      await step(leader, 'approve');
      expect((await step(leader, 'sign')).body.version.signed).toBe(true);
    });

    it('puts the submission and disclosure dates on the board and records them', async () => {
      const board = (await clerk.get('/api/deadlines')).body.items as Array<Record<string, unknown>>;
      const card = board.find((c) => c.ledger === 'annual_report' && c.orgId === qingshi);
      expect(card).toMatchObject({
        deadlineId: 'submit',
        due: `${YEAR + 1}-03-01`,
        ledgerLabel: '法治政府建设年度报告',
      });
      expect(
        (await other.get('/api/deadlines')).body.items.some(
          (c: { ledger: string }) => c.ledger === 'annual_report',
        ),
      ).toBe(false);

      expect((await step(clerk, 'submit', { on: `${YEAR + 1}-02-20` })).status).toBe(403);
      const submitted = await step(leader, 'submit', { on: `${YEAR + 1}-02-20` });
      expect(submitted.body).toMatchObject({
        state: 'submitted',
        submittedOn: `${YEAR + 1}-02-20`,
        submission: 'on_time',
      });
      const after = (await clerk.get('/api/deadlines')).body.items as Array<Record<string, unknown>>;
      expect(after.find((c) => c.ledger === 'annual_report' && c.orgId === qingshi)).toMatchObject({
        deadlineId: 'publish',
        due: `${YEAR + 1}-03-31`,
      });

      const published = await step(clerk, 'publish', { on: `${YEAR + 1}-04-03` });
      expect(published.body).toMatchObject({
        state: 'published',
        publishedOn: `${YEAR + 1}-04-03`,
        publication: 'late',
      });
      expect((await step(clerk, 'archive')).body.state).toBe('archived');
      expect((await step(clerk, 'publish')).status).toBe(409);

      const list = (await supervisor.get(`/api/annual-reports?year=${YEAR}`)).body.items;
      expect(list.find((r: { orgId: number }) => r.orgId === qingshi)).toMatchObject({
        state: 'archived',
        submissionLabel: '按时',
        publicationLabel: '逾期完成',
      });

      const audit = await t.app.db.k
        .selectFrom('auditEvent')
        .select('action')
        .where('entityType', '=', 'annual_report')
        .execute();
      const actions = new Set(audit.map((a) => a.action));
      for (const a of [
        'create',
        'save',
        'submit_review',
        'approve',
        'return',
        'sign',
        'correct',
        'submit',
        'publish',
        'archive',
      ])
        expect(actions.has(`annual_report.${a}`)).toBe(true);
    });

    it('exports the current version as DOCX', async () => {
      const res = await t.app.inject({
        method: 'GET',
        url: `${base}/export.docx`,
        headers: { cookie: supervisor.cookie! },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const denied = await t.app.inject({
        method: 'GET',
        url: `${base}/export.docx`,
        headers: { cookie: other.cookie! },
      });
      expect(denied.statusCode).toBe(404);
    });

    it('exports the current version as PDF through LibreOffice', { timeout: 180_000 }, async () => {
      const pdf = (c: Client) =>
        t.app.inject({ method: 'GET', url: `${base}/export.pdf`, headers: { cookie: c.cookie! } });
      expect((await pdf(other)).statusCode).toBe(404);
      expect((await pdf(sysadmin)).statusCode).toBe(403);
      const res = await pdf(clerk);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(decodeURIComponent(String(res.headers['content-disposition']))).toContain('.pdf');
    });

    it('answers 503 PDF_UNAVAILABLE with a Chinese message when LibreOffice is missing', async () => {
      // pdf.ts looks for soffice/libreoffice on PATH when it converts
      const path = process.env.PATH;
      process.env.PATH = '/nonexistent';
      try {
        const res = await clerk.get(`${base}/export.pdf`);
        expect(res.status).toBe(503);
        expect(res.body.error.code).toBe('PDF_UNAVAILABLE');
        expect(res.body.error.message).toContain('LibreOffice');
        expect(res.body.error.message).toContain('DOCX');
      } finally {
        process.env.PATH = path;
      }
    });
  });
}
