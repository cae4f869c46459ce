// The province benchmark's generator (bench/scale/province-data.ts) on both dialects: two generated
// townships, each two copies (this year's pair and two years back) of a demo township that holds a
// few records written through createRecord. Counts, organisation and account mapping, the search
// rows and the moved dates are checked; no timing.
import { expect, it } from 'vitest';
import { generateTownships, type ProvinceState, readTemplate } from '../../bench/scale/province-data.ts';
import { loadActor } from '../../src/server/core/actor.ts';
import { hashPassword } from '../../src/server/core/passwords.ts';
import { createPii } from '../../src/server/core/pii.ts';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from '../../src/server/demo/county.ts';
import { loadDemo } from '../../src/server/demo/seed.ts';
import { publicityLedger } from '../../src/server/ledgers/publicity/index.ts';
import { createRecord } from '../../src/server/ledgers/store.ts';
import { createCalendar, shippedYears } from '../../src/shared/calendar/index.ts';
import { describeEachDialect } from '../db.ts';
import { inTx } from '../factories.ts';

const TODAY = '2026-11-20';
const [activityType] = publicityLedger.recordTypes;

describeEachDialect('province generator', (ctx) => {
  it('copies a township into generated townships, scoped and moved in time', async () => {
    const { db, dataDir } = ctx();
    const demo = await loadDemo(db);
    const town = DEMO_TOWNSHIPS[0];
    const clerkId = demo.userIds.get(`${town.pinyin}.clerk`)!;
    const townId = demo.orgIds.get(town.code)!;
    const villageId = demo.orgIds.get(town.units[0].code)!;
    const runtime = { pii: createPii({ dataDir }), calendar: createCalendar(shippedYears), today: TODAY };
    for (const [title, orgId, heldOn] of [
      [`${town.name}宪法日集中宣传`, townId, '2025-12-04'],
      ['民法典进村入户', villageId, '2026-03-15'],
      ['“谁执法谁普法”宣讲', townId, '2026-06-01'],
    ] as const) {
      await inTx(db.k, async (tx) => {
        const actor = (await loadActor(tx, clerkId, null))!;
        await createRecord(
          tx,
          actor,
          publicityLedger,
          activityType,
          { title, orgId, heldOn, kind: 'campaign', venue: 'village', themeConstitution: true },
          runtime,
        );
      });
    }

    const template = await readTemplate(db, DEMO_COUNTY.code, TODAY);
    expect(template.townships.map((t) => t.code)).toEqual(DEMO_TOWNSHIPS.map((t) => t.code).sort());
    const tpl = template.townships.find((t) => t.code === town.code)!;
    expect(tpl.rows.get('publicity_activity')).toHaveLength(3);

    const state: ProvinceState = { counties: [], townships: [] };
    await generateTownships(db, template, state, {
      passwordHash: await hashPassword('Fazhi@Demo2026'),
      shifts: [0, -2],
      from: 0,
      to: 2,
    });
    expect(state.counties).toHaveLength(1);
    expect(state.townships).toHaveLength(2);
    const [g0, g1] = state.townships;
    // township i copies template township i (by code); the first is the one with records
    expect(template.townships[g0.templateIndex].code).toBe(town.code);

    const k = db.k;
    const subtree = async (orgId: number) => {
      const o = await k.selectFrom('org').select('path').where('id', '=', orgId).executeTakeFirstOrThrow();
      return (await k.selectFrom('org').select('id').where('path', 'like', `${o.path}%`).execute()).map(
        (r) => r.id,
      );
    };
    const orgs0 = await subtree(g0.orgId);
    expect(orgs0).toHaveLength(
      1 + town.units.length + town.units.reduce((s, u) => s + (u.grids?.length ?? 0), 0),
    );
    const rows = await k
      .selectFrom('publicityActivity')
      .select(['id', 'orgId', 'title', 'heldOn', 'createdBy'])
      .where('orgId', 'in', orgs0)
      .orderBy('heldOn')
      .execute();
    expect(rows.map((r) => r.heldOn)).toEqual([
      '2023-12-04',
      '2024-03-15',
      '2024-06-01',
      '2025-12-04',
      '2026-03-15',
      '2026-06-01',
    ]);
    // the township's name is the generated one, in the text too
    expect(rows.filter((r) => r.title.includes(g0.name))).toHaveLength(2);
    expect(rows.some((r) => r.title.includes(town.name))).toBe(false);
    // the writer is the generated township's clerk
    const clerk = await k
      .selectFrom('appUser')
      .select(['id', 'orgId'])
      .where('username', '=', g0.accounts.get('clerk')!)
      .executeTakeFirstOrThrow();
    expect(clerk.orgId).toBe(g0.orgId);
    expect(new Set(rows.map((r) => r.createdBy))).toEqual(new Set([clerk.id]));
    const roles = await k
      .selectFrom('roleAssignment')
      .select(['role', 'orgId'])
      .where('userId', '=', clerk.id)
      .execute();
    expect(roles).toEqual([{ role: 'clerk', orgId: g0.orgId }]);

    // one search row per copied record, at the record's organisation
    const search = await k
      .selectFrom('recordSearch')
      .select(['recordId', 'orgId', 'onDate'])
      .where('ledger', '=', 'publicity')
      .where('orgId', 'in', orgs0)
      .execute();
    expect(search).toHaveLength(6);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const s of search) {
      expect(byId.get(s.recordId)?.orgId).toBe(s.orgId);
      expect(byId.get(s.recordId)?.heldOn).toBe(s.onDate);
    }

    // the second township copies a template township without records: organisations and accounts only
    const orgs1 = await subtree(g1.orgId);
    expect(
      await k
        .selectFrom('publicityActivity')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('orgId', 'in', orgs1)
        .executeTakeFirstOrThrow(),
    ).toEqual({ n: 0 });
    // the template is untouched
    const tplOrgs = tpl.orgs.map((o) => o.id);
    expect(
      await k.selectFrom('publicityActivity').select('id').where('orgId', 'in', tplOrgs).execute(),
    ).toHaveLength(3);
    // the generated county's supervisor exists, with its role at the county
    const sup = await k
      .selectFrom('appUser')
      .innerJoin('roleAssignment', 'roleAssignment.userId', 'appUser.id')
      .select(['roleAssignment.role', 'roleAssignment.orgId'])
      .where('username', '=', state.counties[0].supervisor)
      .execute();
    expect(sup).toEqual([{ role: 'supervisor', orgId: state.counties[0].orgId }]);
    // a new record after generation gets a fresh id (sequences moved past the copies)
    const after = await inTx(db.k, async (tx) => {
      const actor = (await loadActor(tx, clerk.id, null))!;
      return createRecord(
        tx,
        actor,
        publicityLedger,
        activityType,
        { title: '新的宣传活动', orgId: g0.orgId, heldOn: '2026-11-01', kind: 'campaign', venue: 'village' },
        runtime,
      );
    });
    expect(after.id).toBeGreaterThan(Math.max(...rows.map((r) => r.id)));
  });
});
