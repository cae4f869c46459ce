// The demo county's annual reports of the previous year, written through the real workflow (create
// from the ledgers, edit, review, sign, submit, publish) by each township's clerk and leader, so the
// county view has something true to show: most townships on time, one late, one signed but not yet
// submitted, one still drafting. Deterministic from `today`: a step whose date has not come yet is
// not taken.
import { formatChineseNumeral } from '../../shared/numerals.ts';
import { notAfter } from '../core/clock.ts';
import type { Tx } from '../db/connect.ts';
import { demoActor } from '../demo/actors.ts';
import { DEMO_TOWNSHIPS } from '../demo/county.ts';
import { AppError } from '../errors.ts';
import type { Draft } from './draft.ts';
import { loadRollupOrg } from './rollup.ts';
import {
  createReport,
  loadReport,
  loadVersion,
  runReportTransition,
  type SectionInput,
  saveDraft,
  type TransitionId,
} from './workflow.ts';

export type DemoOutcome = 'on_time' | 'late' | 'signed' | 'drafting';

export interface DemoReportPlan {
  township: string;
  outcome: DemoOutcome;
  /** Day the draft is created from the ledgers, and the day it is signed (null: not yet). */
  createOn: string;
  signOn: string | null;
  submitOn: string | null;
  publishOn: string | null;
}

/** Outcome and (month-day) dates per demo township, in DEMO_TOWNSHIPS order. */
const OUTCOMES: Record<string, { outcome: DemoOutcome; submit?: string; publish?: string }> = {
  chengguan: { outcome: 'on_time', submit: '02-16', publish: '03-20' },
  dongcheng: { outcome: 'on_time', submit: '02-24', publish: '03-25' },
  qingshi: { outcome: 'on_time', submit: '02-26', publish: '03-27' },
  baima: { outcome: 'on_time', submit: '02-27', publish: '03-30' },
  longquan: { outcome: 'late', submit: '03-09', publish: '04-08' },
  liuxi: { outcome: 'signed' },
  taoping: { outcome: 'drafting' },
};

/** The plan for the year before `today`: what each township has done by today. */
export function demoReportPlans(today: string): { year: number; plans: DemoReportPlan[] } {
  const year = Number(today.slice(0, 4)) - 1;
  const day = (md: string | undefined) => {
    const d = md ? `${year + 1}-${md}` : null;
    return d && d <= today ? d : null;
  };
  const plans = DEMO_TOWNSHIPS.flatMap((t): DemoReportPlan[] => {
    const o = OUTCOMES[t.pinyin];
    if (!o) return [];
    const createOn = day('01-08') ?? today;
    const signOn = o.outcome === 'drafting' ? null : day('02-10');
    const submitOn = signOn ? day(o.submit) : null;
    return [
      {
        township: t.pinyin,
        outcome: o.outcome,
        createOn,
        signOn,
        submitOn,
        publishOn: submitOn ? day(o.publish) : null,
      },
    ];
  });
  return { year, plans };
}

/**
 * What a clerk writes by hand for an area: in place of its 【待补充】 prompt when the ledgers hold no
 * records of it, after its figures when they do. 白马镇 wrote this
 * paragraph on its major decisions; 龙泉镇 copied it word for word, which the county view's
 * copying check is there to find.
 */
const DECISIONS_BY_HAND =
  '镇政府对重大行政决策实行目录管理，年初由党政办梳理涉及群众切身利益的事项，经党委会研究后向社会公布。' +
  '纳入目录的集镇道路改造、农村人居环境整治等事项，决策前均通过村民代表会议、村务公开栏和政务新媒体' +
  '公开征求意见，由法律顾问出具合法性审查意见，再提交镇政府常务会议集体讨论决定，会议记录和审查意见随决策一并归档。';

export const WRITTEN_BY_HAND: Readonly<Record<string, Partial<Record<string, string>>>> = {
  baima: { decisions: DECISIONS_BY_HAND },
  longquan: { decisions: DECISIONS_BY_HAND },
};

/**
 * The edit a clerk makes before review: an area the ledgers hold no records for gets the text the
 * clerk wrote for it (`written`, by area) or is left out of section 一 (it stays listed in section
 * 二); the subsections are numbered again, and the 【待补充】 prompts are gone (the checker refuses to
 * sign a report that still has them).
 */
