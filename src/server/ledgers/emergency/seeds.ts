// Demo emergency records for the fictional 清源县: deterministic (seeded PRNG), written through the
// ordinary commands (create, transitions, a refusal) in date order so that the audit trail, the
// workflow steps and the clocks are what real use would have produced. Each township keeps its
// 总体应急预案 of 2023 — evaluated, revised or now due for its three-yearly review — and makes or
// revises special plans in the flood, fire and work-safety seasons; it drills in the seasons the
// risks come (森林防火 in spring, 防汛 before the flood season, 5·12 防灾减灾日, 安全生产月, 11·9 消防日)
// and records the few events it handled, each reported upward, closed and evaluated.
import { Readable } from 'node:stream';
import { addDays } from '../../../shared/calendar/dates.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { storeAttachment } from '../../core/attachments.ts';
import { DEMO_TOWNSHIPS, type DemoTownship } from '../../demo/county.ts';
import type { RecordTypeDef, SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';
import {
  DRILLS,
  EVENTS,
  type EventSpec,
  HEADS_OF_DRAFTING,
  SPECIAL_PLANS,
  type SpecialPlan,
} from './seed-data.ts';

const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

type Who = 'clerk' | 'leader';
interface Step {
  on: string;
  /** Minutes after midnight, China time, of the step (orders the steps of a day). */
  slot: number;
  key: number;
  transition?: string;
  fields?: Record<string, unknown>;
  note?: string;
  /** A text file attached to the step (送审稿). */
  file?: string;
  by: Who;
}
interface Planned {
  key: number;
  township: DemoTownship;
  /** The township's 发文字号 prefix (城关街办发 …), numbered in the order documents are issued. */
  docPrefix?: string;
  rt: RecordTypeDef;
  values: Record<string, unknown>;
  id?: number;
}

export async function seedEmergency(ctx: SeedContext): Promise<void> {
  const [planType, drillType, eventType] = ctx.ledger.recordTypes;
  const year = Number(ctx.today.slice(0, 4));
  const cal = ctx.calendar;
  const workday = (d: string) => (cal.isWorkingDay(d) ? d : cal.nextWorkingDay(d));
  const planned: Planned[] = [];
  const steps: Step[] = [];
  let key = 0;
  const add = (
    township: DemoTownship,
    rt: RecordTypeDef,
    values: Record<string, unknown>,
    on: string,
    slot = 9 * 60,
    docPrefix?: string,
  ) => {
    const k = key++;
    planned.push({ key: k, township, rt, values, docPrefix });
    steps.push({ on, slot, key: k, by: 'clerk' });
    return k;
  };
  const step = (s: Step) => {
    if (s.on <= ctx.today) steps.push(s);
  };

  /** A plan from drafting to publication and filing; returns its publication day. */
  const planLife = (k: number, drafted: string, opts: { refuseOnce?: boolean; stopAt?: string }) => {
    const submitted = workday(addDays(drafted, 20));
    if (opts.refuseOnce)
      step({ on: submitted, slot: 9 * 60 + 10, key: k, transition: 'submit', by: 'clerk' });
    step({
      on: submitted,
      slot: 9 * 60 + 20,
      key: k,
      transition: 'submit',
      by: 'clerk',
      file: '送审稿及编制说明',
    });
    if (opts.stopAt === 'submitted') return null;
    const approved = workday(addDays(submitted, 9));
    step({
      on: approved,
      slot: 10 * 60 + 30,
      key: k,
      transition: 'approve',
      by: 'leader',
      fields: { approvedBy: '党政联席会议', approvedOn: approved },
    });
    const published = workday(addDays(approved, 5));
    step({
      on: published,
      slot: 15 * 60 + 40,
      key: k,
      transition: 'publish',
      by: 'clerk',
      fields: { docNumber: DOC_NUMBER, publishedOn: published, disclosed: true },
    });
    if (opts.stopAt === 'published') return published;
    const filed = workday(addDays(published, 8));
    step({
      on: filed,
      slot: 10 * 60 + 50,
      key: k,
      transition: 'file',
      by: 'clerk',
      fields: { filedOn: filed },
    });
    return published;
  };

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const rand = prng(0xe3e7 + ti * 104729);
    const townId = ctx.orgIds.get(t.code);
    if (townId === undefined) continue;
    const u = t.kind === 'street' ? '街道' : t.name.endsWith('乡') ? '乡' : '镇';
    const short = t.name.replace(/(街道|镇|乡)$/, '');
    const docPrefix = t.kind === 'street' ? `${short}街办发` : `${short}${u}府发`;
    const drafter = HEADS_OF_DRAFTING[t.kind === 'street' ? 1 : 0];

    // ── the 总体应急预案 of 2023 ────────────────────────────────────────────────────────────
    const overallDrafted = workday(`2023-${pad(ti % 3 === 0 ? 11 : 4)}-${pad(between(rand, 6, 20))}`);
    const overall = add(
      t,
      planType,
      {
        name: `${t.name}突发事件总体应急预案`,
        orgId: townId,
        planType: 'overall',
        category: null,
        draftedOn: overallDrafted,
        drafter,
        summary: `规定${t.name}突发事件应对的组织指挥体系与职责、风险防控、监测预警、应急处置与救援、恢复重建和保障措施。`,
      },
      overallDrafted,
      9 * 60,
      docPrefix,
    );
    const overallPublished = planLife(overall, overallDrafted, {})!;
    if (ti % 3 === 1) {
      // Revised in 2025 after the command structure changed (综合应急救援队伍 set up).
      const startOn = workday(`${year - 1}-03-${pad(between(rand, 3, 14))}`);
      step({
        on: startOn,
        slot: 9 * 60 + 30,
        key: overall,
        transition: 'start_revision',
        by: 'clerk',
        fields: { revisionReason: 'command_changed' },
      });
      const revised = workday(addDays(startOn, 55));
      step({
        on: revised,
        slot: 15 * 60 + 10,
        key: overall,
        transition: 'republish',
        by: 'clerk',
        fields: {
          lastRevisedOn: revised,
          revisionScope: 'major',
          docNumber: DOC_NUMBER,
          approvedBy: '党政联席会议',
          approvedOn: workday(addDays(revised, -4)),
        },
      });
      const refiled = workday(addDays(revised, 10));
      step({
        on: refiled,
        slot: 10 * 60 + 20,
        key: overall,
        transition: 'file',
        by: 'clerk',
        fields: { filedOn: refiled },
      });
    } else if (ti % 3 === 2 && ti !== 5) {
      // Published in the spring of 2023: evaluated in 2026 before its three years ran out.
      const evaluated = workday(addDays(overallPublished, 1095 - between(rand, 20, 40)));
      step({
        on: evaluated,
        slot: 16 * 60,
        key: overall,
        transition: 'evaluate',
        by: 'clerk',
        fields: { lastEvaluatedOn: evaluated, evaluationConclusion: 'valid' },
        note: '经评估，预案组织体系、处置程序与现行规定和本地风险相符，继续适用',
      });
    }
    // ti % 3 === 0: published at the end of 2023, its review falls due now (a yellow card);
    // ti === 5: its review is overdue (a red card).

    // ── special plans made in the previous year and this year ─────────────────────────────────
    const specials = SPECIAL_PLANS.filter((p) => p.forAll || rand() < 0.5).slice(0, 4);
    for (const [pi, sp] of specials.entries()) {
      const y = pi === specials.length - 1 ? year : year - 1;
      const drafted = workday(`${y}-${pad(sp.month)}-${pad(between(rand, 3, 18))}`);
      if (drafted > ctx.today) continue;
      const k = add(t, planType, specialValues(sp, t, townId, drafted, drafter), drafted, 9 * 60, docPrefix);
      const stopAt = y === year ? (ti % 2 === 0 ? 'submitted' : 'published') : undefined;
      planLife(k, drafted, { refuseOnce: pi === 1 && ti % 2 === 1, stopAt });
    }

    // ── drills ─────────────────────────────────────────────────────────────────────────────
    const villages = t.units.map((x) => ctx.orgIds.get(x.code)).filter((x): x is number => x !== undefined);
    for (const y of [year - 1, year]) {
      for (const d of DRILLS) {
        if (!d.forAll && rand() < 0.45) continue;
        const heldOn = workday(`${y}-${pad(d.month)}-${pad(between(rand, d.from ?? 3, d.to ?? 25))}`);
        if (heldOn > ctx.today) continue;
        const evaluated = rand() < 0.85;
        const orgId = d.village && villages.length > 0 ? pick(rand, villages) : townId;
        add(
          t,
          drillType,
          {
            title: `${y}年${d.title}`,
            orgId,
            heldOn,
            planName: d.plan === 'overall' ? `${t.name}突发事件总体应急预案` : `${t.name}${d.plan}`,
            form: d.form,
            category: d.category,
            participants: between(rand, d.people[0], d.people[1]),
            location: d.location,
            evaluated,
            findings: evaluated ? pick(rand, d.findings) : null,
            improvements: evaluated ? pick(rand, d.improvements) : null,
            note: null,
          },
          heldOn,
          16 * 60 + between(rand, 0, 50),
        );
      }
    }

    // ── events handled ─────────────────────────────────────────────────────────────────────
    // A township rarely meets the same kind of event twice in two years; natural disasters and
    // fires strike the villages, the others wherever they happen.
    const used = new Set<number>();
    const rural = t.units.filter((x) => x.kind === 'village').map((x) => ctx.orgIds.get(x.code));
    for (const y of [year - 1, year]) {
      const n = between(rand, 1, 3);
      for (let i = 0; i < n; i++) {
        const ei = between(rand, 0, EVENTS.length - 1);
        if (used.has(ei)) continue;
        used.add(ei);
        const e = EVENTS[ei];
        const on = `${y}-${pad(e.month)}-${pad(between(rand, 2, 26))}`;
        if (addDays(on, 40) > ctx.today) continue;
        const where = e.rural && rural.length > 0 ? rural : villages;
        eventLife(
          t,
          e,
          on,
          where.length > 0 ? (pick(rand, where) ?? townId) : townId,
          rand,
          ti === 3 && y === year - 1,
        );
      }
    }
  }

  function eventLife(
    t: DemoTownship,
    e: EventSpec,
    on: string,
    orgId: number,
    rand: () => number,
    late: boolean,
  ) {
    const hour = between(rand, e.hours[0], e.hours[1]);
    const minute = between(rand, 0, 59);
    const k = add(
      t,
      eventType,
      {
        title: e.title,
        orgId,
        occurredOn: on,
        occurredTime: `${pad(hour)}:${pad(minute)}`,
        category: e.category,
        level: e.category === 'security' ? null : 'general',
        location: e.location,
        description: e.description,
        measures: e.measures,
        deaths: 0,
        injuries: e.injuries ? between(rand, 0, e.injuries) : 0,
        affected: e.affected ? between(rand, e.affected[0], e.affected[1]) : null,
        loss: e.loss ? Math.round(between(rand, e.loss[0] * 10, e.loss[1] * 10)) / 10 : null,
      },
      on,
      // registered a few minutes after the event, reported at the time recorded
      Math.min(hour * 60 + minute + 8, 23 * 60 + 58),
    );
    // First report: usually within the hour; one township reported late once and says why.
    const minutes = late ? between(rand, 95, 140) : between(rand, 18, 50);
    const total = hour * 60 + minute + minutes;
    const reportedOn = total >= 24 * 60 ? addDays(on, 1) : on;
    const m = total % (24 * 60);
    step({
      on: reportedOn,
      slot: reportedOn === on ? Math.max(m, hour * 60 + minute + 9) : m,
      key: k,
      transition: 'report',
      by: 'clerk',
      fields: {
        reportedOn,
        reportedTime: `${pad(Math.floor(m / 60))}:${pad(m % 60)}`,
        reportedTo: '县应急管理局、县委县政府总值班室',
        ...(late ? { lateReason: '事发地处山区、通信中断，现场人员徒步至有信号处后报告' } : {}),
      },
    });
    const ended = addDays(on, between(rand, 1, 5));
    step({
      on: ended,
      slot: 17 * 60 + 30,
      key: k,
      transition: 'end',
      by: 'clerk',
      fields: { endedOn: ended },
    });
    const evaluated = workday(addDays(ended, between(rand, 7, 25)));
    step({
      on: evaluated,
      slot: 10 * 60,
      key: k,
      transition: 'evaluate',
      by: 'clerk',
      fields: { evaluatedOn: evaluated, evaluationSummary: e.summary, improvements: e.improvements },
    });
  }

  steps.sort((a, b) => (a.on !== b.on ? (a.on < b.on ? -1 : 1) : a.slot - b.slot || a.key - b.key));
  const actors = new Map<string, Actor>();
  const actorOf = async (pinyin: string, role: Who): Promise<Actor> => {
    const name = `${pinyin}.${role}`;
    let a = actors.get(name);
    if (!a) {
      const id = ctx.userIds.get(name);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo emergency: no account ${name}`);
      a = loaded;
      actors.set(name, a);
    }
    return a;
  };
  const byKey = new Map(planned.map((p) => [p.key, p]));
  const issued = new Map<string, number>();
  for (const [i, s] of steps.entries()) {
    const p = byKey.get(s.key)!;
    const at = chinaInstant(s.on, s.slot, i % 7);
    if (s.fields?.docNumber === DOC_NUMBER) {
      const series = `${p.docPrefix}${s.on.slice(0, 4)}`;
      const n = (issued.get(series) ?? 10) + 1 + (i % 3);
      issued.set(series, n);
      s.fields = { ...s.fields, docNumber: `${p.docPrefix}〔${s.on.slice(0, 4)}〕${n}号` };
    }
    const runtime: LedgerRuntime = { pii: ctx.pii, calendar: cal, today: ctx.today, at };
    const actor = await actorOf(p.township.pinyin, s.by);
    if (!s.transition) {
      p.id = (await createRecord(ctx.tx, actor, ctx.ledger, p.rt, p.values, runtime)).id;
      continue;
    }
    if (p.id === undefined) continue;
    const input: Record<string, unknown> = { on: s.on, fields: s.fields ?? {} };
    if (s.note) input.note = s.note;
    if (s.file) {
      const name = String(p.values.name);
      const text = `${name}（${s.file}）\n一、编制依据\n二、组织指挥体系与职责\n三、预警与信息报告\n四、应急处置\n五、保障措施\n（演示数据）`;
      const file = await storeAttachment(ctx.tx, actor, {
        stream: Readable.from([Buffer.from(text, 'utf8')]),
        filename: `${name}（${s.file}）.txt`,
        orgId: p.values.orgId as number,
        dataDir: ctx.dataDir,
        s3: ctx.s3,
        maxBytes: 1024 * 1024,
      });
      input.attachmentIds = [file.id];
    }
    try {
      await applyTransition(ctx.tx, actor, ctx.ledger, p.rt, p.id, s.transition, input, runtime);
    } catch (err) {
      if (!(err instanceof WorkflowRefused)) throw err;
      await recordRefusal(ctx.tx, actor, err, at);
    }
  }
}

/** Numbered when the step runs, so that a township's documents are numbered in the order issued. */
const DOC_NUMBER = '（发文字号）';

/** The instant `minutes` after midnight China time on `date` (plus `seconds`), as ISO UTC. */
function chinaInstant(date: string, minutes: number, seconds: number): string {
  const ms = Date.parse(`${date}T00:00:00.000Z`) + (minutes - 8 * 60) * 60_000 + seconds * 1000;
  return new Date(ms).toISOString();
}

function specialValues(
  sp: SpecialPlan,
  t: DemoTownship,
  orgId: number,
  draftedOn: string,
  drafter: string,
): Record<string, unknown> {
  return {
    name: `${t.name}${sp.name}`,
    orgId,
    planType: 'special',
    category: sp.category,
    draftedOn,
    drafter,
    summary: sp.summary,
  };
}
