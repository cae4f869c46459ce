// The version the portal shows is a column the publish step writes (annual_report.published_version),
// not read from the audit log, on each dialect: a correction signed but not yet published stays
// private; its publication moves the column and dates the correction. Migration 0014 fills the
// columns and workflow_refusal from the audit events of an existing database to the same values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fillPublishedVersions,
  fillRefusals,
} from '../../src/server/db/migrations/0014-workflow-refusal-published-version.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { editableSections } from '../report-drafts.ts';

const YEAR = 2025;
const CODE = '511099101';
const PAGE = `/gk/${CODE}/annual-reports/${YEAR}`;

for (const dialect of dialects()) {
  describe(`portal published version [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let leader: Client;
    let base: string;
    let reportId: number;

    const step = async (c: Client, id: string, body: unknown = {}) => {
      const res = await c.post(`${base}/transitions/${id}`, body);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    };
    const edit = async (text: string) => {
      const sections = editableSections((await clerk.get(base)).body);
      sections[0].paragraphs.push({ kind: 'body', text });
      expect((await clerk.req('PUT', `${base}/draft`, { sections })).status).toBe(200);
    };
    const columns = () =>
      t.app.db.k
        .selectFrom('annualReport')
        .select(['publishedVersion', 'republishedAt', 'currentVersion'])
        .where('id', '=', reportId)
        .executeTakeFirstOrThrow();
    const page = async () => (await t.anon().get(PAGE)).body as string;

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

    it('shows the published version after a correction is signed, until the correction is published', async () => {
      await edit('首次公开的段落。');
      await step(clerk, 'submit_review');
      await step(leader, 'approve');
      await step(leader, 'sign');
      expect((await columns()).publishedVersion).toBeNull();
      await step(clerk, 'publish', { on: `${YEAR + 1}-03-20` });
      expect(await columns()).toEqual({ publishedVersion: 2, republishedAt: null, currentVersion: 2 });

      await step(clerk, 'correct');
      await edit('更正版本的段落。');
      await step(clerk, 'submit_review');
      await step(leader, 'approve');
      await step(leader, 'sign');
      // signed, not yet published: the public still sees version 2
      expect(await columns()).toMatchObject({ publishedVersion: 2, republishedAt: null, currentVersion: 4 });
      const signed = await page();
      expect(signed).toContain('首次公开的段落');
      expect(signed).not.toContain('更正版本的段落');
      expect(signed).toContain('第2版（已签发）');
      expect(signed).not.toContain('<dt>更正日期</dt>');

      await step(clerk, 'publish', { on: `${YEAR + 1}-03-25` });
      const after = await columns();
      expect(after).toMatchObject({ publishedVersion: 4, currentVersion: 4 });
      expect(after.republishedAt).not.toBeNull();
      const published = await page();
      expect(published).toContain('更正版本的段落');
      expect(published).toContain('第4版（已签发）');
      expect(published).toContain('<dt>更正日期</dt>');
    });

    it('records a refused step of the report in workflow_refusal with its status', async () => {
      const res = await clerk.post(`${base}/transitions/sign`, {});
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect(res.body.error.message).toBe('“签发”需要本乡镇（街道）分管领导的角色');
      const rows = await t.app.db.k
        .selectFrom('workflowRefusal')
        .selectAll()
        .where('ledger', '=', 'annual_report')
        .execute();
      expect(rows).toEqual([
        expect.objectContaining({
          recordType: 'report',
          recordId: reportId,
          transition: 'sign',
          rule: '“签发”需要本乡镇（街道）分管领导的角色',
          status: 403,
        }),
      ]);
      const events = await t.app.db.k
        .selectFrom('auditEvent')
        .select(['at', 'afterJson'])
        .where('action', '=', 'annual_report.refused')
        .execute();
      expect(events).toHaveLength(1);
      expect(events[0].at).toBe(rows[0].at);
      expect(JSON.parse(events[0].afterJson!)).toEqual({
        transition: 'sign',
        status: 403,
        rule: '“签发”需要本乡镇（街道）分管领导的角色',
      });
    });

    it('fills the columns and the refusals from the audit events as migration 0014 does', async () => {
      const k = t.app.db.k;
      const reports = () =>
        k
          .selectFrom('annualReport')
          .select(['id', 'publishedVersion', 'republishedAt'])
          .orderBy('id')
          .execute();
      const refusals = () =>
        k
          .selectFrom('workflowRefusal')
          .select(['at', 'actorId', 'actorName', 'orgId', 'ledger', 'recordType', 'recordId'])
          .select(['transition', 'rule', 'basis', 'status'])
          .orderBy('id')
          .execute();
      const before = { reports: await reports(), refusals: await refusals() };
      expect(before.refusals.length).toBeGreaterThan(0); // the demo's refused ledger steps and the one above
      await k.transaction().execute(async (tx) => {
        await tx.updateTable('annualReport').set({ publishedVersion: null, republishedAt: null }).execute();
        await tx.deleteFrom('workflowRefusal').execute();
        await fillPublishedVersions(tx);
        await fillRefusals(tx);
      });
      const after = { reports: await reports(), refusals: await refusals() };
      expect(after.reports).toEqual(before.reports);
      // the report's own refusals had no basis in their audit event
      expect(after.refusals).toEqual(
        before.refusals.map((r) => (r.ledger === 'annual_report' ? { ...r, basis: '' } : r)),
      );
    });
  });
}
