// The study ledger on both dialects: records, validation, indicators on empty and seeded data, the
// organisation scope, and the demo seeds.
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import { systemActor } from '../../core/actor.ts';
import { createPii } from '../../core/pii.ts';
import { loadDemo } from '../../demo/seed.ts';
import { AppError } from '../../errors.ts';
import { listRecords } from '../list.ts';
import { createRecord, type LedgerRuntime, loadRecord, updateRecord } from '../store.ts';
import { studyLedger } from './index.ts';

const [sessionType, examType] = studyLedger.recordTypes;
const calendar = createCalendar(shippedYears);
const indicator = (id: string) => {
  const def = studyLedger.indicators.find((i) => i.id === id);
  if (!def) throw new Error(id);
  return def;
};

describeEachDialect('study ledger', (ctx) => {
  const runtime = (): LedgerRuntime => ({
    pii: createPii({ dataDir: ctx().dataDir }),
    calendar,
    today: '2026-11-20',
  });

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of studyLedger.indicators) {
      expect(await def.compute(ctx().db.k, ['/'], 2025)).toBe(0);
      expect((await def.drill(ctx().db.k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('records sessions and exams and counts them by kind, year and subtree', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '学法');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const rt0 = runtime();
    const add = (rt: typeof sessionType, v: Record<string, unknown>) =>
      inTx(db.k, (tx) => createRecord(tx, clerk.actor, studyLedger, rt, v, rt0));
    const s = (kind: string, heldOn: string, attendees: number, orgId = tree.town.id) =>
      add(sessionType, { topic: '学习《中华人民共和国行政复议法》', orgId, heldOn, kind, attendees });
    await s('center_group', '2025-03-12', 12);
    await s('pre_meeting', '2025-04-08', 10);
    await s('court', '2025-06-18', 15, tree.village.id);
    await s('lecture', '2025-05-20', 60);
    await s('training', '2025-07-09', 80);
    await s('training', '2025-09-16', 45);
    await s('center_group', '2024-12-30', 12); // another year
    const exam = await add(examType, {
      title: '2025年度学法考试',
      orgId: tree.town.id,
      heldOn: '2025-11-12',
      form: 'online',
      takers: 48,
      passed: 47,
    });
    await add(examType, {
      title: '补考',
      orgId: tree.village.id,
      heldOn: '2025-12-02',
      form: 'closed',
      takers: 2,
      passed: 2,
    });

    const paths = [tree.town.path];
    const value = (id: string, p = paths) => indicator(id).compute(db.k, p, 2025);
    expect(await value('study.sessions')).toBe(3);
    expect(await value('study.lectures')).toBe(1);
    expect(await value('study.trainings')).toBe(2);
    expect(await value('study.trainees')).toBe(125);
    expect(await value('study.exam_takers')).toBe(50);
    expect(await value('study.exam_passed')).toBe(49);
    expect(await value('study.exam_pass_rate')).toBe(98);
    expect(await value('study.sessions', [tree.village.path])).toBe(1);
    expect(await value('study.sessions', [tree.sibling.path])).toBe(0);
    const drill = await indicator('study.exam_pass_rate').drill(db.k, paths, 2025);
    expect(drill.type).toBe('exam');
    expect(drill.ids[0]).toBe(exam.id);
    expect(drill.ids).toHaveLength(2);

    const listed = await listRecords(
      db.k,
      clerk.actor,
      studyLedger,
      sessionType,
      { page: 1, pageSize: 50, from: '2025-01-01', to: '2025-12-31' },
      rt0.pii,
    );
    expect(listed.total).toBe(6);
    expect(listed.items[0].stateLabel).toBe('已登记');
    expect(listed.items.find((i) => i.fields.kind === 'court')?.display.kind).toBe('旁听庭审');
  });

  it('refuses more passed than takers, and a change of one count without the other', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '考试');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const rt0 = runtime();
    const bad = inTx(db.k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        studyLedger,
        examType,
        {
          title: '学法考试',
          orgId: tree.town.id,
          heldOn: '2025-11-12',
          form: 'online',
          takers: 10,
          passed: 11,
        },
        rt0,
      ),
    );
    await expect(bad).rejects.toMatchObject({
      status: 400,
      extra: { fields: { passed: '合格人数不能多于参考人数' } },
    });
    const ok = await inTx(db.k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        studyLedger,
        examType,
        {
          title: '学法考试',
          orgId: tree.town.id,
          heldOn: '2025-11-12',
          form: 'online',
          takers: 10,
          passed: 9,
        },
        rt0,
      ),
    );
    const half = inTx(db.k, (tx) =>
      updateRecord(tx, clerk.actor, studyLedger, examType, ok.id, { passed: 10 }, rt0),
    );
    await expect(half).rejects.toMatchObject({
      status: 400,
      extra: { fields: { passed: '参考人数和合格人数应当一并填写' } },
    });
    const both = await inTx(db.k, (tx) =>
      updateRecord(tx, clerk.actor, studyLedger, examType, ok.id, { takers: 12, passed: 12 }, rt0),
    );
    expect(both.passed).toBe(12);
  });

  it('denies another township: no reading, no writing into it', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '越权');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const other = await makeUser(db.k, tree.sibling.id, ['clerk', 'leader']);
    const rt0 = runtime();
    const row = await inTx(db.k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        studyLedger,
        sessionType,
        { topic: '会前学法', orgId: tree.town.id, heldOn: '2025-03-03', kind: 'pre_meeting', attendees: 9 },
        rt0,
      ),
    );
    await expect(loadRecord(db.k, other.actor, studyLedger, sessionType, row.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      inTx(db.k, (tx) =>
        updateRecord(tx, other.actor, studyLedger, sessionType, row.id, { attendees: 1 }, rt0),
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      inTx(db.k, (tx) =>
        createRecord(
          tx,
          other.actor,
          studyLedger,
          sessionType,
          { topic: '会前学法', orgId: tree.town.id, heldOn: '2025-03-03', kind: 'pre_meeting', attendees: 9 },
          rt0,
        ),
      ),
    ).rejects.toMatchObject({ status: 400, extra: { fields: { orgId: '所选机构不在您的管辖范围内' } } });
    const listed = await listRecords(
      db.k,
      other.actor,
      studyLedger,
      sessionType,
      { page: 1, pageSize: 10 },
      rt0.pii,
    );
    expect(listed.total).toBe(0);
    // A mediator reads but may not write.
    const mediator = await makeUser(db.k, tree.town.id, ['mediator']);
    await expect(
      inTx(db.k, (tx) =>
        createRecord(
          tx,
          mediator.actor,
          studyLedger,
          sessionType,
          { topic: '学法', orgId: tree.town.id, heldOn: '2025-03-03', kind: 'pre_meeting', attendees: 9 },
          rt0,
        ),
      ),
    ).rejects.toBeInstanceOf(AppError);
  });
});

