// 从通知导入 through the API, on each dialect: the sysadmin pastes a State Council notice, gets the
// year back for confirmation (POST /api/calendar/years/parse), and adds it with the existing
// POST /api/calendar/years; a text that cannot be fully read is refused with 422 naming the line;
// nobody but the sysadmin may parse, and the CSRF token is required as for every write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../../src/shared/calendar/index.ts';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';
import { noticeFixture } from '../fixtures/calendar/notices.ts';

const PARSE = '/api/calendar/years/parse';

for (const dialect of dialects()) {
  describe(`calendar notice import API [${dialect}]`, () => {
    let t: TestApp;
    let sys: Client;

    beforeAll(async () => {
      t = await createTestApp(dialect);
      sys = await t.login('sysadmin');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('parses the 2027 notice for confirmation, then adds it with POST /calendar/years', async () => {
      const r = await sys.post(PARSE, { text: noticeFixture(2027) });
      expect(r.status).toBe(200);
      const expected = parseHolidayNotice(noticeFixture(2027));
      if (!expected.ok) throw new Error('fixture refused');
      expect(r.body.data).toEqual(expected.data);
      expect(r.body).toMatchObject({
        title: '国务院办公厅关于2027年部分节假日安排的通知',
        documentNumber: '国办发明电〔2026〕9号',
        publishedOn: '2026-11-06',
        otherYear: [],
        warnings: [],
        existing: null,
      });
      expect(r.body.data.source).toBe(
        '《国务院办公厅关于2027年部分节假日安排的通知》（国办发明电〔2026〕9号，2026年11月6日公布）',
      );

      // Parsing stores nothing.
      const before = await t.anon().get('/api/calendar/years');
      expect(before.body.items.map((y: { year: number }) => y.year)).not.toContain(2027);

      const added = await sys.post('/api/calendar/years', r.body.data);
      expect(added.status).toBe(201);
      const year = await t.anon().get('/api/calendar/years/2027');
      expect(year.status).toBe(200);
      expect(year.body.holidays).toEqual(expected.data.holidays);
      expect(year.body.workdays).toEqual(expected.data.workdays);
      expect(year.body.source).toBe(r.body.data.source);
      // One working day after 2027-02-04: the 春节 holidays and the Sunday are skipped.
      const due = await t.anon().get('/api/calendar/deadline?start=2027-02-04&days=1&unit=working');
      expect(due.body.due).toBe('2027-02-15');

      const again = await sys.post(PARSE, { text: noticeFixture(2027) });
      expect(again.status).toBe(200);
      expect(again.body.existing).toBe('added');
      expect((await sys.post('/api/calendar/years', again.body.data)).status).toBe(409);
    });

    it('says that a shipped year cannot be overwritten, and lists the dates of another year', async () => {
      const r = await sys.post(PARSE, { text: noticeFixture(2023) });
      expect(r.status).toBe(200);
      expect(r.body.existing).toBe('builtIn');
      expect(r.body.warnings).toEqual([]);
      expect(r.body.otherYear).toEqual([
        expect.objectContaining({ date: '2022-12-31', name: '元旦', kind: 'holiday', line: 5 }),
      ]);
      expect(r.body.data.note).toContain('2022-12-31');
      const add = await sys.post('/api/calendar/years', r.body.data);
      expect(add.status).toBe(409);
      expect(add.body.error.code).toBe('CALENDAR_YEAR_SHIPPED');
    });

    it('refuses with 422 and the line it could not read', async () => {
      const text = noticeFixture(2027).replace('4月3日（周六）', '4月3日（周五）');
      const r = await sys.post(PARSE, { text });
      expect(r.status).toBe(422);
      expect(r.body.error).toEqual({
        code: 'NOTICE_WEEKDAY_MISMATCH',
        message: expect.stringMatching(
          /^第8行“三、清明节：4月3日（周五）.*2027-04-03 是星期六，括号中写的是“周五”/,
        ),
        line: 8,
        lineText: '三、清明节：4月3日（周五）至5日（周一）放假，共3天。',
      });

      const count = await sys.post(PARSE, {
        text: noticeFixture(2027).replace('放假调休，共9天', '放假调休，共8天'),
      });
      expect(count.status).toBe(422);
      expect(count.body.error.code).toBe('NOTICE_DAY_COUNT_MISMATCH');
      expect(count.body.error.line).toBe(7);

      const unreadable = await sys.post(PARSE, {
        text: noticeFixture(2027).replace(
          '五、端午节：6月9日（周三）放假1天，不调休。',
          '端午节放假安排：6月9日休息一天',
        ),
      });
      expect(unreadable.status).toBe(422);
      expect(unreadable.body.error.code).toBe('NOTICE_LINE_UNREADABLE');
      expect(unreadable.body.error.message).toMatch(/^第10行“端午节放假安排：6月9日休息一天”无法识别/);

      const empty = await sys.post(PARSE, { text: '' });
      expect(empty.status).toBe(422);
      expect(empty.body.error).toMatchObject({ code: 'NOTICE_EMPTY', line: null, lineText: null });

      const mismatch = await sys.post(PARSE, { text: noticeFixture(2027), year: 2028 });
      expect(mismatch.status).toBe(422);
      expect(mismatch.body.error.code).toBe('NOTICE_YEAR_MISMATCH');
      expect(mismatch.body.error.message).toBe('粘贴的是2027年的通知，与要添加的2028年不一致');

      const prose = await sys.post(PARSE, {
        text: '国务院办公厅关于2028年部分节假日安排的通知\n节假日期间，请做好值班工作。',
      });
      expect(prose.status).toBe(422);
      expect(prose.body.error.code).toBe('NOTICE_NO_HOLIDAYS');

      const long = await sys.post(PARSE, { text: `${noticeFixture(2027)}\n${'字'.repeat(20_001)}` });
      expect(long.status).toBe(422);
      expect(long.body.error.code).toBe('NOTICE_TOO_LONG');
      expect(long.body.error.message).toBe('粘贴的文字超过 20000 字，请只粘贴通知本身');

      const missing = await sys.post(PARSE, {});
      expect(missing.status).toBe(400);
    });

    it('lets only the sysadmin parse, with the CSRF token', async () => {
      const text = noticeFixture(2027);
      for (const username of ['chengguan.clerk', 'secadmin', 'auditor', 'supervisor']) {
        const c = await t.login(username);
        const r = await c.post(PARSE, { text });
        expect(r.status, username).toBe(403);
        expect(r.body.error.code, username).toBe('FORBIDDEN');
        expect(r.body.error.message, username).toMatch(/[\u4e00-\u9fff]/);
      }
      expect((await t.anon().post(PARSE, { text })).status).toBe(401);
      const noCsrf = await t.login('sysadmin');
      noCsrf.csrf = null;
      const r = await noCsrf.post(PARSE, { text });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe('CSRF');
    });

    it('documents the route and its responses in the OpenAPI document', async () => {
      const doc = await t.anon().get('/api/docs/json');
      const op = doc.body.paths['/api/calendar/years/parse']?.post;
      expect(op).toBeDefined();
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '403', '422']));
    });
  });
}
