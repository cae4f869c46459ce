// Issue 12 item 8 (accounts and inputs), replayed: an unknown name answers exactly like a wrong
// password (还可尝试N次, then the lock); common and keyboard passwords and the last five are refused;
// a person field names only someone of the record's organisation with the right role; NUL and
// bidirectional controls never reach a stored title.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

for (const dialect of dialects()) {
  describe(`accounts and inputs [${dialect}]`, () => {
    let t: TestApp;
    const idOf = async (username: string) =>
      (
        await t.app.db.k
          .selectFrom('appUser')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id;
    const orgOf = async (code: string) =>
      (await t.app.db.k.selectFrom('org').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t.close());

    it('answers an unknown name exactly like a wrong password, up to the lock', {
      timeout: 120_000,
    }, async () => {
      const answers = async (username: string) => {
        const out: Array<{ status: number; code: string; message: string }> = [];
        for (let i = 0; i < 6; i++) {
          const r = await t.anon().post('/api/auth/login', { username, password: 'Wrong#Guess2026' });
          out.push({
            status: r.status,
            code: r.body.error.code,
            message: r.body.error.message.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, '<time>'),
          });
        }
        return out;
      };
      const real = await answers('qingshi.clerk');
      const unknown = await answers('qingshi.nobody');
      expect(unknown).toEqual(real);
      expect(real[0].message).toContain('还可尝试4次');
      expect(real[3].message).toContain('还可尝试1次');
      expect(real[4]).toMatchObject({ status: 423, code: 'LOCKED' });
      expect(real[5]).toMatchObject({ status: 423, code: 'LOCKED' });
    });

    it('refuses common and keyboard passwords and the last five', { timeout: 180_000 }, async () => {
      const c = await t.login('chengguan.clerk');
      for (const weak of ['Password123', 'Qwerty123456', 'Aa123456789', '1qaz@WSX3edc', 'Woaini@1314']) {
        const r = await c.post('/api/auth/change-password', {
          oldPassword: DEMO_PASSWORD,
          newPassword: weak,
        });
        expect(r.status, weak).toBe(400);
        expect(r.body.error.code).toBe('WEAK_PASSWORD');
        expect(r.body.error.message).toContain('过于常见');
      }
      const chain = [
        'Shuju#Anquan01',
        'Shuju#Anquan02',
        'Shuju#Anquan03',
        'Shuju#Anquan04',
        'Shuju#Anquan05',
      ];
      let current = DEMO_PASSWORD;
      for (const next of chain) {
        expect(
          (await c.post('/api/auth/change-password', { oldPassword: current, newPassword: next })).status,
        ).toBe(204);
        current = next;
      }
      // the last five: the current one, 04, 03, 02, 01 — the demo password is the sixth back
      for (const old of ['Shuju#Anquan01', 'Shuju#Anquan03']) {
        const r = await c.post('/api/auth/change-password', { oldPassword: current, newPassword: old });
        expect(r.status, old).toBe(400);
        expect(r.body.error.code).toBe('PASSWORD_REUSED');
        expect(r.body.error.fields.newPassword).toContain('最近 5 次');
      }
      expect(
        (await c.post('/api/auth/change-password', { oldPassword: current, newPassword: DEMO_PASSWORD }))
          .status,
      ).toBe(204);
    });

    it('accepts as a person only someone of the record’s organisation with the right role', {
      timeout: 120_000,
    }, async () => {
      const mediator = await t.login('baima.mediator');
      const dispute = (mediatorId: number, title = '邻里通道占用纠纷') => ({
        title,
        orgId: 0,
        acceptedOn: '2026-11-10',
        source: 'visit',
        category: 'neighbour',
        method: 'people',
        applicantName: '王某某',
        partyCount: 2,
        mediatorId,
        summary: '双方因通道占用发生争执，申请调解。',
      });
      const town = await orgOf('511099102');
      const post = (body: Record<string, unknown>) =>
        mediator.post('/api/ledgers/disputes/dispute', { ...body, orgId: town });
      for (const other of ['dongcheng.mediator', 'sysadmin', 'baima.officer']) {
        const r = await post(dispute(await idOf(other)));
        expect(r.status, other).toBe(400);
        expect(r.body.error.fields.mediatorId).toMatch(/须是本记录所属组织.*人员/);
      }
      const ok = await post(dispute(await idOf('baima.mediator'), '邻里\u0000通道\u202e占用\u2066纠纷'));
      expect(ok.status).toBe(201);
      expect(ok.body.title).toBe('邻里通道占用纠纷');
      const stored = await t.app.db.k
        .selectFrom('dispute')
        .select('title')
        .where('id', '=', ok.body.id)
        .executeTakeFirstOrThrow();
      expect(stored.title).toBe('邻里通道占用纠纷');
    });
  });
}