export function withoutGaps(draft: Draft, written: Partial<Record<string, string>> = {}): SectionInput[] {
  const dropped = new Set(draft.gaps.map((g) => g.area).filter((a) => !written[a]));
  return draft.sections.map((s) => {
    let n = 0;
    const gapAreas = new Set(draft.gaps.map((g) => g.area));
    const kept = s.paragraphs
      .filter((p) => !(s.key === 'measures' && p.area && dropped.has(p.area)))
      .flatMap((p, i, all) => {
        if (p.kind === 'gap' && p.area && written[p.area])
          return [{ ...p, kind: 'body' as const, text: written[p.area] as string }];
        // an area with figures: what the clerk wrote follows them, after the area's last paragraph
        const area = p.area;
        const last = s.key === 'measures' && area && all[i + 1]?.area !== area;
        if (last && written[area] && !gapAreas.has(area))
          return [p, { kind: 'body' as const, text: written[area] as string, bindings: [], area }];
        return [p];
      })
      .filter((p) => p.kind !== 'gap');
    return {
      key: s.key,
      heading: s.heading,
      paragraphs: kept.map((p) => ({
        kind: p.kind,
        text:
          p.kind === 'heading2' ? p.text.replace(/^（[^）]+）/, `（${formatChineseNumeral(++n)}）`) : p.text,
        ...(p.area ? { area: p.area } : {}),
      })),
    };
  });
}

/** Creates the demo reports (called by the demo loader after the ledgers, in their transaction). */
export async function seedAnnualReports(
  tx: Tx,
  ctx: {
    orgIds: ReadonlyMap<string, number>;
    userIds: ReadonlyMap<string, number>;
    today: string;
    /** The instant the demo is loaded: no step is stamped later. */
    now?: string;
  },
): Promise<void> {
  const { year, plans } = demoReportPlans(ctx.today);
  for (const plan of plans) {
    const t = DEMO_TOWNSHIPS.find((x) => x.pinyin === plan.township);
    const orgId = t && ctx.orgIds.get(t.code);
    const org = orgId === undefined ? undefined : await loadRollupOrg(tx, orgId);
    const actorOf = (role: 'clerk' | 'leader') =>
      demoActor(tx, ctx.userIds, plan.township, role, 'demo annual report');
    if (!org) throw new Error(`demo annual report: no township ${plan.township}`);
    const clerk = await actorOf('clerk');
    const leader = await actorOf('leader');

    // Each step at its hour of its day (China time), never after the moment the demo is loaded.
    const stamp = (on: string, hourUtc: number) =>
      notAfter(`${on}T${String(hourUtc).padStart(2, '0')}:30:00.000Z`, ctx.now);
    let report = await createReport(tx, clerk, org, year, plan.createOn, stamp(plan.createOn, 1));
    const first = JSON.parse((await loadVersion(tx, report.id, 1)).contentJson) as Draft;
    await saveDraft(
      tx,
      clerk,
      org,
      report,
      withoutGaps(first, WRITTEN_BY_HAND[plan.township]),
      plan.createOn,
      {},
      stamp(plan.createOn, 3),
    );
    if (!plan.signOn) continue;
    report = (await loadReport(tx, org.id, year))!;
    const step = async (actor: typeof clerk, id: TransitionId, on: string, hourUtc: number) => {
      report = await runReportTransition(tx, actor, org, report, id, {
        on,
        today: ctx.today,
        at: stamp(on, hourUtc),
      });
    };
    await step(clerk, 'submit_review', plan.signOn, 1);
    await step(leader, 'approve', plan.signOn, 3);
    try {
      await step(leader, 'sign', plan.signOn, 6);
    } catch (e) {
      // The checker found an error in the drafted text: the report stays in review, as it would
      // for a real township, and the demo still loads (the county view shows the finding).
      if (e instanceof AppError && e.code === 'WORKFLOW_REFUSED') continue;
      throw e;
    }
    if (plan.submitOn) await step(leader, 'submit', plan.submitOn, 2);
    if (plan.publishOn) await step(clerk, 'publish', plan.publishOn, 2);
  }
}
