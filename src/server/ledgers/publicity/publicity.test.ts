// The publicity ledger on both dialects: activities with several themes, the 法律明白人 roster at
// the end of a year, indicators on empty and seeded data, masking, the organisation scope, seeds.
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser } from '../../../../test/factories.ts';
import { createCalendar, shippedYears } from '../../../shared/calendar/index.ts';
import { createPii } from '../../core/pii.ts';
import { loadDemo } from '../../demo/seed.ts';
import { listRecords } from '../list.ts';
import { createRecord, type LedgerRuntime, loadRecord } from '../store.ts';
import { runTransition } from '../workflow.ts';
import { publicityLedger } from './index.ts';

const [activityType, liaisonType, dutyType] = publicityLedger.recordTypes;
const calendar = createCalendar(shippedYears);
const indicator = (id: string) => {
  const def = publicityLedger.indicators.find((i) => i.id === id);
  if (!def) throw new Error(id);
  return def;
};

describeEachDialect('publicity ledger', (ctx) => {
  const runtime = (): LedgerRuntime => ({
    pii: createPii({ dataDir: ctx().dataDir }),
    calendar,
    today: '2026-11-20',
  });

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of publicityLedger.indicators) {
      expect(await def.compute(ctx().db.k, ['/'], 2025)).toBe(0);
      expect((await def.drill(ctx().db.k, ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('records activities, the roster and the responsibility list, and counts them', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '普法');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const rt0 = runtime();
    const add = (rt: typeof activityType, v: Record<string, unknown>) =>
      inTx(db.k, (tx) => createRecord(tx, clerk.actor, publicityLedger, rt, v, rt0));
    const a = await add(activityType, {
      title: '“12·4”国家宪法日集中宣传',
      orgId: tree.town.id,
      heldOn: '2025-12-04',
      kind: 'campaign',
      venue: 'organ',
      keyDate: '1204',
      themeConstitution: true,
      themeCivilCode: true,
      audience: 300,
      materials: 500,
      banners: 4,
      consultations: 20,
    });
    await add(activityType, {
      title: '法治进校园讲座',
      orgId: tree.village.id,
      heldOn: '2025-06-26',
      kind: 'lecture',
      venue: 'school',
      themeAntiDrug: true,
      audience: 200,
      materials: 100,
    });
    await add(activityType, {
      title: '公众号推送“反诈提醒”',
      orgId: tree.town.id,
      heldOn: '2025-07-01',
      kind: 'online',
      venue: 'online',
      onlinePosts: 1,
    });
    await add(activityType, {
      title: '上一年的宣讲',
      orgId: tree.town.id,
      heldOn: '2024-12-04',
      kind: 'talk',
      venue: 'village',
      audience: 50,
    });
    await add(dutyType, {
      unit: '综合行政执法办公室',
      orgId: tree.town.id,
      listedOn: '2025-03-03',
      laws: '《中华人民共和国行政处罚法》',
      duties: '执法中以案释法',
    });
    const l1 = await add(liaisonType, {
      name: '李明华',
      orgId: tree.village.id,
      phone: '13900002222',
      role: 'grid',
      appointedOn: '2025-04-01',
      trainedOn: '2025-04-15',
    });
    const l2 = await add(liaisonType, {
      name: '赵德福',
      orgId: tree.village.id,
      role: 'cadre',
      appointedOn: '2025-05-01',
    });
    await add(liaisonType, {
      name: '孙桂兰',
      orgId: tree.village.id,
      role: 'villager',
      appointedOn: '2026-01-10',
    });
    await runTransition(
      db,
      clerk.actor,
      publicityLedger,
      liaisonType,
      l2.id,
      'leave',
      { on: '2025-11-30', fields: { leftReason: '外出务工' } },
      rt0,
    );

    const p = [tree.town.path];
    const value = (id: string, y = 2025) => indicator(id).compute(db.k, p, y);
    expect(await value('publicity.events')).toBe(2);
    expect(await value('publicity.talks')).toBe(1);
    expect(await value('publicity.materials')).toBe(600);
    expect(await value('publicity.audience')).toBe(500);
    expect(await value('publicity.banners')).toBe(4);
    expect(await value('publicity.online_posts')).toBe(1);
    expect(await value('publicity.consultations')).toBe(20);
    // 31 Dec 2025: 李明华 on the roster, 赵德福 left in November, 孙桂兰 not yet confirmed.
    expect(await value('publicity.legal_liaisons')).toBe(1);
    expect(await value('publicity.legal_liaisons', 2024)).toBe(0);
    expect(await value('publicity.legal_liaisons', 2026)).toBe(2);
    expect((await indicator('publicity.legal_liaisons').drill(db.k, p, 2025)).ids).toEqual([l1.id]);
    expect((await indicator('publicity.banners').drill(db.k, p, 2025)).ids).toEqual([a.id]);
    expect(await indicator('publicity.events').compute(db.k, [tree.sibling.path], 2025)).toBe(0);

    const listed = await listRecords(
      db.k,
      clerk.actor,
      publicityLedger,
      liaisonType,
      { page: 1, pageSize: 10 },
      rt0.pii,
    );
    const row = listed.items.find((i) => i.id === l1.id)!;
    expect(row.fields.name).toBe('李*华');
    expect(row.fields.phone).toBe('139****2222');
    const acts = await listRecords(
      db.k,
      clerk.actor,
      publicityLedger,
      activityType,
      { page: 1, pageSize: 10, q: '宪法' },
      rt0.pii,
    );
    expect(acts.items.map((i) => i.id)).toEqual([a.id]);
    expect(acts.items[0].display.themeConstitution).toBe('是');
  });

  it('denies another township', async () => {
    const { db } = ctx();
    const tree = await makeTree(db.k, '越权普法');
    const clerk = await makeUser(db.k, tree.town.id, ['clerk']);
    const other = await makeUser(db.k, tree.sibling.id, ['clerk']);
    const rt0 = runtime();
    const l = await inTx(db.k, (tx) =>
      createRecord(
        tx,
        clerk.actor,
        publicityLedger,
        liaisonType,
        { name: '周海涛', orgId: tree.village.id, role: 'member', appointedOn: '2025-03-01' },
        rt0,
      ),
    );
    await expect(loadRecord(db.k, other.actor, publicityLedger, liaisonType, l.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      runTransition(
        db,
        other.actor,
        publicityLedger,
        liaisonType,
        l.id,
        'leave',
        { on: '2025-06-01', fields: { leftReason: '迁出' } },
        rt0,
      ),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      inTx(db.k, (tx) =>
        createRecord(
          tx,
          other.actor,
          publicityLedger,
          activityType,
          { title: '宣传', orgId: tree.town.id, heldOn: '2025-03-15', kind: 'campaign', venue: 'village' },
          rt0,
        ),
      ),
    ).rejects.toMatchObject({ status: 400 });
  });
});

describeEachDialect('publicity ledger demo seeds', (ctx) => {
  it('seeds every township with activities, the roster and the list', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    await inTx(db.k, (tx) =>
      publicityLedger.seeds!({
        ledger: publicityLedger,
        tx,
        pii: createPii({ dataDir }),
        calendar,
        orgIds: demo.orgIds,
        userIds: demo.userIds,
        today: '2026-11-21',
        dataDir,
      }),
    );
    const county = await db.k
      .selectFrom('org')
      .select('path')
      .where('kind', '=', 'county')
      .executeTakeFirstOrThrow();
    const value = (id: string) => indicator(id).compute(db.k, [county.path], 2025);
    expect(await value('publicity.events')).toBeGreaterThan(7 * 20);
    expect(await value('publicity.online_posts')).toBe(7 * 48);
    expect(await value('publicity.materials')).toBeGreaterThan(10_000);
    expect(await value('publicity.legal_liaisons')).toBeGreaterThan(60);
    const key = await db.k
      .selectFrom('publicityActivity')
      .select('heldOn')
      .where('keyDate', '=', '1204')
      .execute();
    expect(key.some((k) => k.heldOn === '2025-12-04')).toBe(true);
    expect(key.some((k) => k.heldOn === '2026-12-04')).toBe(false);
  }, 600_000);
});

describe('publicity ledger manifest', () => {
  it('keeps sensitive fields off the portal', () => {
    for (const rt of publicityLedger.recordTypes)
      for (const f of rt.fields) expect(f.portal && f.sensitive).toBeFalsy();
  });
});
