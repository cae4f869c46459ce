// 公开门户 forms on each dialect: an online 依申请公开 request reaches the disclosure ledger with
// channel 互联网渠道 and the injected day as its receipt date, its personal data encrypted, and its
// status can be looked up with number + code only (a wrong code and an unknown number read alike);
// spam defences (challenge, honeypot, fill time, per-address counter) refuse with nothing stored; a
// comment on an open decision waits for the clerk's acceptance before it shows, a closed period
// refuses politely, and another township's decisions never show.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPortal } from '../../src/server/portal/integrity.ts';
import { createTestApp, TEST_TODAY, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

const CODE = '511099101';
const OTHER = '511099001';
const STAMP = '2026-01-01T00:00:00.000Z';
const PHONE = '13912345678';
const IDCARD = '11010519491231002X';
const LOOKUP_MISS = '未找到与该申请编号和查询码相符的申请';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

for (const dialect of dialects()) {
  describe(`portal forms [${dialect}]`, () => {
    let t: TestApp;
    let town: number;
    let other: number;
    let clock = Date.parse(`${TEST_TODAY}T10:00:00+08:00`);
    let ipSeq = 0;

    /** Advances the app's instant by `s` seconds (the form's minimum fill time). */
    const wait = (s = 10) => {
      clock += s * 1000;
      t.setNow(new Date(clock).toISOString());
    };

    const get = async (url: string) => {
      const res = await t.app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.body };
    };
    const post = async (url: string, fields: Record<string, string>, ip: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url,
        remoteAddress: ip,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      });
      return { status: res.statusCode, body: res.body };
    };
    const nextIp = () => `203.0.113.${++ipSeq}`;

    /** The form's token and the answer to its question, read as a person would. */
    const challengeOf = (html: string) => {
      const token = /name="formToken" value="([^"]+)"/.exec(html)?.[1] ?? '';
      const q = /验证问题：(.)加(.)等于几？/.exec(html);
      expect(q, 'question shown').not.toBeNull();
      const answer = String(DIGITS.indexOf(q?.[1] ?? '') + DIGITS.indexOf(q?.[2] ?? ''));
      expect(token.split('.')).toHaveLength(5);
      return { formToken: token, challengeAnswer: answer };
    };

    const applicant = {
      applicantKind: 'person',
      name: '陈晓明',
      idType: 'resident_id',
      idNo: IDCARD,
      phone: PHONE,
      email: '',
      address: '清源县青石镇和平街8号',
      title: '2026年青石镇农村道路养护经费安排',
      docNo: '青府发〔2026〕5号',
      description: '请提供该文件全文。',
      purpose: '',
      delivery: 'paper_post',
      homepage: '',
    };

    const requestCount = async () =>
      Number(
        (
          await t.app.db.k
            .selectFrom('disclosureRequest')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      t = await createTestApp(dialect);
      t.setNow(new Date(clock).toISOString());
      const k = t.app.db.k;
      const orgId = async (code: string) =>
        (await k.selectFrom('org').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
      town = await orgId(CODE);
      other = await orgId(OTHER);
    });
    afterAll(() => t?.close());

    it('links the new pages from the township home, with the guide and the normative page', async () => {
      const home = await get(`/gk/${CODE}/`);
      for (const slug of ['apply', 'guide', 'decisions', 'normative'])
        expect(home.body).toContain(`href="/gk/${CODE}/${slug}"`);
      const guide = await get(`/gk/${CODE}/guide`);
      expect(guide.status).toBe(200);
      for (const s of ['第三十一条', '20个工作日', '第四十二条', '行政复议', '行政诉讼', '补正'])
        expect(guide.body).toContain(s);
      const normative = await get(`/gk/${CODE}/normative`);
      expect(normative.status).toBe(200);
      expect(normative.body).toContain('行政规范性文件及其有效性');
      expect((await get('/gk/NOSUCH/apply')).status).toBe(404);
    });

    it('writes the guide from the township’s configured details, set by its own clerk only', async () => {
      const clerk = await t.login('qingshi.clerk');
      const url = `/api/portal/profiles/${town}`;
      const details = {
        office: '青石镇党政综合办公室',
        address: '清源县青石镇人民路1号',
        postcode: '611000',
        phone: '028-12345678',
        email: '',
        hours: '工作日上午9:00至12:00，下午2:00至5:30',
      };
      expect((await clerk.req('PUT', url, { ...details, postcode: '61100' })).status).toBe(400);
      // refusals name the field and the rule, in Chinese; nothing is stored
      const bad = await clerk.req('PUT', url, { ...details, phone: '请拨打办公室', email: 'gk@' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields.phone).toContain('咨询电话只能填写数字');
      expect((await clerk.get(url)).body.phone).toBeNull();
      const badMail = await clerk.req('PUT', url, { ...details, email: 'gk@qingshi' });
      expect(badMail.body.error.fields.email).toBe('电子邮箱格式不正确，例如 gk@example.gov.cn');
      expect(
        (await clerk.req('PUT', url, { ...details, office: '办'.repeat(101) })).body.error.fields.office,
      ).toBe('不超过100字');
      const put = await clerk.req('PUT', url, details);
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      expect(put.body).toMatchObject({ ...details, email: null });
      const stranger = await t.login('baima.clerk');
      expect((await stranger.req('PUT', url, details)).status).toBe(403);
      expect((await stranger.get(url)).status).toBe(403);
      const guide = await get(`/gk/${CODE}/guide`);
      for (const s of [
        '青石镇党政综合办公室',
        '清源县青石镇人民路1号（邮政编码 611000）',
        '028-12345678',
        '工作日上午9:00至12:00',
      ])
        expect(guide.body).toContain(s);
      const audited = await t.app.db.k
        .selectFrom('auditEvent')
        .select('action')
        .where('action', '=', 'portal.profile')
        .where('orgId', '=', town)
        .execute();
      expect(audited).toHaveLength(1);
    });

    let receiptNo = '';
    let code = '';

    it('takes an online request into the ledger: 互联网渠道, received today, PII encrypted, audited', async () => {
      const form = await get(`/gk/${CODE}/apply`);
      expect(form.status).toBe(200);
      wait();
      const before = await requestCount();
      const res = await post(`/gk/${CODE}/apply`, { ...applicant, ...challengeOf(form.body) }, nextIp());
      expect(res.status, res.body.slice(0, 2000)).toBe(201);
      receiptNo = /申请编号<\/dt><dd><strong class="code">([^<]+)</.exec(res.body)?.[1] ?? '';
      code = /查询码<\/dt><dd><strong class="code">([^<]+)</.exec(res.body)?.[1] ?? '';
      expect(receiptNo).toMatch(/^YSQ20261116-\d{5}$/);
      expect(code).toMatch(/^[A-Z2-9]{10}$/);
      expect(await requestCount()).toBe(before + 1);

      const k = t.app.db.k;
      const receipt = await k
        .selectFrom('portalReceipt')
        .selectAll()
        .where('receiptNo', '=', receiptNo)
        .executeTakeFirstOrThrow();
      expect(receipt.codeHash).not.toContain(code);
      expect(receipt.orgId).toBe(town);
      const row = await k
        .selectFrom('disclosureRequest')
        .selectAll()
        .where('id', '=', receipt.requestId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        orgId: town,
        channel: 'online',
        submittedOn: TEST_TODAY,
        receivedOn: TEST_TODAY,
        state: 'received',
        applicantType: 'natural',
        applicantIdType: 'resident_id',
        deliveryMethod: 'paper_post',
      });
      expect(row.applicantPhone).toBeTruthy();
      expect(row.applicantPhone).not.toContain(PHONE);
      expect(row.applicantIdcard).not.toContain(IDCARD.slice(0, 10));
      expect(row.description).toContain('青府发〔2026〕5号');
      const clockRow = await k
        .selectFrom('deadline')
        .selectAll()
        .where('ledger', '=', 'disclosure')
        .where('recordId', '=', row.id)
        .where('deadlineId', '=', 'answer')
        .executeTakeFirstOrThrow();
      expect(clockRow.start).toBe(TEST_TODAY);
      const events = await k
        .selectFrom('auditEvent')
        .select(['action', 'afterJson', 'clientIp'])
        .where('entityId', '=', String(row.id))
        .where('entityType', '=', 'disclosure.disclosure_request')
        .execute();
      expect(events.map((e) => e.action).sort()).toEqual(['disclosure.create', 'portal.apply']);
      for (const e of events) expect(e.afterJson ?? '').not.toContain(PHONE);
    });

    it('looks up the status with number and code; a wrong code and an unknown number read alike', async () => {
      const lookup = async (number: string, c: string) => {
        const form = await get('/gk/apply/status');
        wait();
        return post(
          '/gk/apply/status',
          { receiptNo: number, code: c, homepage: '', ...challengeOf(form.body) },
          nextIp(),
        );
      };
      const ok = await lookup(receiptNo.toLowerCase(), code);
      expect(ok.status).toBe(200);
      expect(ok.body).toContain('已收到申请');
      expect(ok.body).toContain('法定答复期限');
      expect(ok.body).not.toContain('陈晓明');
      expect(ok.body).not.toContain(LOOKUP_MISS);
      const wrong = await lookup(
        receiptNo,
        code.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A')),
      );
      const unknown = await lookup('YSQ20261116-99999', code);
      expect(wrong.status).toBe(unknown.status);
      const summary = (html: string) => /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0];
      expect(summary(wrong.body)).toContain(LOOKUP_MISS);
      expect(summary(wrong.body)).toBe(summary(unknown.body));
      expect(wrong.body).not.toContain('办理状态');
    });

    it('keeps what the citizen typed and stores nothing when a field is wrong', async () => {
      const form = await get(`/gk/${CODE}/apply`);
      wait();
      const before = await requestCount();
      const res = await post(
        `/gk/${CODE}/apply`,
        { ...applicant, phone: '12345', idNo: '110105194912310021', ...challengeOf(form.body) },
        nextIp(),
      );
      expect(res.status).toBe(400);
      expect(res.body).toContain('联系电话应为11位手机号码或带区号的固定电话');
      expect(res.body).toContain('居民身份证号码应为18位');
      expect(res.body).toContain('value="陈晓明"');
      expect(res.body).toContain('value="12345"');
      expect(await requestCount()).toBe(before);
    });

    it('refuses spam: no token, wrong answer, too fast, honeypot, and past the per-address limit', async () => {
      const before = await requestCount();
      const ip = nextIp();
      const noToken = await post(`/gk/${CODE}/apply`, applicant, ip);
      expect(noToken.status).toBe(400);
      expect(noToken.body).toContain('表单已失效');

      let form = await get(`/gk/${CODE}/apply`);
      wait();
      const wrong = challengeOf(form.body);
      const bad = await post(`/gk/${CODE}/apply`, { ...applicant, ...wrong, challengeAnswer: '99' }, ip);
      expect(bad.status).toBe(400);
      expect(bad.body).toContain('验证问题的答案不正确');
      expect(bad.body).toContain('value="陈晓明"');

      form = await get(`/gk/${CODE}/apply`);
      const fast = await post(`/gk/${CODE}/apply`, { ...applicant, ...challengeOf(form.body) }, ip);
      expect(fast.status).toBe(400);
      expect(fast.body).toContain('提交过快');

      form = await get(`/gk/${CODE}/apply`);
      wait();
      const honey = await post(
        `/gk/${CODE}/apply`,
        { ...applicant, ...challengeOf(form.body), homepage: 'http://spam.example' },
        ip,
      );
      expect(honey.status).toBe(400);

      // a token of another township's form is not accepted here
      form = await get(`/gk/${OTHER}/apply`);
      wait();
      const elsewhere = await post(`/gk/${CODE}/apply`, { ...applicant, ...challengeOf(form.body) }, ip);
      expect(elsewhere.status).toBe(400);

      // a solved form is good for one post: sending it again (from anywhere) is refused
      form = await get('/gk/apply/status');
      wait();
      const once = {
        receiptNo: 'YSQ20261116-99999',
        code: 'ABCDEFGHJK',
        homepage: '',
        ...challengeOf(form.body),
      };
      expect((await post('/gk/apply/status', once, nextIp())).status).toBe(200);
      const replay = await post('/gk/apply/status', once, nextIp());
      expect(replay.status).toBe(400);
      expect(replay.body).toContain('该表单已经提交过');

      // five posts so far from this address; the sixth passes, the seventh is refused however good
      form = await get(`/gk/${CODE}/apply`);
      wait();
      const sixth = await post(`/gk/${CODE}/apply`, { ...applicant, ...challengeOf(form.body) }, ip);
      expect(sixth.status).toBe(201);
      form = await get(`/gk/${CODE}/apply`);
      wait();
      const seventh = await post(`/gk/${CODE}/apply`, { ...applicant, ...challengeOf(form.body) }, ip);
      expect(seventh.status).toBe(429);
      expect(seventh.body).toContain('您提交过于频繁');
      expect(await requestCount()).toBe(before + 1);
      const refusals = await t.app.db.k
        .selectFrom('auditEvent')
        .select('action')
        .where('action', 'in', ['portal.refused', 'portal.rate_limited'])
        .where('clientIp', '=', ip)
        .execute();
      expect(refusals.length).toBe(6);
      // the address itself is not kept by the counter
      const buckets = await t.app.db.k.selectFrom('rateCounter').select('key').execute();
      expect(buckets.some((b) => b.key.startsWith('portal|'))).toBe(true);
      expect(buckets.some((b) => b.key.includes(ip))).toBe(false);
    });

    describe('decision comments', () => {
      const ids: Record<string, number> = {};
      const decision = async (orgId: number, title: string, extra: Record<string, unknown>) =>
        (
          await t.app.db.k
            .insertInto('decision')
            .values({
              orgId,
              title,
              state: 'consulting',
              startedOn: '2026-10-01',
              category: 'project',
              sponsor: '镇党政综合办公室',
              summary: '草案全文及起草说明。',
              commentFrom: '2026-11-01',
              commentDays: 30,
              commentUntil: '2026-12-01',
              createdAt: STAMP,
              createdBy: null,
              updatedAt: STAMP,
              ...extra,
            } as never)
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      const commentCount = async () =>
        Number(
          (
            await t.app.db.k
              .selectFrom('decisionComment')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );

      beforeAll(async () => {
        ids.open = await decision(town, '青石镇集镇污水管网改造项目', {});
        ids.closed = await decision(town, '青石镇农贸市场迁建方案', {
          state: 'drafting',
          commentFrom: '2026-08-01',
          commentUntil: '2026-09-01',
        });
        ids.draft = await decision(town, '尚未公开的决策草案', {
          state: 'drafting',
          commentFrom: null,
          commentUntil: null,
        });
        ids.other = await decision(other, '城关镇老旧小区改造计划', {});
      });

      it('lists the township’s public decisions only', async () => {
        const list = await get(`/gk/${CODE}/decisions`);
        expect(list.status).toBe(200);
        expect(list.body).toContain('青石镇集镇污水管网改造项目');
        expect(list.body).toContain('正在公开征求意见');
        expect(list.body).toContain('青石镇农贸市场迁建方案');
        expect(list.body).not.toContain('尚未公开的决策草案');
        expect(list.body).not.toContain('城关镇老旧小区改造计划');
        expect((await get(`/gk/${CODE}/decisions/${ids.other}`)).status).toBe(404);
        expect((await get(`/gk/${CODE}/decisions/${ids.draft}`)).status).toBe(404);
        // the portal's search finds a public decision, never a draft
        await syncPortal(t.app.db.k, t.app.clock.today(), t.app.clock.now().toISOString(), {
          orgId: town,
          rehash: new Set(),
        });
        const found = await get(`/gk/search?q=${encodeURIComponent('污水管网')}`);
        expect(found.body).toContain(`/gk/${CODE}/decisions/${ids.open}`);
        const none = await get(`/gk/search?q=${encodeURIComponent('尚未公开的决策')}`);
        expect(none.body).not.toContain(`/decisions/${ids.draft}`);
      });

      it('keeps a comment pending until the clerk accepts it, then shows it (name masked)', async () => {
        const url = `/gk/${CODE}/decisions/${ids.open}`;
        const page = await get(url);
        expect(page.body).toContain('提交意见');
        wait();
        const text = '建议在施工期间设置临时便道，方便沿街商户经营。';
        const sent = await post(
          url,
          {
            commenterName: '刘建国',
            commenterPhone: PHONE,
            content: text,
            homepage: '',
            ...challengeOf(page.body),
          },
          nextIp(),
        );
        expect(sent.status).toBe(201);
        expect(sent.body).toContain('意见已提交');
        const row = await t.app.db.k
          .selectFrom('decisionComment')
          .selectAll()
          .where('decisionId', '=', ids.open)
          .executeTakeFirstOrThrow();
        expect(row).toMatchObject({
          state: 'received',
          channel: 'portal',
          orgId: town,
          receivedOn: TEST_TODAY,
        });
        expect(row.commenterPhone).not.toContain(PHONE);
        expect((await get(url)).body).not.toContain(text);

        const clerk = await t.login('qingshi.clerk');
        const accepted = await clerk.post(
          `/api/ledgers/decisions/comment/${row.id}/transitions/accept_comment`,
          {
            fields: {},
          },
        );
        expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
        const shown = await get(url);
        expect(shown.body).toContain(text);
        expect(shown.body).toContain('刘*国');
        expect(shown.body).not.toContain('刘建国');
        expect(shown.body).not.toContain('采纳情况：');

        // 采纳情况 shows once answered, made public, and the decision published
        await t.app.db.k
          .updateTable('decisionComment')
          .set({ state: 'published', adoption: 'partial', replyText: '已在施工方案中增加临时便道。' })
          .where('id', '=', row.id)
          .execute();
        expect((await get(url)).body).not.toContain('采纳情况：部分采纳');
        await t.app.db.k
          .updateTable('decision')
          .set({ publishedOn: '2026-11-16' })
          .where('id', '=', ids.open)
          .execute();
        expect((await get(url)).body).toContain('采纳情况：部分采纳');
      });

      it('refuses comments politely on a closed period, storing nothing', async () => {
        const url = `/gk/${CODE}/decisions/${ids.closed}`;
        const page = await get(url);
        expect(page.body).not.toContain('提交意见');
        expect(page.body).toContain('公开征求意见期间已经结束');
        const before = await commentCount();
        const res = await post(url, { content: '迟到的意见，请予考虑。', homepage: '' }, nextIp());
        expect(res.status).toBe(409);
        expect(res.body).toContain('暂不接收新的意见');
        expect(await commentCount()).toBe(before);
      });

      it('refuses a comment without the challenge, storing nothing', async () => {
        const before = await commentCount();
        const res = await post(
          `/gk/${CODE}/decisions/${ids.open}`,
          { content: '没有验证的意见内容。' },
          nextIp(),
        );
        expect(res.status).toBe(400);
        expect(res.body).toContain('没有验证的意见内容。');
        expect(await commentCount()).toBe(before);
      });
    });
  });
}
