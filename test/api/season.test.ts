// The reporting season across the year end, on each dialect: clocks opened in December run into a
// year whose holiday arrangement is not published yet. They get provisional (暂定) due dates, the
// board stays green/yellow/red (never grey) on every day from December to January, everyone is told
// the arrangement is missing, and entering the year from a (fictional) notice recomputes them —
// audited, with the moved dates on the board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../app.ts';
import { dialects } from '../db.ts';

// A fictional 2027 arrangement for the test: 元旦 1月1日至3日, and 2027-01-04 (Monday) off as well,
// so a provisional due date of 2027-01-04 has to move.
const NOTICE_2027 = {
  year: 2027,
  source: '测试用：国务院办公厅关于2027年部分节假日安排的通知（虚构）',
  holidays: [
    { date: '2027-01-01', name: '元旦' },
    { date: '2027-01-02', name: '元旦' },
    { date: '2027-01-03', name: '元旦' },
    { date: '2027-01-04', name: '元旦' },
    ...['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'].map(
      (date) => ({ date, name: '春节' }),
    ),
  ],
  workdays: [{ date: '2027-02-13', name: '春节' }],
};

for (const dialect of dialects()) {
  describe(`the season across the year end [${dialect}]`, () => {
    let t: TestApp;
    let clerk: Client;
    let sysadmin: Client;
    let villageId: number;

    beforeAll(async () => {
      t = await createTestApp(dialect, { today: '2026-12-03' });
      clerk = await t.login('qingshi.clerk');
      sysadmin = await t.login('sysadmin');
      const orgs = (await clerk.get('/api/orgs')).body.items as Array<{ id: number; code: string }>;
      villageId = orgs.find((o) => o.code === '511099101201')!.id;
    });
    afterAll(async () => t?.close());

    const dispute = (title: string, acceptedOn: string) =>
      clerk.post('/api/ledgers/disputes/dispute', {
        title,
        orgId: villageId,
        acceptedOn,
        source: 'screening',
        category: 'neighbour',
        method: 'people',
        applicantName: '赵春生',
        respondentName: '钱秋实',
      });

    it('answers the public calculator with 暂定 dates for the unpublished year, and refuses beyond it', async () => {
      t.setToday('2026-12-03');
      const calendarDays = await t
        .anon()
        .get('/api/calendar/deadline?start=2026-12-20&days=15&unit=calendar');
      expect(calendarDays.status).toBe(200);
      expect(calendarDays.body).toMatchObject({ due: '2027-01-04', provisional: true });
      expect(calendarDays.body.explain).toContain(
        '2027年放假安排尚未发布，暂按法定节假日推算，发布后自动重新计算',
      );
      const working = await t.anon().get('/api/calendar/deadline?start=2026-12-10&days=20&unit=working');
      expect(working.body).toMatchObject({ due: '2027-01-08', provisional: true });
      const inYear = await t.anon().get('/api/calendar/deadline?start=2026-11-02&days=20&unit=working');
      expect(inYear.body.provisional).toBe(false);
      const far = await t.anon().get('/api/calendar/deadline?start=2028-03-01&days=5&unit=working');
      expect(far.status).toBe(422);
      expect(far.body.error.message).toMatch(/2028年/);
    });

    it('keeps every new clock computable on each day from December to January', async () => {
      const titles: string[] = [];
      for (const day of ['2026-12-03', '2026-12-20', '2026-12-31', '2027-01-04', '2027-01-29']) {
        t.setToday(day);
        const title = `跨年纠纷${day}`;
        const created = await dispute(title, day);
        expect(created.status).toBe(201);
        titles.push(title);
        const board = await clerk.get('/api/deadlines');
        expect(board.body.today).toBe(day);
        for (const seen of titles) {
          const card = board.body.items.find((c: { title: string; kind: string }) => c.title === seen);
          expect(card, `${seen} on ${day}`).toBeDefined();
          expect(card.colour, `${seen} on ${day}`).not.toBe('grey');
          expect(card.due).toMatch(/^2027-/);
          expect(card.provisional).toBe(true);
        }
        // The one opened today has its full 30 days: green.
        expect(board.body.items.find((c: { title: string }) => c.title === title).colour).toBe('green');
      }
    });

    it('tells the sysadmin and every board that 2027 is missing, from 1 November only', async () => {
      t.setToday('2026-10-20');
      const before = await sysadmin.get('/api/calendar/status');
      expect(before.body).toMatchObject({ nextYear: 2027, nextYearMissing: true, warn: false });
      t.setToday('2026-12-03');
      const admin = await sysadmin.get('/api/calendar/status');
      expect(admin.body).toMatchObject({ nextYear: 2027, nextYearMissing: true, warn: true });
      expect(admin.body.provisionalOpen).toBeGreaterThanOrEqual(5);
      expect(admin.body.message).toMatch(/2027年节假日安排尚未录入，\d+ 项期限暂按法定节假日推算/);
      const township = await clerk.get('/api/calendar/status');
      expect(township.body.provisionalOpen).toBeGreaterThanOrEqual(5);
      // Another township has no clocks of ours.
      const other = await (await t.login('baima.clerk')).get('/api/calendar/status');
      expect(other.body.provisionalOpen).toBe(0);
      expect(other.body.warn).toBe(true);
    });

    it('recomputes the provisional clocks when 2027 is entered, audited, and shows what moved', async () => {
      t.setToday('2026-12-05');
      // Accepted 2026-12-05: 30 days end on 2027-01-04, a provisional working Monday.
      const moving = await dispute('元旦后届满的纠纷', '2026-12-05');
      const beforeBoard = await clerk.get('/api/deadlines');
      const before = beforeBoard.body.items.find((c: { title: string }) => c.title === '元旦后届满的纠纷');
      expect(before).toMatchObject({ due: '2027-01-04', provisional: true, moved: null });

      const refused = await clerk.post('/api/calendar/years', NOTICE_2027);
      expect(refused.status).toBe(403);
      const added = await sysadmin.post('/api/calendar/years', NOTICE_2027);
      expect(added.status).toBe(201);
      expect(added.body.moved).toBeGreaterThanOrEqual(1);

      const board = await clerk.get('/api/deadlines');
      const after = board.body.items.find((c: { title: string }) => c.title === '元旦后届满的纠纷');
      expect(after).toMatchObject({ due: '2027-01-05', provisional: false });
      expect(after.moved).toMatchObject({ from: '2027-01-04', on: '2026-12-05' });
      expect(after.moved.note).toContain('由 2027-01-04 调整为 2027-01-05');
      expect(after.explain.join('\n')).not.toMatch(/暂定/);
      expect(board.body.items.every((c: { provisional?: boolean }) => !c.provisional)).toBe(true);

      const record = await clerk.get(`/api/ledgers/disputes/dispute/${moving.body.id}`);
      expect(record.body.deadlines[0]).toMatchObject({ due: '2027-01-05', provisional: false });

      const status = await sysadmin.get('/api/calendar/status');
      expect(status.body).toMatchObject({
        nextYearMissing: false,
        warn: false,
        provisionalOpen: 0,
        message: null,
      });

      const auditor = await t.login('auditor');
      const events = (await auditor.get('/api/audit?action=calendar.recompute_deadlines')).body.items;
      expect(events.length).toBe(1);
    });
  });
}
