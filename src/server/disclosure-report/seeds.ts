// The demo county's 政府信息公开工作年度报告 of the previous year, through the real workflow (open,
// 签发 by the leader, 报送 and 公开 by the clerk), dated in January as 第四十九条 asks: most townships
// on time, one published a few days late, one still drafting, and 青石镇 not begun in the system (its
// report is the one the walk-throughs write) — so the board, the county view and the portal have
// something true to show. A step whose date has not come yet is not taken.
import { notAfter } from '../core/clock.ts';
import type { Tx } from '../db/connect.ts';
import { demoActor } from '../demo/actors.ts';
import { DEMO_TOWNSHIPS } from '../demo/county.ts';
import { openDisclosureReport, runReportStep } from './workflow.ts';

/** (month-day) dates of 签发, 报送 and 公开 per township; a township absent is still drafting. */
const NOT_BEGUN = new Set(['qingshi']);
const PLAN: Record<string, { sign: string; submit: string; publish: string }> = {
  chengguan: { sign: '01-16', submit: '01-19', publish: '01-22' },
  dongcheng: { sign: '01-20', submit: '01-23', publish: '01-27' },
  baima: { sign: '01-21', submit: '01-26', publish: '01-29' },
  longquan: { sign: '01-27', submit: '01-30', publish: '02-04' },
  taoping: { sign: '01-23', submit: '01-28', publish: '01-30' },
};

export async function seedDisclosureReports(
  tx: Tx,
  ctx: {
    orgIds: ReadonlyMap<string, number>;
    userIds: ReadonlyMap<string, number>;
    today: string;
    /** The instant the demo is loaded: no step is stamped later. */
    now?: string;
  },
): Promise<void> {
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const day = (md: string) => {
    const d = `${year + 1}-${md}`;
    return d <= ctx.today ? d : null;
  };
  const stamp = (on: string) => notAfter(`${on}T02:30:00.000Z`, ctx.now);
  for (const t of DEMO_TOWNSHIPS) {
    const orgId = ctx.orgIds.get(t.code);
    if (orgId === undefined || NOT_BEGUN.has(t.pinyin)) continue;
    const org = await tx
      .selectFrom('org')
      .select(['id', 'name', 'kind', 'path'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    const actorOf = (role: 'clerk' | 'leader') =>
      demoActor(tx, ctx.userIds, t.pinyin, role, 'demo disclosure report');
    const clerk = await actorOf('clerk');
    const opened = day('01-08');
    if (!opened) continue;
    await openDisclosureReport(tx, clerk, org, year, stamp(opened));
    const plan = PLAN[t.pinyin];
    if (!plan) continue;
    const leader = await actorOf('leader');
    const steps = [
      [leader, 'sign', day(plan.sign)],
      [clerk, 'submit', day(plan.submit)],
      [clerk, 'publish', day(plan.publish)],
    ] as const;
    for (const [actor, step, on] of steps) {
      if (!on) break;
      await runReportStep(tx, actor, org, year, step, on, stamp(on));
    }
  }
}
