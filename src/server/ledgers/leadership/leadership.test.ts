// The leadership ledger on both dialects: records, validation, indicators on empty and seeded data,
// the organisation scope, and the demo seeds.
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import { createPii } from '../../core/pii.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import { loadDemo } from '../../demo/seed.ts';
import { listRecords } from '../list.ts';
import { createRecord, type LedgerRuntime, loadRecord, updateRecord } from '../store.ts';
import { leadershipLedger } from './index.ts';

const [meetingType, shufaType] = leadershipLedger.recordTypes;
const calendar = createCalendar(shippedYears);
const indicator = (id: string) => {
  const def = leadershipLedger.indicators.find((i) => i.id === id);
  if (!def) throw new Error(id);
  return def;
};

describeEachDialect('leadership ledger', (ctx) => {
  const runtime = (): LedgerRuntime => ({
    pii: createPii({ dataDir: ctx().dataDir }),
    calendar,
    today: '2026-11-20',
  });

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of leadershipLedger.indicators) {
      expect(await def.compute(ctx().db.k, ['/'], 2025)).toBe(0);
      expect((await def.drill(ctx().db.k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('records meetings and 述法 and counts them by year and subtree', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '履职');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const rt0 = runtime();
    const m = (heldOn: string, subject: string, orgId = tree.town.id) =>
      inTx(db.k, (tx) =>
        createRecord(
          tx,
          clerk.actor,
          leadershipLedger,
          meetingType,
          {
            topic: '研究法治建设工作',
            orgId,
            heldOn,
            kind: 'party_committee',
            chair: '镇党委书记 张某',
            subject,
            decisions: '明确责任分工',
          },
          rt0,
        ),
      );
    const first = await m('2025-03-10', 'briefing');
    await m('2025-04-16', 'studied');
    await m('2025-08-12', 'studied', tree.village.id);
    await m('2024-12-30', 'studied'); // another year
    const shufa = await inTx(db.k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        leadershipLedger,
        shufaType,
        {
          speaker: '张某',
          post: '镇党委书记',
          orgId: tree.town.id,
          heldOn: '2025-02-21',
          venue: 'county_committee',
          summary: '报告履行推进法治建设第一责任人职责情况',
        },
        rt0,
      ),
    );
    const value = (id: string, paths = [tree.town.path]) => indicator(id).compute(db.k, paths, 2025);
    expect(await value('leadership.meetings')).toBe(3);
    expect(await value('leadership.meetings', [tree.village.path])).toBe(1);
    expect(await value('leadership.meetings', [tree.sibling.path])).toBe(0);
    expect(await value('leadership.shufa')).toBe(1);
    const drill = await indicator('leadership.meetings').drill(db.k, [tree.town.path], 2025);
    expect(drill).toMatchObject({ type: 'meeting' });
    expect(drill.ids[0]).toBe(first.id);
    expect((await indicator('leadership.shufa').drill(db.k, [tree.town.path], 2025)).ids).toEqual([shufa.id]);

    const listed = await listRecords(
      db.k,
      clerk.actor,
      leadershipLedger,
      meetingType,
      { page: 1, pageSize: 50, from: '2025-01-01', to: '2025-12-31' },
      rt0.pii,
    );
    expect(listed.total).toBe(3);
    expect(listed.items[0].stateLabel).toBe('已登记');
    expect(listed.items.find((i) => i.id === first.id)?.display.subject).toBe('听取法治政府建设工作汇报');
  });

  it('refuses missing and unknown values with Chinese messages, and another township', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '述法');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const other = await makeUser(db.k, tree.sibling.id, ['clerk', 'leader']);
    const rt0 = runtime();
    const bad = inTx(db.k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        leadershipLedger,
        shufaType,
        {
          speaker: '张某',
          post: '',
          orgId: tree.town.id,
          heldOn: '2025-02-21',
          venue: 'banquet',
          summary: '述法',
        },
        rt0,
      ),
    );
    await expect(bad).rejects.toMatchObject({ status: 400, extra: { fields: { post: '不能为空' } } });
    const row = await inTx(db.k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        leadershipLedger,
        shufaType,
        {
          speaker: '张某',
          post: '镇长',
          orgId: tree.town.id,
          heldOn: '2025-12-20',
          venue: 'year_end',
          summary: '述法',
        },
        rt0,
      ),
    );
    await expect(loadRecord(db.k, other.actor, leadershipLedger, shufaType, row.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      inTx(db.k, (tx) =>
        updateRecord(tx, other.actor, leadershipLedger, shufaType, row.id, { post: '镇长' }, rt0),
      ),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describeEachDialect('leadership ledger demo seeds', (ctx) => {
  it('seeds five to seven meetings and a 述法 a year in every township, on working days up to today', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const today = '2026-11-21';
    await inTx(db.k, (tx) =>
      leadershipLedger.seeds!({
        ledger: leadershipLedger,
        tx,
        pii: createPii({ dataDir }),
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir,
      }),
    );
    for (const t of DEMO_TOWNSHIPS) {
      const org = await db.k
        .selectFrom('org')
        .select('path')
        .where('code', '=', t.code)
        .executeTakeFirstOrThrow();
      for (const year of [2025, 2026]) {
        const meetings = await indicator('leadership.meetings').compute(db.k, [org.path], year);
        // five to seven in a whole year; this year runs only to 21 November
        expect(meetings, `${t.name} ${year}`).toBeGreaterThanOrEqual(year === 2025 ? 5 : 3);
        expect(meetings, `${t.name} ${year}`).toBeLessThanOrEqual(7);
        expect(await indicator('leadership.shufa').compute(db.k, [org.path], year)).toBeGreaterThanOrEqual(1);
      }
    }
    const meetings = await db.k.selectFrom('leadershipMeeting').select(['heldOn', 'chair']).execute();
    const shufa = await db.k.selectFrom('leadershipShufa').select(['heldOn']).execute();
    for (const r of [...meetings, ...shufa]) {
      expect(r.heldOn <= today).toBe(true);
      expect(calendar.isWorkingDay(r.heldOn)).toBe(true);
    }
    expect(meetings.every((r) => /(?:书记|长|主任) \S+$/.test(r.chair))).toBe(true);
    const audit = await db.k
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'leadership.create')
      .executeTakeFirstOrThrow();
    expect(Number(audit.n)).toBe(meetings.length + shufa.length);
  });
});

describe('leadership ledger manifest', () => {
  it('computes the catalogue indicators of its ledger, each once', () => {
    expect(leadershipLedger.indicators.map((i) => i.id)).toEqual(['leadership.meetings', 'leadership.shufa']);
  });
});
