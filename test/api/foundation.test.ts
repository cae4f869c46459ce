// The foundation API as a browser uses it, on each dialect: login, lockout, CSRF, forced password
// change, the three separated admin roles, org scoping, attachments, the calendar, headers, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO_PASSWORD, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

for (const dialect of dialects()) {
  describe(`foundation API [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(async () => {
      await t?.close();
    });

    it('answers health and serves the OpenAPI document', async () => {
      const h = await t.anon().get('/api/health');
      expect(h.status).toBe(200);
      expect(h.body).toMatchObject({ status: 'ok', db: dialect });
      const doc = await t.anon().get('/api/docs/json');
      expect(doc.status).toBe(200);
      expect(Object.keys(doc.body.paths)).toContain('/api/auth/login');
    });

    it('sends security headers and Chinese JSON errors', async () => {
      const r = await t.anon().get('/api/nowhere');
      expect(r.status).toBe(404);
      expect(r.body.error.message).toMatch(/不存在/);
      expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    });

    it('logs in, sets an httpOnly SameSite cookie and returns capabilities', async () => {
      const c = t.anon();
      const r = await c.post('/api/auth/login', { username: 'chengguan.clerk', password: DEMO_PASSWORD });
      expect(r.status).toBe(200);
      expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
      expect(r.body.user.capabilities).toContain('checker.use');
      expect(r.body.user.capabilities).not.toContain('admin.users');
      c.csrf = r.body.csrfToken;
      const me = await c.get('/api/auth/me');
      expect(me.body.user.username).toBe('chengguan.clerk');
    });

    it('validates input with a Chinese message per field', async () => {
      const r = await t.anon().post('/api/auth/login', { username: '', password: 'x' });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('VALIDATION');
      expect(r.body.error.fields.username).toMatch(/用户名/);
    });

    it('counts failures, locks after five and audits it', async () => {
      const c = t.anon();
      const first = await c.post('/api/auth/login', { username: 'baima.clerk', password: 'wrong-password' });
      expect(first.status).toBe(401);
      expect(first.body.error.message).toMatch(/还可尝试4次/);
      for (let i = 0; i < 4; i++)
        await c.post('/api/auth/login', { username: 'baima.clerk', password: 'nope' });
      const locked = await c.post('/api/auth/login', { username: 'baima.clerk', password: DEMO_PASSWORD });
      expect(locked.status).toBe(423);
      expect(locked.body.error.code).toBe('LOCKED');
      expect(locked.body.error.lockedUntil).toBeTruthy();

      const auditor = await t.login('auditor');
      const events = await auditor.get('/api/audit?action=auth.locked');
      expect(events.status).toBe(200);
      expect(events.body.items.length).toBeGreaterThan(0);

      const sys = await t.login('sysadmin');
      const users = await sys.get('/api/users?q=baima.clerk');
      const id = users.body.items[0].id;
      expect(users.body.items[0].locked).toBe(true);
      expect((await sys.post(`/api/users/${id}/unlock`)).status).toBe(204);
      expect(
        (await c.post('/api/auth/login', { username: 'baima.clerk', password: DEMO_PASSWORD })).status,
      ).toBe(200);
    });

    it('refuses state-changing requests without the CSRF token', async () => {
      const c = await t.login('chengguan.clerk');
      const withToken = c.csrf;
      c.csrf = null;
      const r = await c.post('/api/auth/change-password', {
        oldPassword: DEMO_PASSWORD,
        newPassword: 'Abcdefgh12!',
      });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('CSRF');
      c.csrf = 'forged';
      expect((await c.post('/api/auth/logout')).status).toBe(403);
      c.csrf = withToken;
      expect((await c.post('/api/auth/logout')).status).toBe(204);
      expect((await c.get('/api/auth/me')).status).toBe(401);
    });

    it('keeps the three admin roles apart and out of business data', async () => {
      const sys = await t.login('sysadmin');
      const sec = await t.login('secadmin');
      const aud = await t.login('auditor');
      const clerk = await t.login('chengguan.clerk');
      // sysadmin: users and orgs, not roles, not the audit log, not the checker
      expect((await sys.get('/api/users')).status).toBe(200);
      expect((await sys.get('/api/audit')).status).toBe(403);
      expect((await sys.get('/api/role-assignments')).status).toBe(403);
      // secadmin: roles only (it may read the user list to pick whom to authorise, not change it)
      expect((await sec.get('/api/role-assignments')).status).toBe(200);
      const orgs = (await sys.get('/api/orgs')).body.items;
      const newUser = {
        username: 'sec.made',
        displayName: '某人',
        orgId: orgs[0].id,
        password: 'Secadmin#2026x',
      };
      expect((await sec.post('/api/users', newUser)).status).toBe(403);
      expect(
        (await sec.post('/api/orgs', { parentId: orgs[0].id, code: 'S1', name: '某某乡', kind: 'township' }))
          .status,
      ).toBe(403);
      expect(
        (await sys.post('/api/role-assignments', { userId: 1, role: 'clerk', orgId: orgs[0].id })).status,
      ).toBe(403);
      expect((await sec.get('/api/audit')).status).toBe(403);
      // auditor: the audit log only
      expect((await aud.get('/api/audit')).status).toBe(200);
      expect((await aud.get('/api/users')).status).toBe(403);
      expect(
        (await aud.post('/api/orgs', { parentId: 1, code: 'X1', name: '某某镇', kind: 'township' })).status,
      ).toBe(403);
      // a clerk: none of the admin pages
      for (const url of ['/api/users', '/api/audit', '/api/role-assignments']) {
        expect((await clerk.get(url)).status).toBe(403);
      }
    });

    it('refuses to give one user two admin roles or an admin and a business role', async () => {
      const sec = await t.login('secadmin');
      const sys = await t.login('sysadmin');
      const users = await sys.get('/api/users?q=sysadmin');
      const sysId = users.body.items.find((u: { username: string }) => u.username === 'sysadmin').id;
      const orgs = await sys.get('/api/orgs');
      const county = orgs.body.items[0].id;
      const r = await sec.post('/api/role-assignments', { userId: sysId, role: 'auditor', orgId: county });
      expect(r.status).toBe(409);
      expect(r.body.error.code).toBe('SEPARATION_OF_DUTIES');
      const r2 = await sec.post('/api/role-assignments', { userId: sysId, role: 'clerk', orgId: county });
      expect(r2.status).toBe(409);
    });

    it('scopes organisations to the caller subtree', async () => {
      const clerk = await t.login('chengguan.clerk');
      const mine = await clerk.get('/api/orgs');
      expect(mine.status).toBe(200);
      const names = mine.body.items.map((o: { name: string }) => o.name);
      expect(names).toContain('城关街道');
      expect(names).not.toContain('白马镇');
      expect(names).not.toContain('清源县');
      const sup = await t.login('supervisor');
      const all = (await sup.get('/api/orgs')).body.items.map((o: { name: string }) => o.name);
      expect(all).toEqual(expect.arrayContaining(['清源县', '城关街道', '白马镇']));
    });

    it('forces a new user to change the initial password before anything else', async () => {
      const sys = await t.login('sysadmin');
      const orgs = (await sys.get('/api/orgs')).body.items;
      const town = orgs.find((o: { name: string }) => o.name === '青石镇');
      const created = await sys.post('/api/users', {
        username: 'qingshi.newclerk',
        displayName: '新同事',
        orgId: town.id,
        password: 'Initial#Pass2026',
      });
      expect(created.status).toBe(201);
      const weak = await sys.post('/api/users', {
        username: 'qingshi.weak',
        displayName: '弱密码',
        orgId: town.id,
        password: 'short',
      });
      expect(weak.status).toBe(400);

      const u = await t.login('qingshi.newclerk', 'Initial#Pass2026');
      const me = await u.get('/api/auth/me');
      expect(me.body.user.mustChangePassword).toBe(true);
      const blocked = await u.get('/api/orgs');
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const tooWeak = await u.post('/api/auth/change-password', {
        oldPassword: 'Initial#Pass2026',
        newPassword: 'abcdefghij',
      });
      expect(tooWeak.status).toBe(400);
      const ok = await u.post('/api/auth/change-password', {
        oldPassword: 'Initial#Pass2026',
        newPassword: 'Qingshi#2026new',
      });
      expect(ok.status).toBe(204);
      expect((await u.get('/api/orgs')).status).toBe(200);
    });

    it('stores attachments by content and serves them only inside the org scope', async () => {
      const clerk = await t.login('chengguan.clerk');
      const other = await t.login('baima.officer');
      const up = await upload(clerk, 'note.txt', Buffer.from('城关街道执法检查记录', 'utf8'));
      expect(up.status).toBe(201);
      expect(up.body.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(up.body.sm3).toMatch(/^[0-9a-f]{64}$/);
      const own = await clerk.get(`/api/attachments/${up.body.id}`);
      expect(own.status).toBe(200);
      expect(own.body).toBe('城关街道执法检查记录');
      const denied = await other.get(`/api/attachments/${up.body.id}`);
      expect(denied.status).toBe(404);
      const fake = await upload(clerk, 'scan.pdf', Buffer.from('MZ\x90\x00 this is no pdf', 'latin1'));
      expect(fake.status).toBe(415);
      expect(fake.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect((await t.anon().get(`/api/attachments/${up.body.id}`)).status).toBe(401);
    });

    it('computes deadlines publicly and refuses a year it does not cover', async () => {
      const r = await t.anon().get('/api/calendar/deadline?start=2024-09-27&days=7&unit=working');
      expect(r.status).toBe(200);
      expect(r.body.due).toBe('2024-10-12'); // 2024-09-29 and 2024-10-12 are 调休 working days
      expect(r.body.explain.join('\n')).toMatch(/国庆/);
      const missing = await t.anon().get('/api/calendar/deadline?start=2031-01-05&days=5&unit=working');
      expect(missing.status).toBe(422);
      expect(missing.body.error.message).toMatch(/2031/);
      const bad = await t.anon().get('/api/calendar/deadline?start=2024-13-01&days=5');
      expect(bad.status).toBe(400);
    });

    it('lets only the sysadmin add a calendar year', async () => {
      const year = {
        year: 2031,
        source: '国务院办公厅关于2031年部分节假日安排的通知（测试数据）',
        holidays: [{ date: '2031-01-01', name: '元旦' }],
        workdays: [],
      };
      const clerk = await t.login('chengguan.clerk');
      expect((await clerk.post('/api/calendar/years', year)).status).toBe(403);
      const sys = await t.login('sysadmin');
      expect((await sys.post('/api/calendar/years', year)).status).toBe(201);
      const years = await t.anon().get('/api/calendar/years');
      expect(years.body.items.map((y: { year: number }) => y.year)).toContain(2031);
      const due = await t.anon().get('/api/calendar/deadline?start=2030-12-31&days=1&unit=working');
      expect(due.body.due).toBe('2031-01-02');
    });

    it('does not believe a forged X-Forwarded-For without a configured proxy', async () => {
      const c = t.anon();
      await c.req(
        'POST',
        '/api/auth/login',
        { username: 'liuxi.clerk', password: 'not-the-password' },
        {
          'x-forwarded-for': '203.0.113.9',
        },
      );
      const aud = await t.login('auditor');
      const events = await aud.get('/api/audit?action=auth.login_failed');
      const ips = events.body.items.map((e: { clientIp: string | null }) => e.clientIp);
      expect(ips).not.toContain('203.0.113.9');
    });

    it('keeps an audit chain that verifies', async () => {
      const aud = await t.login('auditor');
      const v = await aud.get('/api/audit/verify');
      expect(v.status).toBe(200);
      expect(v.body.ok).toBe(true);
      expect(v.body.count).toBeGreaterThan(10);
    });
  });
}

async function upload(c: Client, name: string, bytes: Buffer) {
  const boundary = '----fazhi-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.req('POST', '/api/attachments', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}
