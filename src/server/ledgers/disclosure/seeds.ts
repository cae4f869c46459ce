// Demo disclosure records for the fictional 清源县: every township's catalogue items (主动公开) and
// 依申请公开 requests for the previous calendar year and this year to date (seeded PRNG), written
// through create and the transitions in date order, so the clocks, steps and audit trail are what
// real use would leave. 城关街道 also carries the walk-through request of docs/ledgers/disclosure.md
// (online, received the Friday before 国庆 2025, 补正, third-party consultation, extension, 部分公开).
import { addDays, addPeriod } from '../../../shared/calendar/index.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';
import { ANSWER_REASONS } from './labels.ts';
import { planCoverage } from './seeds-coverage.ts';

type Township = (typeof DEMO_TOWNSHIPS)[number];
interface Step {
  on: string;
  slot: number;
  key: number;
  /** 'create' or a transition id. */
  action: string;
  fields?: Record<string, unknown>;
}
interface Plan {
  key: number;
  type: 'disclosure_request' | 'disclosure_item';
  township: Township;
  values: Record<string, unknown>;
  id?: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴';
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const person = (rand: () => number) =>
  pick(rand, [...SURNAMES]) + pick(rand, [...GIVEN]) + pick(rand, [...GIVEN]);

const REQUEST_TITLES = [
  '{v}土地征收补偿安置方案',
  '{v}{y}年度农村低保对象名单及发放标准',
  '{v}高标准农田建设项目资金使用情况',
  '本人宅基地使用审核的相关材料',
  '{v}农村危房改造补助对象评定结果',
  '{v}村道硬化工程招标及验收资料',
  '{v}集体土地承包经营权流转合同备案情况',
  '{v}一事一议筹资筹劳方案及使用情况',
  '{t}{y}年财政预算执行情况',
];
const ORGS: Array<[string, string]> = [
  ['commercial', '清源县{s}建材有限公司'],
  ['commercial', '清源县{s}农业开发有限公司'],
  ['legal_service', '四川{s}律师事务所'],
  ['welfare', '清源县{s}公益服务中心'],
  ['other_org', '{v}股份经济合作社'],
];
const ITEM_TITLES: Record<string, string[]> = {
  agri_policy: ['{t}{y}年耕地地力保护补贴发放情况公示（第{n}批）', '{t}关于做好{y}年春耕生产工作的通知'],
  irrigation: ['{v}{y}年小型农田水利工程建设项目公示', '{t}山平塘整治项目运营管护情况'],
  land_transfer: ['{v}土地承包经营权流转情况公示', '{t}{y}年农村土地流转服务情况'],
  homestead: ['{t}{y}年第{n}批农村宅基地审批结果公示'],
  land_expropriation: ['{v}土地征收补偿安置公告', '{v}征地补偿款发放明细公示'],
  house_expropriation: ['{v}房屋征收补偿方案公示'],
  fundraising: ['{v}{y}年一事一议筹资筹劳方案公示'],
  social_assistance: ['{t}{y}年第{q}季度城乡低保动态管理情况公示', '{t}临时救助对象公示（{y}年第{n}批）'],
  normative: ['{t}村规民约备案审查办法', '{t}农村人居环境整治管理办法'],
  functions: ['{t}机构职能及领导分工'],
  budget: ['{t}{y}年部门预算公开', '{t}{y}年“三公”经费预算情况说明'],
  enforcement: ['{t}{y}年行政执法事项清单', '{t}行政执法公示制度'],
};
const HEADING_WEIGHTS: Array<[string, number]> = [
  ['agri_policy', 14],
  ['social_assistance', 16],
  ['homestead', 12],
  ['land_transfer', 8],
  ['irrigation', 8],
  ['land_expropriation', 6],
  ['house_expropriation', 3],
  ['fundraising', 5],
  ['budget', 6],
  ['enforcement', 5],
  ['functions', 2],
  ['normative', 2],
];
const TOPIC_OF: Record<string, string> = {
  agri_policy: 'agriculture',
  irrigation: 'agriculture',
  land_transfer: 'land',
  homestead: 'land',
  land_expropriation: 'land',
  house_expropriation: 'construction',
  fundraising: 'finance',
  social_assistance: 'civil',
  normative: 'general',
  functions: 'general',
  budget: 'finance',
  enforcement: 'justice',
};

function weighted(rand: () => number, table: Array<[string, number]>): string {
  let x = rand() * table.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[0][0];
}

const QUARTERS = ['一', '二', '三', '四'];
const fill = (s: string, t: Township, village: string, date: string, n: number) =>
  s
    .replaceAll('{t}', t.name)
    .replaceAll('{v}', village)
    .replaceAll('{y}', date.slice(0, 4))
    .replaceAll('{q}', QUARTERS[Math.floor((Number(date.slice(5, 7)) - 1) / 3)])
    .replaceAll('{n}', String(n));
const publisherOf = (t: Township) => (t.kind === 'street' ? `${t.name}办事处` : `${t.name}人民政府`);
const shortOf = (t: Township) => t.name.slice(0, 2);

export async function seedDisclosure(ctx: SeedContext): Promise<void> {
  const { ledger, calendar } = ctx;
  const wd = (start: string, days: number) => addPeriod(calendar, { start, days, unit: 'working' }).due;
  const year = Number(ctx.today.slice(0, 4));
  const plans: Plan[] = [];
  const steps: Step[] = [];
  const add = (type: Plan['type'], township: Township, values: Record<string, unknown>, created: string) => {
    const key = plans.length;
    plans.push({ key, type, township, values });
    steps.push({ on: created, slot: 0, key, action: 'create' });
    return (on: string, action: string, fields?: Record<string, unknown>): void => {
      steps.push({ on, slot: steps.length, key, action, fields });
    };
  };

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const rand = prng(0xd15c + ti * 104729);
    const townId = ctx.orgIds.get(t.code);
    if (townId === undefined) continue;
    const villages = t.units.map((u) => u.name);
    const handlerId = ctx.userIds.get(`${t.pinyin}.clerk`) ?? null;
    let docSerial = 0;
    const titles = new Set<string>();
    const batches = new Map<string, number>();
    for (let d = `${year - 1}-01-02`; d <= ctx.today; d = addDays(d, 1)) {
      if (!calendar.isWorkingDay(d)) continue;
      const y = d.slice(0, 4);
      // About two catalogue items a month.
      if (rand() < 0.12) {
        const heading = weighted(rand, HEADING_WEIGHTS);
        const normative = heading === 'normative';
        const genre = normative ? 'measures' : pick(rand, ['notice', 'publicity', 'announcement', 'report']);
        const docNo =
          genre === 'notice' || normative
            ? `${shortOf(t)}${normative ? '规' : '府发'}〔${y}〕${++docSerial}号`
            : null;
        // Batches are numbered in order within a year; a title is used once a year, and 春耕 only in spring.
        const month = Number(d.slice(5, 7));
        const templates = ITEM_TITLES[heading].filter(
          (x) => !x.includes('春耕') || (month >= 2 && month <= 4),
        );
        const batchKey = `${heading}:${y}`;
        const batch = (batches.get(batchKey) ?? 0) + 1;
        const title = fill(pick(rand, templates), t, pick(rand, villages), d, batch);
        if (titles.has(title)) continue;
        titles.add(title);
        if (title.includes(`第${batch}`)) batches.set(batchKey, batch);
        const step = add(
          'disclosure_item',
          t,
          {
            title,
            orgId: townId,
            publisher: publisherOf(t),
            heading,
            topic: TOPIC_OF[heading],
            genre,
            docNo,
            writtenOn: d,
            normative,
            summary: '按照《中华人民共和国政府信息公开条例》第二十一条主动公开。',
          },
          d,
        );
        // Most are published within a few working days; one in twenty late; the newest still pending.
        const lag = rand() < 0.05 ? 22 + Math.floor(rand() * 5) : 1 + Math.floor(rand() * 8);
        const on = wd(d, lag);
        if (on <= ctx.today) step(on, 'publish', { publishedOn: on });
        const repeal = wd(d, 160);
        if (normative && rand() < 0.5 && repeal <= ctx.today)
          step(repeal, 'change_validity', { validity: 'repealed', repealedOn: repeal });
      }
      // About one request every two months.
      if (rand() < 0.024) planRequest(rand, t, townId, handlerId, villages, d, add, wd, ctx.today);
    }
    if (t.pinyin === 'chengguan') showcase(t, townId, handlerId, add);
    planCoverage(ti, t, townId, handlerId, year - 1, add, wd, ctx.today);
  }

  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.slot - b.slot));
  const actors = new Map<string, Actor>();
  const clerkOf = async (t: Township): Promise<Actor> => {
    let a = actors.get(t.pinyin);
    if (!a) {
      const id = ctx.userIds.get(`${t.pinyin}.clerk`);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo disclosure: no account ${t.pinyin}.clerk`);
      a = loaded;
      actors.set(t.pinyin, a);
    }
    return a;
  };
  for (const s of steps) {
    if (s.on > ctx.today) continue;
    const plan = plans[s.key];
    const rt = ledger.recordTypes.find((r) => r.type === plan.type)!;
    const at = `${s.on}T0${1 + (s.slot % 8)}:${String(s.slot % 60).padStart(2, '0')}:00.000Z`;
    const runtime: LedgerRuntime = { pii: ctx.pii, calendar, today: ctx.today, at };
    const actor = await clerkOf(plan.township);
    if (s.action === 'create') {
      plan.id = (await createRecord(ctx.tx, actor, ledger, rt, plan.values, runtime)).id;
      continue;
    }
    if (plan.id === undefined) continue;
    try {
      await applyTransition(
        ctx.tx,
        actor,
        ledger,
        rt,
        plan.id,
        s.action,
        { on: s.on, fields: s.fields },
        runtime,
      );
    } catch (err) {
      if (!(err instanceof WorkflowRefused)) throw err;
      await recordRefusal(ctx.tx, actor, err, at);
    }
  }
}

type Add = (
  type: Plan['type'],
  t: Township,
  values: Record<string, unknown>,
  created: string,
) => (on: string, action: string, fields?: Record<string, unknown>) => void;

function planRequest(
  rand: () => number,
  t: Township,
  orgId: number,
  handlerId: number | null,
  villages: readonly string[],
  d: string,
  add: Add,
  wd: (start: string, days: number) => string,
  today: string,
): void {
  const village = pick(rand, villages);
  const org = rand() < 0.3 ? pick(rand, ORGS) : null;
  const channel = pick(rand, ['in_person', 'in_person', 'post', 'online', 'online']);
  const receivedOn = channel === 'in_person' ? d : wd(d, 1);
  if (receivedOn > today) return;
  const step = add(
    'disclosure_request',
    t,
    {
      title: fill(pick(rand, REQUEST_TITLES), t, village, d, 1),
      orgId,
      applicantType: org ? org[0] : 'natural',
      applicantName: org
        ? org[1].replace('{s}', pick(rand, ['恒达', '丰源', '明正', '新禾'])).replace('{v}', village)
        : person(rand),
      applicantPhone: `1${pick(rand, ['38', '39', '58', '87'])}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
      channel,
      submittedOn: d,
      receivedOn,
      handlerId,
    },
    receivedOn,
  );
  const roll = rand();
  let at = wd(receivedOn, 2);
  if (roll < 0.15) {
    step(at, 'request_correction', {
      correctionItems: '申请内容不明确，请写明所需信息的名称、文号或者其他特征',
      correctionDueOn: addDays(at, 15),
    });
    if (rand() < 0.25) {
      step(addDays(at, 16), 'close_no_supplement');
      return;
    }
    at = wd(at, 4);
    step(at, 'supplement', { supplementOn: at });
  } else step(at, 'accept');
  if (roll >= 0.15 && roll < 0.3) {
    const served = wd(at, 1);
    step(served, 'consult', {
      consultParty: 'third_party',
      consultee: `${village}${person(rand)}`,
      consultServedOn: served,
    });
    at = wd(served, 6 + Math.floor(rand() * 8));
    const opinion = rand() < 0.5 ? 'agree' : 'object';
    step(at, 'consult_reply', { consultRepliedOn: at, consultOpinion: opinion });
    step(wd(at, 3), 'answer', {
      answerType: opinion === 'agree' ? 'disclose' : 'partial',
      answerSummary:
        opinion === 'agree'
          ? null
          : '涉及第三方个人信息的内容经区分处理后公开，其余部分不予公开（第三十七条）',
    });
    return;
  }
  if (roll >= 0.3 && roll < 0.38) {
    step(wd(receivedOn, 16), 'extend', {
      extensionDays: 15,
      extensionApprover: '党政办主任',
      extensionReason: '所需信息涉及多个村（社区），需逐一核实汇总',
    });
    step(wd(receivedOn, 28), 'answer', { answerType: 'disclose' });
    return;
  }
  const kind = rand();
  const on = wd(at, 3 + Math.floor(rand() * 12));
  if (kind < 0.6) {
    step(on, 'answer', { answerType: 'disclose' });
    return;
  }
  const reason = pick(
    rand,
    ANSWER_REASONS.filter((r) => ['not_held', 'repeat', 'petition', 'process', 'internal'].includes(r.value)),
  );
  step(on, 'answer', {
    answerType: reason.type,
    answerReason: reason.value,
    answerSummary: `经审查，${reason.label}，依法作出答复并说明理由`,
  });
}

