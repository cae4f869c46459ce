// Demo reconsideration and litigation cases for the fictional 清源县: deterministic (seeded PRNG),
// 0–4 cases a year per township over the previous calendar year and this year to date, written
// through the ordinary commands in date order so the audit trail, the steps and the clocks are what
// real use would have produced. Reconsiderations of penalties name a real decision of the township's
// enforcement ledger (its 决定书文号 and party); some lawsuits go on appeal; a few answers are late
// (recorded and flagged); the newest cases are still open, their 答复/答辩 clocks on the board.
import { addDays } from '../../../shared/calendar/dates.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { DEMO_TOWNSHIPS, type DemoTownship } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function weighted(rand: () => number, table: ReadonlyArray<readonly [string, number]>): string {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

const REVIEW_BODY = '清源县人民政府';
const COURT = '清源县人民法院';
const APPEAL_COURT = '云岭市中级人民法院';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴淑珍光荣金凤';
const personName = (rand: () => number) =>
  pick(rand, [...SURNAMES]) + pick(rand, [...GIVEN]) + (rand() < 0.7 ? pick(rand, [...GIVEN]) : '');

/** Acts a township is challenged for besides its penalty decisions, with who usually challenges them. */
const OTHER_ACTS: ReadonlyArray<{ act: string; category: string; claims: string; org?: boolean }> = [
  { act: '土地承包经营权权属争议处理决定', category: 'confirmation', claims: '请求撤销权属争议处理决定' },
  { act: '对政府信息公开申请作出的答复', category: 'disclosure', claims: '请求撤销答复并责令重新答复' },
  { act: '未履行征地补偿安置职责', category: 'inaction', claims: '请求责令履行补偿安置职责' },
  { act: '限期拆除违法建筑的决定', category: 'coercion', claims: '请求确认强制拆除行为违法' },
  { act: '农村宅基地用地审批', category: 'licence', claims: '请求撤销宅基地审批' },
  { act: '解除土地流转服务合同的行为', category: 'agreement', claims: '请求判令继续履行合同', org: true },
];

interface Linked {
  caseNo: string;
  decisionNo: string;
  partyType: string;
  partyName: string;
  decidedOn: string;
}

interface Step {
  on: string;
  key: number;
  slot: number;
  transition: string | null;
  input: Record<string, unknown>;
  by: 'clerk' | 'leader';
}

interface Plan {
  township: string;
  values: Record<string, unknown>;
  id?: number;
}

function workingAfter(ctx: SeedContext, date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n; ) {
    d = addDays(d, 1);
    if (d > ctx.today || ctx.calendar.isWorkingDay(d)) i++;
  }
  return d;
}

function workingOnOrAfter(ctx: SeedContext, date: string): string {
  let d = date;
  while (d <= ctx.today && !ctx.calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

const post = (t: DemoTownship, deputy: boolean) => {
  const head = t.kind === 'street' ? '街道办事处主任' : t.name.endsWith('乡') ? '乡长' : '镇长';
  return deputy ? head.replace(/(主任|乡长|镇长)$/, '副$1') : head;
};

async function penaltyDecisions(ctx: SeedContext, ids: readonly number[]): Promise<Linked[]> {
  const rows = await ctx.tx
    .selectFrom('enforcementCase')
    .select(['caseNo', 'decisionNo', 'partyType', 'partyName', 'decidedOn'])
    .where('orgId', 'in', ids)
    .where('decisionNo', 'is not', null)
    .where('decidedOn', 'is not', null)
    .orderBy('decidedOn')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, decisionNo: String(r.decisionNo), decidedOn: String(r.decidedOn) }));
}

