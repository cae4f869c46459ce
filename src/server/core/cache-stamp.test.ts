// Process-local caches across processes: two connections to one database stand for two app
// processes. The calendar a process caches is answered again while the database's stamp is
// unchanged, and given up as soon as another process changes the calendar and renews the stamp.
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { openDb } from '../db/connect.ts';
import { readStamp, renewStamp, stampedCache } from './cache-stamp.ts';
import { addCalendarYear, loadCalendar, loadCalendarYears } from './calendar.ts';
import { auditKeyFor } from './keys.ts';

const TODAY = '2026-12-20';

const year = (y: number, holiday: string) => ({
  year: y,
  source: '测试用安排',
  holidays: [
    { date: `${y}-01-01`, name: '元旦' },
    { date: holiday, name: '测试假日' },
  ],
  workdays: [],
});

describeEachDialect('cache stamps across processes', (ctx) => {
  it('keeps a calendar while the stamp stands and reloads it when another process adds a year', async () => {
    const { target, dataDir } = ctx();
    const a = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
    const b = openDb(target, { auditKey: auditKeyFor({ dataDir }) });
    try {
      const first = await loadCalendar(b, TODAY);
      expect(first.isProvisional(2027)).toBe(true);
      expect(await loadCalendar(b, TODAY)).toBe(first); // answered from the cache

      // a row written without renewing the stamp (what a hand-made change would be) is not seen:
      // the cache is what answers, and the stamp is what releases it
      const stamp = await readStamp(a.k, 'calendar');
      expect(stamp).toMatch(/\S/);
      await a.k
        .insertInto('calendarYear')
        .values({
          year: 2027,
          source: '测试',
          dataJson: JSON.stringify(year(2027, '2027-01-19')),
          createdBy: null,
          createdAt: '2026-12-20T00:00:00Z',
        })
        .execute();
      expect((await loadCalendar(b, TODAY)).covers(2027)).toBe(false);

      await a.k.transaction().execute((tx) => renewStamp(tx, 'calendar'));
      expect(await readStamp(b.k, 'calendar')).not.toBe(stamp);
      const second = await loadCalendar(b, TODAY);
      expect(second.covers(2027)).toBe(true);
      expect(second.isWorkingDay('2027-01-19')).toBe(false);
      expect((await loadCalendarYears(b.k)).map((y) => y.year)).toContain(2027);

      // the sysadmin's command renews the stamp in its own transaction
      await addCalendarYear(a, null, year(2028, '2028-01-18'), TODAY);
      const third = await loadCalendar(b, '2027-12-20');
      expect(third.covers(2028)).toBe(true);
      expect(third.isWorkingDay('2028-01-18')).toBe(false);
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  it('does not keep a stamp renewed in a transaction that rolled back', async () => {
    const { db } = ctx();
    const before = await readStamp(db.k, 'calendar');
    await expect(
      db.k.transaction().execute(async (tx) => {
        await renewStamp(tx, 'calendar');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await readStamp(db.k, 'calendar')).toBe(before);
  });
});

it('a stamped cache holds a bounded number of entries, oldest out first', () => {
  const c = stampedCache<number>(2);
  c.set('a', 1);
  c.set('b', 2);
  c.set('c', 3);
  expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([undefined, 2, 3]);
});