describeEachDialect('study ledger demo seeds', (ctx) => {
  it('seeds every township for last year and this year to date, deterministically', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const today = '2026-11-21';
    await inTx(db.k, (tx) =>
      studyLedger.seeds!({
        ledger: studyLedger,
        tx,
        pii: createPii({ dataDir }),
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today,
        dataDir,
      }),
    );
    const county = await db.k
      .selectFrom('org')
      .select('path')
      .where('kind', '=', 'county')
      .executeTakeFirstOrThrow();
    const value = (id: string, year: number) => indicator(id).compute(db.k, [county.path], year);
    // Seven townships: about ten 中心组学法 and ten 会前学法 each a year.
    expect(await value('study.sessions', 2025)).toBeGreaterThan(7 * 15);
    expect(await value('study.lectures', 2025)).toBeGreaterThanOrEqual(14);
    expect(await value('study.trainings', 2025)).toBeGreaterThanOrEqual(14);
    expect(await value('study.exam_takers', 2025)).toBeGreaterThan(7 * 30);
    const rate = await value('study.exam_pass_rate', 2025);
    expect(rate).toBeGreaterThan(95);
    expect(rate).toBeLessThanOrEqual(100);
    const late = await db.k.selectFrom('studySession').select('heldOn').where('heldOn', '>', today).execute();
    expect(late).toEqual([]);
    const sessions = await db.k.selectFrom('studySession').select(['heldOn']).execute();
    for (const s of sessions) expect(calendar.isWorkingDay(s.heldOn)).toBe(true);
    const audit = await db.k
      .selectFrom('auditEvent')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('action', '=', 'study.create')
      .executeTakeFirstOrThrow();
    const rows = (
      await db.k
        .selectFrom('studySession')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const exams = (
      await db.k
        .selectFrom('studyExam')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(audit.n)).toBe(Number(rows) + Number(exams));
    expect(systemActor.system).toBe(true);
  });
});

describe('study ledger manifest', () => {
  it('uses catalogue indicators only, each once', () => {
    const ids = studyLedger.indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('study.exam_passed');
  });
});
