// Issue 12 item 3, replayed: the sysadmin cannot take over an account. A reset issues a one-time
// code that expires (by app.clock), works once and only for setting one's own password (demo
// accounts too); the secadmin's and the auditor's resets wait for the other one's confirmation;
// disabling the auditor is refused; the auditor sees all of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO_PASSWORD, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

for (const dialect of dialects()) {
  describe(`三员分立: password resets without impersonation [${dialect}]`, () => {
    let t: TestApp;
    let sys: Client;
    const userId = async (username: string): Promise<number> =>
      (
        await t.app.db.k
          .selectFrom('appUser')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id;
    const login = (username: string, password: string) =>
      t.anon().post('/api/auth/login', { username, password });

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sys = await t.login('sysadmin');
    });
    afterAll(() => t.close());

    it('gives the sysadmin no password it chose, and a code that only lets the user set their own', async () => {
      const id = await userId('chengguan.clerk');
      // the old way: the sysadmin names the new password, then logs in with it
      const reset = await sys.post(`/api/users/${id}/reset-password`, { password: 'Chosen#Pass2026' });
      expect(reset.status).toBe(200);
      expect(reset.body).toMatchObject({ state: 'issued', confirmRole: null });
      const code = reset.body.code as string;
      expect(code).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      expect((await login('chengguan.clerk', 'Chosen#Pass2026')).status).toBe(401);
      expect((await login('chengguan.clerk', DEMO_PASSWORD)).status).toBe(401);

      // the code opens a session that can do nothing but change the password (a demo account too)
      const user = await t.login('chengguan.clerk', code);
      expect((await user.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
      for (const url of ['/api/deadlines', '/api/ledgers/disputes/dispute', '/api/orgs']) {
        const r = await user.get(url);
        expect(r.status, url).toBe(403);
        expect(r.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      }
      // once: a second login with the same code is refused, even before it expires
      const again = await login('chengguan.clerk', code);
      expect(again.status).toBe(401);
      expect(again.body.error.code).toBe('RESET_CODE_EXPIRED');

      const changed = await user.post('/api/auth/change-password', {
        oldPassword: code,
        newPassword: 'Ziji#Shezhi2026',
      });
      expect(changed.status).toBe(204);
      expect((await user.get('/api/deadlines')).status).toBe(200);
      expect((await login('chengguan.clerk', code)).status).toBe(401);
      expect((await login('chengguan.clerk', 'Ziji#Shezhi2026')).status).toBe(200);
    });

    it('lets the code expire by the application clock', async () => {
      const id = await userId('dongcheng.clerk');
      t.setNow('2026-11-16T10:00:00+08:00');
      const { body } = await sys.post(`/api/users/${id}/reset-password`);
      expect(Date.parse(body.expiresAt)).toBe(Date.parse('2026-11-17T10:00:00+08:00'));
      t.setNow('2026-11-17T10:00:01+08:00');
      const late = await login('dongcheng.clerk', body.code);
      expect(late.status).toBe(401);
      expect(late.body.error.code).toBe('RESET_CODE_EXPIRED');
      // a wrong code still counts as a wrong password, not as an expired code
      expect((await login('dongcheng.clerk', 'Xxxx-Yyyy-Zzzz')).body.error.code).toBe('BAD_CREDENTIALS');
      const fresh = await sys.post(`/api/users/${id}/reset-password`);
      t.setNow('2026-11-18T09:59:00+08:00');
      expect((await login('dongcheng.clerk', fresh.body.code)).status).toBe(200);
      t.setToday('2026-11-16');
    });

    it("holds the secadmin's reset until the auditor confirms it, and the auditor's until the secadmin does", async () => {
      const secId = await userId('secadmin');
      const req = await sys.post(`/api/users/${secId}/reset-password`);
      expect(req.status).toBe(200);
      expect(req.body).toMatchObject({ state: 'pending', confirmRole: 'auditor' });
      // not yet: the code does not work, the secadmin's own password still does
      expect((await login('secadmin', req.body.code)).body.error.code).toBe('BAD_CREDENTIALS');
      const sec = await t.login('secadmin');
      const resetId = req.body.resetId as number;
      // neither the requester nor the target confirms
      expect((await sys.post(`/api/password-resets/${resetId}/confirm`)).status).toBe(403);
      expect((await sec.post(`/api/password-resets/${resetId}/confirm`)).status).toBe(403);
      expect((await login('secadmin', req.body.code)).status).toBe(401);
      const auditor = await t.login('auditor');
      const pending = (await auditor.get('/api/password-resets')).body.items;
      expect(pending).toEqual([
        expect.objectContaining({ id: resetId, username: 'secadmin', canConfirm: true }),
      ]);
      expect((await auditor.post(`/api/password-resets/${resetId}/confirm`)).status).toBe(204);
      expect((await auditor.post(`/api/password-resets/${resetId}/confirm`)).status).toBe(409);
      expect((await login('secadmin', DEMO_PASSWORD)).status).toBe(401);
      const withCode = await t.login('secadmin', req.body.code);
      expect((await withCode.get('/api/role-assignments')).body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      await withCode.post('/api/auth/change-password', {
        oldPassword: req.body.code,
        newPassword: 'Anquan#Guanli2026',
      });

      const audId = await userId('auditor');
      const req2 = await sys.post(`/api/users/${audId}/reset-password`);
      expect(req2.body).toMatchObject({ state: 'pending', confirmRole: 'secadmin' });
      expect((await auditor.post(`/api/password-resets/${req2.body.resetId}/confirm`)).status).toBe(403);
      const sec2 = await t.login('secadmin', 'Anquan#Guanli2026');
      expect((await sec2.post(`/api/password-resets/${req2.body.resetId}/reject`)).status).toBe(204);
      expect((await login('auditor', req2.body.code)).status).toBe(401);
      expect((await login('auditor', DEMO_PASSWORD)).status).toBe(200);
    });

    it('refuses to disable the auditor, and a chosen password outside the command line', async () => {
      const audId = await userId('auditor');
      const r = await sys.patch(`/api/users/${audId}`, { active: false });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('AUDITOR_PROTECTED');
      expect(r.body.error.message).toContain('三员分立');
      expect((await login('auditor', DEMO_PASSWORD)).status).toBe(200);
      // another account can still be disabled
      expect((await sys.patch(`/api/users/${await userId('baima.advisor')}`, { active: false })).status).toBe(
        200,
      );
    });

    it('shows every reset, confirmation, refusal and code login to the auditor', async () => {
      const auditor = await t.login('auditor');
      const { body } = await auditor.get('/api/audit?pageSize=200&action=user.');
      const actions = new Set(body.items.map((e: { action: string }) => e.action));
      for (const a of [
        'user.reset_password',
        'user.reset_requested',
        'user.reset_confirmed',
        'user.reset_rejected',
        'user.refused',
      ])
        expect(actions, a).toContain(a);
      const logins = (await auditor.get('/api/audit?pageSize=200&action=auth.login_failed')).body.items;
      const reasons = new Set(logins.map((e: { after: { reason: string } }) => e.after.reason));
      expect(reasons).toContain('code_used');
      expect(reasons).toContain('code_expired');
      const catalogue = (await auditor.get('/api/audit/catalogue')).body.actions.map(
        (a: { value: string }) => a.value,
      );
      for (const a of actions) expect(catalogue).toContain(a);
    });
  });
}