/** The walk-through request of docs/ledgers/disclosure.md and an open one for this year. */
function showcase(t: Township, orgId: number, handlerId: number | null, add: Add): void {
  const walk = add(
    'disclosure_request',
    t,
    {
      title: '石牛村2025年土地征收补偿安置方案及补偿款发放明细',
      orgId,
      applicantType: 'natural',
      applicantName: '李国民',
      applicantPhone: '13881234567',
      applicantIdcard: '511099196805120019',
      channel: 'online',
      submittedOn: '2025-09-25',
      receivedOn: '2025-09-26',
      handlerId,
      description: '申请公开石牛村集体土地征收的补偿安置方案，以及本组被征收户补偿款发放明细',
    },
    '2025-09-26',
  );
  walk('2025-10-09', 'request_correction', {
    correctionItems: '请写明所申请补偿款发放明细涉及的村民小组',
    correctionDueOn: '2025-10-24',
  });
  walk('2025-10-15', 'supplement', { supplementOn: '2025-10-15' });
  walk('2025-10-20', 'consult', {
    consultParty: 'third_party',
    consultee: '清源县石牛建材有限公司',
    consultServedOn: '2025-10-20',
  });
  walk('2025-10-31', 'consult_reply', { consultRepliedOn: '2025-10-31', consultOpinion: 'object' });
  walk('2025-11-20', 'extend', {
    extensionDays: 20,
    extensionApprover: '街道办事处主任刘建华',
    extensionReason: '发放明细涉及三个村民小组，需逐户核对并作区分处理',
  });
  walk('2025-12-10', 'answer', {
    answerType: 'partial',
    answerSummary:
      '公开补偿安置方案及补偿款发放汇总；第三方企业的经营信息经征求意见不同意公开，依第三十七条作区分处理',
  });
  const open = add(
    'disclosure_request',
    t,
    {
      title: '南街社区老旧小区改造项目资金使用情况',
      orgId,
      applicantType: 'natural',
      applicantName: '王秀兰',
      applicantPhone: '13990001234',
      channel: 'online',
      submittedOn: '2026-11-05',
      receivedOn: '2026-11-06',
      handlerId,
    },
    '2026-11-06',
  );
  open('2026-11-10', 'request_correction', {
    correctionItems: '请写明所申请的改造项目名称和年度',
    correctionDueOn: '2026-11-25',
  });
  open('2026-11-16', 'supplement', { supplementOn: '2026-11-16' });
  open('2026-11-19', 'consult', {
    consultParty: 'third_party',
    consultee: '清源县恒达建筑工程有限公司',
    consultServedOn: '2026-11-19',
  });
}
