// Issue 12 item 4, replayed on the demo county: an attachment is downloaded exactly when its record
// may be read. The mediator, refused the enforcement ledger, downloaded 80 of 80 enforcement files;
// the officer and the advisor 42 of 42 mediation agreements; now each gets 404, as does another
// township, and an upload attached to nothing is its uploader's alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const TOWN = '511099001'; // 城关街道 (chengguan)

for (const dialect of dialects()) {
  describe(`attachments are read as their records [${dialect}]`, () => {
    let t: TestApp;
    const files: Record<
      'enforcement' | 'disputes',
      Array<{ id: number; recordId: number; recordType: string }>
    > = {
      enforcement: [],
      disputes: [],
    };
    const get = (c: Client, id: number) => c.get(`/api/attachments/${id}`);

    beforeAll(async () => {
      t = await createTestApp(dialect, { ledgers: true });
      const k = t.app.db.k;
      const town = await k
        .selectFrom('org')
        .select('path')
        .where('code', '=', TOWN)
        .executeTakeFirstOrThrow();
      const steps = await k
        .selectFrom('workflowStep')
        .innerJoin('org', 'org.id', 'workflowStep.orgId')
        .select(['ledger', 'recordType', 'recordId', 'attachmentIds'])
        .where('org.path', 'like', `${town.path}%`)
        .where('attachmentIds', '!=', '[]')
        .orderBy('workflowStep.id')
        .execute();
      for (const s of steps) {
        if (s.ledger !== 'enforcement' && s.ledger !== 'disputes') continue;
        for (const id of JSON.parse(s.attachmentIds) as number[])
          files[s.ledger].push({ id, recordId: s.recordId, recordType: s.recordType });
      }
    }, 1_800_000);
    afterAll(() => t.close());

    it('refuses the mediator the enforcement files and the officer and advisor the mediation agreements', {
      timeout: 300_000,
    }, async () => {
      expect(files.enforcement.length).toBeGreaterThan(0);
      expect(files.disputes.length).toBeGreaterThan(0);
      const mediator = await t.login('chengguan.mediator');
      const officer = await t.login('chengguan.officer');
      const advisor = await t.login('chengguan.advisor');
      const clerk = await t.login('chengguan.clerk');
      for (const f of files.enforcement) {
        expect((await get(mediator, f.id)).status, `mediator, enforcement file ${f.id}`).toBe(404);
        expect((await get(officer, f.id)).status).toBe(200);
        // the advisor reads no case (its review comes through its tasks), so none of its files
        expect((await get(advisor, f.id)).status).toBe(404);
      }
      for (const f of files.disputes) {
        expect((await get(officer, f.id)).status, `officer, agreement ${f.id}`).toBe(404);
        expect((await get(advisor, f.id)).status, `advisor, agreement ${f.id}`).toBe(404);
        const ok = await get(mediator, f.id);
        expect(ok.status).toBe(200);
        expect(String(ok.body)).toContain('人民调解协议书');
      }
      expect((await get(clerk, files.disputes[0].id)).status).toBe(200);
      expect((await get(clerk, files.enforcement[0].id)).status).toBe(200);
    });

    it('refuses another township and the administrators', async () => {
      const other = await t.login('dongcheng.mediator');
      const otherOfficer = await t.login('dongcheng.officer');
      const sys = await t.login('sysadmin');
      for (const f of files.disputes.slice(0, 5)) {
        expect((await get(other, f.id)).status).toBe(404);
        expect((await get(sys, f.id)).status).toBe(403);
      }
      for (const f of files.enforcement.slice(0, 5)) expect((await get(otherOfficer, f.id)).status).toBe(404);
    });

    it('keeps an unattached upload to its uploader, and lets no one attach another’s file', async () => {
      const clerk = await t.login('chengguan.clerk');
      const leader = await t.login('chengguan.leader');
      const mediator = await t.login('chengguan.mediator');
      const boundary = 'fazhi-boundary';
      const body = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="草稿.txt"\r\nContent-Type: text/plain\r\n\r\n尚未归档的材料\r\n--${boundary}--\r\n`,
      );
      const up = await clerk.req('POST', '/api/attachments', body, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
      });
      expect(up.status).toBe(201);
      expect((await get(clerk, up.body.id)).status).toBe(200);
      expect((await get(leader, up.body.id)).status).toBe(404);
      expect((await get(mediator, up.body.id)).status).toBe(404);

      // the mediator attaches an enforcement file to a dispute it may handle: refused, and the file
      // stays closed to it
      const list = await mediator.get('/api/ledgers/disputes/dispute?pageSize=100');
      let tried = false;
      for (const item of list.body.items as Array<{ id: number }>) {
        const detail = await mediator.get(`/api/ledgers/disputes/dispute/${item.id}`);
        const move = Object.entries(detail.body.policies as Record<string, boolean>).find(
          ([k, v]) => v && k.startsWith('transition:'),
        );
        if (!move) continue;
        const r = await mediator.post(
          `/api/ledgers/disputes/dispute/${item.id}/transitions/${move[0].slice('transition:'.length)}`,
          { attachmentIds: [files.enforcement[0].id] },
        );
        expect(r.status).toBe(400);
        expect(r.body.error.fields.attachmentIds).toContain('不是您本人上传的');
        tried = true;
        break;
      }
      expect(tried).toBe(true);
      expect((await get(mediator, files.enforcement[0].id)).status).toBe(404);
    });
  });
}