export async function seedReviewLitigation(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const rt = ledger.recordTypes[0];
  const year = Number(ctx.today.slice(0, 4));
  const plans: Plan[] = [];
  const steps: Step[] = [];
  const step = (s: Omit<Step, 'slot'> & { slot?: number }) => {
    if (s.on <= ctx.today) steps.push({ slot: 0, ...s });
  };

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const rand = prng(0x5e71 + ti * 7919);
    const townId = ctx.orgIds.get(t.code);
    if (townId === undefined) continue;
    const units = [
      townId,
      ...t.units.map((u) => ctx.orgIds.get(u.code)).filter((x): x is number => x !== undefined),
    ];
    const decisions = await penaltyDecisions(ctx, units);
    const handlerId = ctx.userIds.get(`${t.pinyin}.clerk`) ?? null;
    let reviewNo = 0;

    const plan = (received: string, caseType: string, values: Record<string, unknown>) => {
      const key = plans.length;
      plans.push({
        township: t.pinyin,
        values: { caseType, orgId: townId, receivedOn: received, handlerId, ...values },
      });
      step({ on: received, key, transition: null, input: {}, by: 'clerk' });
      return key;
    };

    for (const y of [year - 1, year]) {
      // the report year has at least one case in every township; this year to date may have none
      const n = Number(
        weighted(rand, [
          ['0', y === year ? 1 : 0],
          ['1', 3],
          ['2', 3],
          ['3', 2],
          ['4', 1],
        ]),
      );
      // the first township always has a case received shortly before today, its clock still running
      const recent = ti === 0 && y === year;
      for (let i = 0; i < n + (recent ? 1 : 0); i++) {
        const last = recent && i === n;
        const day = last
          ? addDays(ctx.today, -between(rand, 3, 6))
          : `${y}-${String(between(rand, 1, 12)).padStart(2, '0')}-${String(between(rand, 1, 28)).padStart(2, '0')}`;
        const received = workingOnOrAfter(ctx, day);
        if (received > ctx.today) continue;
        const caseType = weighted(rand, [
          ['reconsideration', 6],
          ['first', 4],
        ]);
        const source = decisions.filter(
          (d) => d.decidedOn < addDays(received, -15) && d.decidedOn >= addDays(received, -170),
        );
        const linked = source.length > 0 && rand() < 0.6 ? pick(rand, source) : null;
        const other = pick(rand, OTHER_ACTS);
        const natural = linked ? linked.partyType === 'person' : !other.org;
        const name = linked
          ? linked.partyName
          : natural
            ? personName(rand)
            : `清源县${pick(rand, ['绿源', '丰禾', '兴农', '众诚'])}农业专业合作社`;
        const values: Record<string, unknown> = {
          caseNo:
            caseType === 'reconsideration'
              ? `清府复〔${received.slice(0, 4)}〕${ti * 10 + ++reviewNo}号`
              : `（${received.slice(0, 4)}）川1099行初${between(rand, 10, 300)}号`,
          body: caseType === 'reconsideration' ? REVIEW_BODY : COURT,
          simplified: caseType === 'reconsideration' && linked !== null && rand() < 0.3,
          claimantKind: natural ? 'natural' : 'organisation',
          claimantName: natural ? name : null,
          claimantOrg: natural ? null : name,
          claimantPhone: natural
            ? `1${pick(rand, ['38', '39', '58', '87', '99'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`
            : null,
          act: linked ? `${linked.decisionNo}行政处罚决定` : `${t.name}${other.act}`,
          actCategory: linked ? 'penalty' : other.category,
          enforcementCaseNo: linked ? linked.caseNo : null,
          claims: linked ? '请求撤销行政处罚决定' : other.claims,
          counsel: rand() < 0.5 ? `${t.people[5]}（法律顾问）` : null,
        };
        const key = plan(received, caseType, values);
        planCourse(
          ctx,
          rand,
          t,
          key,
          caseType,
          received,
          Boolean(values.simplified),
          step,
          (decided, outcome) => {
            // an appeal of a first-instance judgment or ruling, by the losing side, about a month later
            if (caseType !== 'first' || !APPEALABLE.has(outcome) || rand() < 0.5) return;
            const won = !CORRECTED.has(outcome);
            const appealed = workingOnOrAfter(ctx, addDays(decided, between(rand, 25, 40)));
            if (appealed > ctx.today) return;
            const k2 = plan(appealed, 'second', {
              ...values,
              caseNo: `（${appealed.slice(0, 4)}）川10行终${between(rand, 10, 200)}号`,
              body: APPEAL_COURT,
              simplified: false,
              claims: won ? '上诉人请求撤销一审判决，改判支持其诉讼请求' : '上诉人（本机关）请求撤销一审判决',
            });
            planCourse(ctx, rand, t, k2, 'second', appealed, false, step, () => {});
          },
        );
        if (ti === 0 && y === year - 1 && i === 0) {
          // one hearing first entered without the leader's post: refused (规定第六条), then completed
          const s = steps.find((x) => x.key === key && x.transition === 'hearing');
          const f = s?.input.fields as { hearingOn: string } | undefined;
          if (s && f) {
            const fields = { hearingOn: f.hearingOn, leaderAppeared: true, leaderName: t.people[0] };
            step({ ...s, slot: s.slot - 1, input: { fields } });
          }
        }
      }
    }
    planDisclosureCases(ctx, ti, t, year - 1, plan, step, ++reviewNo);
  }

  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.slot - b.slot || a.key - b.key));
  const actors = new Map<string, Actor>();
  for (const [i, s] of steps.entries()) {
    const p = plans[s.key];
    const name = `${p.township}.${s.by}`;
    let actor = actors.get(name);
    if (!actor) {
      const id = ctx.userIds.get(name);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo review_litigation: no account ${name}`);
      actor = loaded;
      actors.set(name, actor);
    }
    const at = `${s.on}T${String(2 + s.slot).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const runtime: LedgerRuntime = { pii: ctx.pii, calendar: ctx.calendar, today: ctx.today, at };
    if (s.transition === null) {
      p.id = (await createRecord(ctx.tx, actor, ledger, rt, p.values, runtime)).id;
      continue;
    }
    if (p.id === undefined) continue;
    try {
      await applyTransition(ctx.tx, actor, ledger, rt, p.id, s.transition, { ...s.input, on: s.on }, runtime);
    } catch (err) {
      if (!(err instanceof WorkflowRefused)) throw err;
      await recordRefusal(ctx.tx, actor, err, at);
    }
  }
}

const REVIEW_RESULTS = [
  ['uphold', 45],
  ['reject', 10],
  ['revoke', 8],
  ['illegal', 5],
  ['perform', 3],
  ['mediation', 7],
  ['settlement', 12],
  ['terminated', 10],
] as const;
const COURT_RESULTS = [
  ['reject_claim', 45],
  ['revoke', 10],
  ['illegal', 8],
  ['perform', 4],
  ['mediation', 6],
  ['withdrawn', 18],
  ['dismissed', 9],
] as const;
const APPEAL_RESULTS = [
  ['reject_claim', 70],
  ['revoke', 10],
  ['remanded', 5],
  ['withdrawn', 15],
] as const;
const CORRECTED = new Set(['revoke', 'vary', 'illegal', 'perform', 'void', 'pay']);
const APPEALABLE = new Set(['reject_claim', 'revoke', 'illegal', 'perform', 'dismissed']);

/** The course of one case: 答复/答辩 (now and then late), the hearing, the decision. */
/**
 * 政府信息公开 cases, so that table 四 of the 信息公开 annual report is not all zero: every township
 * answers a 行政复议 about one of its disclosure answers in the report year, received in spring and
 * decided before the year ends; in every other township the applicant, the answer upheld, then sues
 * over the same answer (复议后起诉) — decided or still pending on 12月31日 as its course falls. Its own
 * PRNG leaves the other demo cases as they were; nothing is stamped after the demo's today.
 */
function planDisclosureCases(
  ctx: SeedContext,
  ti: number,
  t: DemoTownship,
  reportYear: number,
  plan: (received: string, caseType: string, values: Record<string, unknown>) => number,
  step: (s: Omit<Step, 'slot'> & { slot?: number }) => void,
  serial: number,
): void {
  const rand = prng(0x9b11 + ti * 104729);
  const applicant = personName(rand);
  const received = workingOnOrAfter(
    ctx,
    `${reportYear}-0${between(rand, 3, 5)}-${String(between(rand, 1, 28)).padStart(2, '0')}`,
  );
  if (received > ctx.today) return;
  const values: Record<string, unknown> = {
    caseNo: `清府复〔${reportYear}〕${ti * 10 + serial}号`,
    body: REVIEW_BODY,
    simplified: false,
    claimantKind: 'natural',
    claimantName: applicant,
    claimantOrg: null,
    claimantPhone: `139${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
    act: `${t.name}对${applicant}政府信息公开申请作出的答复`,
    actCategory: 'disclosure',
    enforcementCaseNo: null,
    claims: '请求撤销答复并责令重新答复',
    counsel: `${t.people[5]}（法律顾问）`,
  };
  const key = plan(received, 'reconsideration', values);
  planCourse(ctx, rand, t, key, 'reconsideration', received, false, step, (decided, outcome) => {
    if (ti % 2 !== 0 || CORRECTED.has(outcome)) return;
    const sued = workingOnOrAfter(ctx, addDays(decided, between(rand, 10, 14)));
    if (sued > ctx.today) return;
    const k2 = plan(sued, 'first', {
      ...values,
      caseNo: `（${sued.slice(0, 4)}）川1099行初${between(rand, 301, 400)}号`,
      body: COURT,
      claims: '请求撤销答复及行政复议决定，责令重新答复',
    });
    planCourse(ctx, rand, t, k2, 'first', sued, false, step, () => {});
  });
}

function planCourse(
  ctx: SeedContext,
  rand: () => number,
  t: DemoTownship,
  key: number,
  caseType: string,
  received: string,
  simplified: boolean,
  step: (s: Omit<Step, 'slot'> & { slot?: number }) => void,
  onDecided: (decided: string, outcome: string) => void,
): void {
  const lawsuit = caseType !== 'reconsideration';
  const late = rand() < 0.1;
  const answered = lawsuit
    ? workingOnOrAfter(ctx, addDays(received, late ? between(rand, 16, 19) : between(rand, 7, 13)))
    : workingAfter(
        ctx,
        received,
        late ? between(rand, 11, 12) : simplified ? between(rand, 2, 4) : between(rand, 5, 9),
      );
  step({
    on: answered,
    key,
    transition: 'answer',
    input: { note: lawsuit ? '提交答辩状及证据' : '提交书面答复及证据' },
    by: 'clerk',
    slot: 1,
  });
  const heard = lawsuit || rand() < 0.3;
  let last = answered;
  if (heard) {
    const hearingOn = workingOnOrAfter(
      ctx,
      addDays(answered, between(rand, lawsuit ? 20 : 8, lawsuit ? 60 : 20)),
    );
    const appeared = rand() < 0.85;
    const deputy = rand() < 0.5;
    step({
      on: hearingOn,
      key,
      transition: 'hearing',
      by: 'clerk',
      slot: 2,
      input: {
        fields: appeared
          ? {
              hearingOn,
              leaderAppeared: true,
              leaderName: deputy ? personName(rand) : t.people[0],
              leaderPost: post(t, deputy),
            }
          : {
              hearingOn,
              leaderAppeared: false,
              absenceReason: pick(rand, ['duty', 'duty', 'accident']),
              delegateName: `${t.people[1]}（综合行政执法办公室）`,
            },
      },
    });
    last = hearingOn;
  }
  const decidedOn = workingOnOrAfter(ctx, addDays(last, between(rand, lawsuit ? 20 : 15, lawsuit ? 50 : 30)));
  const table =
    caseType === 'reconsideration' ? REVIEW_RESULTS : caseType === 'second' ? APPEAL_RESULTS : COURT_RESULTS;
  const outcome = weighted(rand, table);
  const corrected = CORRECTED.has(outcome);
  step({
    on: decidedOn,
    key,
    transition: 'close',
    by: 'clerk',
    slot: 3,
    input: {
      fields: {
        decidedOn,
        ...(lawsuit ? { courtOutcome: outcome } : { reviewOutcome: outcome }),
        outcomeNote: corrected
          ? '已按决定（判决）重新审查原行政行为，完善调查取证和法制审核程序，并向镇（街道）党政联席会议报告整改情况。'
          : null,
      },
    },
  });
  if (decidedOn <= ctx.today) onDecided(decidedOn, outcome);
}
