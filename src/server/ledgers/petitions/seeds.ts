// Demo petitions and hotline tickets for the fictional 清源县: deterministic (seeded PRNG) records
// for the whole previous calendar year and this year to date, in every township, written through the
// ordinary commands (create, transitions, refusals) in date order, so the audit trail, the workflow
// steps and the clocks are what real use would have produced. Some petitions are still open — a few
// near their due date, a few overdue (登记 not yet handled in 15 days, 办理 past 60 days) — some were
// extended once with the head's approval, a few had a second or over-long extension refused, and a
// few went through 复查 and 复核.
import { addDays } from '../../../shared/calendar/dates.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { notAfter } from '../../core/clock.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

function pickWeighted(rand: () => number, table: ReadonlyArray<readonly [string, number]>): string {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴淑珍光荣金凤';

function personName(rand: () => number): string {
  const given = rand() < 0.35 ? pick(rand, [...GIVEN]) : pick(rand, [...GIVEN]) + pick(rand, [...GIVEN]);
  return pick(rand, [...SURNAMES]) + given;
}

function mobile(rand: () => number): string {
  const prefix = pick(rand, ['138', '139', '135', '150', '158', '182', '187', '199', '177']);
  return prefix + String(Math.floor(rand() * 1e8)).padStart(8, '0');
}

/** A well-formed (fictional: county code 511099) citizen identity number with its check digit. */
function idNumber(rand: () => number): string {
  const body = `511099${between(rand, 1950, 1999)}${String(between(rand, 1, 12)).padStart(2, '0')}${String(between(rand, 1, 28)).padStart(2, '0')}${String(between(rand, 0, 999)).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, wi, i) => s + wi * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

const PETITION_TITLES: Record<string, { titles: string[]; unit: string; transferTo: string }> = {
  land: {
    titles: ['反映承包地被他人占用', '要求确认土地承包经营权', '反映土地流转租金未兑付'],
    unit: '农业综合服务中心',
    transferTo: '县农业农村局',
  },
  expropriation: {
    titles: ['反映征地补偿款分配不公', '要求兑现房屋拆迁安置', '反映青苗补偿标准偏低'],
    unit: '规划建设和生态环境办公室',
    transferTo: '县自然资源局',
  },
  construction: {
    titles: ['反映危房改造补助未到位', '反映邻居违规建房影响采光', '要求维修村道排水沟'],
    unit: '规划建设和生态环境办公室',
    transferTo: '县住房和城乡建设局',
  },
  labour: {
    titles: ['反映工程项目拖欠农民工工资', '要求补缴养老保险', '反映工伤待遇未落实'],
    unit: '社会事务办公室',
    transferTo: '县人力资源和社会保障局',
  },
  welfare: {
    titles: ['申请纳入最低生活保障', '反映临时救助审批缓慢', '要求重新评定残疾人补贴'],
    unit: '社会事务办公室',
    transferTo: '县民政局',
  },
  environment: {
    titles: ['反映养殖场粪污污染河道', '反映砂石厂粉尘噪声扰民'],
    unit: '规划建设和生态环境办公室',
    transferTo: '市生态环境局清源分局',
  },
  agriculture: {
    titles: ['反映耕地地力保护补贴未发放', '反映灌溉渠年久失修'],
    unit: '农业综合服务中心',
    transferTo: '县农业农村局',
  },
  transport: {
    titles: ['要求修缮通组道路', '反映农村客运班次减少'],
    unit: '规划建设和生态环境办公室',
    transferTo: '县交通运输局',
  },
  health: {
    titles: ['反映村卫生室服务时间不固定', '反映医保报销问题'],
    unit: '社会事务办公室',
    transferTo: '县医疗保障局',
  },
  education: {
    titles: ['反映子女就近入学问题', '反映校车接送安全隐患'],
    unit: '社会事务办公室',
    transferTo: '县教育和体育局',
  },
  legal: {
    titles: ['对法院民事判决不服要求再审', '要求追究他人故意伤害责任'],
    unit: '综治中心',
    transferTo: '县人民法院',
  },
  other: {
    titles: ['反映村务公开不及时', '反映集体经济收益分配问题'],
    unit: '党政办公室',
    transferTo: '县农业农村局',
  },
};
const CATEGORY_WEIGHTS = [
  ['land', 18],
  ['expropriation', 10],
  ['construction', 12],
  ['labour', 12],
  ['welfare', 12],
  ['environment', 7],
  ['agriculture', 8],
  ['transport', 6],
  ['health', 4],
  ['education', 3],
  ['legal', 4],
  ['other', 4],
] as const;
const CHANNEL_WEIGHTS = [
  ['visit', 45],
  ['online', 30],
  ['letter', 15],
  ['phone', 10],
] as const;

const TICKET_TOPICS: Record<string, string[]> = {
  consult: ['咨询城乡居民医保缴费时间', '咨询农村建房审批流程', '咨询高龄津贴申领条件', '咨询新生儿落户手续'],
  help: ['路灯损坏请求维修', '自来水停水请求尽快恢复', '老人走失请求协助寻找', '村道塌方请求清理'],
  complaint: ['投诉夜间施工噪声扰民', '投诉集市占道经营', '投诉餐馆油烟扰民', '投诉物业服务不到位'],
  report: ['举报私自焚烧秸秆', '举报河道非法采砂', '举报无证经营小作坊'],
  suggestion: ['建议增设公交站点', '建议在学校门口设置减速带', '建议延长便民服务中心办公时间'],
};
const TICKET_CATEGORY_WEIGHTS = [
  ['consult', 30],
  ['help', 30],
  ['complaint', 25],
  ['report', 7],
  ['suggestion', 8],
] as const;
const TICKET_CHANNEL_WEIGHTS = [
  ['12345', 60],
  ['mhww', 20],
  ['web', 15],
  ['mailbox', 5],
] as const;

type Who = 'clerk' | 'leader';
interface Step {
  on: string;
  slot: number;
  key: number;
  type: 'petition' | 'ticket';
  transition: string | null;
  input: Record<string, unknown>;
  by: Who;
}

interface Planned {
  type: 'petition' | 'ticket';
  township: string;
  values: Record<string, unknown>;
  id?: number;
}

/** The n-th working day after `date`; past today any later day will do (the step is not taken). */
function workingAfter(ctx: SeedContext, date: string, n: number): string {
  let d = date;
  for (let i = 0; i < n; ) {
    d = addDays(d, 1);
    if (d > ctx.today) return d;
    if (ctx.calendar.isWorkingDay(d)) i++;
  }
  return d;
}

function workingOnOrAfter(ctx: SeedContext, date: string): string {
  let d = date;
  while (d <= ctx.today && !ctx.calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export async function seedPetitions(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const [petitionType, ticketType] = ledger.recordTypes;
  const year = Number(ctx.today.slice(0, 4));
  const first = `${year - 1}-01-01`;
  const plans: Planned[] = [];
  const steps: Step[] = [];
  const step = (s: Omit<Step, 'slot'> & { slot?: number }) => {
    if (s.on <= ctx.today) steps.push({ slot: 0, ...s });
  };

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const rand = prng(0x9e7 + ti * 65537);
    const townId = ctx.orgIds.get(t.code);
    const handlerId = ctx.userIds.get(`${t.pinyin}.clerk`) ?? null;
    if (townId === undefined) continue;
    const units = [
      townId,
      ...t.units.map((u) => ctx.orgIds.get(u.code)).filter((x): x is number => x !== undefined),
    ];
    const leaderName = t.people[0];
    let ticketNo = 0;

    for (let d = first; d <= ctx.today; d = addDays(d, 1)) {
      // ── petitions: about three a month per township, on working days ──
      if (ctx.calendar.isWorkingDay(d) && rand() < 3 / 21) {
        const key = plans.length;
        const category = pickWeighted(rand, CATEGORY_WEIGHTS);
        const spec = PETITION_TITLES[category];
        const title = pick(rand, spec.titles);
        const name = personName(rand);
        const channel = pickWeighted(rand, CHANNEL_WEIGHTS);
        plans.push({
          type: 'petition',
          township: t.pinyin,
          values: {
            title,
            orgId: pick(rand, units),
            receivedOn: d,
            channel,
            category,
            petitionerName: name,
            petitionerPhone: mobile(rand),
            petitionerIdcard: channel === 'visit' || rand() < 0.4 ? idNumber(rand) : null,
            headcount: channel === 'visit' && rand() < 0.15 ? between(rand, 2, 5) : 1,
            content: `${name}${title.replace(/^反映/, '反映')}，请求依法处理。`,
            handlingUnit: `${t.name}${spec.unit}`,
            handlerId,
          },
        });
        step({ on: d, key, type: 'petition', transition: null, input: {}, by: 'clerk' });
        planPetition(ctx, rand, step, key, d, spec.transferTo, leaderName);
      }
      // ── hotline tickets: about seven a month per township, dispatched on working days ──
      if (ctx.calendar.isWorkingDay(d)) {
        const count = (rand() < 0.28 ? 1 : 0) + (rand() < 0.04 ? 1 : 0);
        for (let n = 0; n < count; n++) {
          const key = plans.length;
          const category = pickWeighted(rand, TICKET_CATEGORY_WEIGHTS);
          const channel = pickWeighted(rand, TICKET_CHANNEL_WEIGHTS);
          ticketNo++;
          plans.push({
            type: 'ticket',
            township: t.pinyin,
            values: {
              ticketNo: `${channel === 'mailbox' ? 'XX' : 'GD'}${d.replaceAll('-', '')}${String(ti + 1).padStart(2, '0')}${String(ticketNo).padStart(4, '0')}`,
              title: pick(rand, TICKET_TOPICS[category]),
              orgId: pick(rand, units),
              receivedOn: d,
              channel,
              category,
              content: '市民来电反映上述情况，请属地核实处理并回复。',
              callerName: rand() < 0.8 ? personName(rand) : null,
              callerPhone: mobile(rand),
              handlerId,
            },
          });
          step({ on: d, key, type: 'ticket', transition: null, input: {}, by: 'clerk' });
          planTicket(ctx, rand, step, key, d, channel === 'mailbox');
        }
      }
    }
  }

  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.slot - b.slot || a.key - b.key));
  const actors = new Map<string, Actor>();
  const actorOf = async (pinyin: string, who: Who): Promise<Actor> => {
    const name = `${pinyin}.${who}`;
    let a = actors.get(name);
    if (!a) {
      const id = ctx.userIds.get(name);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo petitions: no account ${name}`);
      a = loaded;
      actors.set(name, a);
    }
    return a;
  };
  for (const [i, s] of steps.entries()) {
    const plan = plans[s.key];
    const rt = plan.type === 'petition' ? petitionType : ticketType;
    const at = `${s.on}T${String(1 + s.slot).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const runtime: LedgerRuntime = {
      pii: ctx.pii,
      calendar: ctx.calendar,
      today: ctx.today,
      at: notAfter(at, ctx.now),
    };
    const actor = await actorOf(plan.township, s.by);
    if (s.transition === null) {
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
        s.transition,
        { ...s.input, on: s.on },
        runtime,
      );
    } catch (err) {
      if (!(err instanceof WorkflowRefused)) throw err;
      await recordRefusal(ctx.tx, actor, err, at);
    }
  }
}

type StepFn = (s: Omit<Step, 'slot'> & { slot?: number }) => void;

function planPetition(
  ctx: SeedContext,
  rand: () => number,
  step: StepFn,
  key: number,
  received: string,
  transferTo: string,
  leaderName: string,
): void {
  const p = (transition: string, on: string, fields: Record<string, unknown> = {}, slot = 1) =>
    step({ on, key, type: 'petition', transition, input: { fields }, by: 'clerk', slot });
  const ageDays = (from: string) => Math.round((Date.parse(ctx.today) - Date.parse(from)) / 86400000);
  // A few registered petitions wait past their 15 days (red), the rest are handled in 1–12 days.
  if (ageDays(received) >= 16 && ageDays(received) <= 40 && rand() < 0.25) return;
  const late = rand() < 0.03;
  const disposed = workingOnOrAfter(
    ctx,
    addDays(received, late ? between(rand, 16, 19) : between(rand, 1, 12)),
  );
  const roll = rand();
  if (roll < 0.2) {
    p('transfer', disposed, {
      transferredTo: transferTo,
      notice: `已转送${transferTo}办理，并书面告知信访人`,
    });
    return;
  }
  if (roll < 0.3) {
    p('notify', disposed, {
      notice: '该事项已经或者依法应当通过诉讼、仲裁、行政复议等法定途径解决，已书面告知信访人向有关机关提出',
    });
    return;
  }
  p('accept', disposed);
  // Some accepted petitions are still being handled past their 60 days (red) or near them (yellow).
  if (ageDays(disposed) >= 62 && ageDays(disposed) <= 110 && rand() < 0.12) return;
  let answerOn = addDays(disposed, between(rand, 12, 55));
  if (rand() < 0.1) {
    // 情况复杂: the head approves one extension before the 60 days end.
    const extendOn = workingOnOrAfter(ctx, addDays(disposed, between(rand, 45, 55)));
    const days = pick(rand, [15, 20, 30]);
    const fields = {
      extensionDays: days,
      extensionReason: '涉及多个部门和历史遗留问题，需进一步调查核实',
      extensionApprover: leaderName,
      extensionApprovedOn: extendOn,
    };
    // Now and then a first request asks for more than the regulation allows: refused, then corrected.
    if (rand() < 0.25) p('extend', extendOn, { ...fields, extensionDays: 45 }, 2);
    p('extend', extendOn, fields, 3);
    // …or someone tries to extend a second time: refused.
    if (rand() < 0.25)
      p('extend', addDays(extendOn, 10), { ...fields, extensionApprovedOn: addDays(extendOn, 10) }, 2);
    answerOn = addDays(extendOn, between(rand, 5, days));
  }
  answerOn = workingOnOrAfter(ctx, answerOn);
  const opinion = pickWeighted(rand, [
    ['support', 45],
    ['partial', 30],
    ['reject', 25],
  ]);
  const delivered = addDays(answerOn, between(rand, 0, 3));
  p('answer', answerOn, { opinion, opinionText: OPINION_TEXT[opinion], deliveredOn: delivered });
  const satisfaction =
    opinion === 'reject'
      ? pickWeighted(rand, [
          ['basic', 40],
          ['dissatisfied', 60],
        ])
      : pickWeighted(rand, [
          ['satisfied', 70],
          ['basic', 25],
          ['dissatisfied', 5],
        ]);
  const rateOn = workingOnOrAfter(ctx, addDays(delivered, between(rand, 3, 10)));
  p('evaluate', rateOn, { satisfaction }, 2);
  if (satisfaction !== 'dissatisfied' || rand() < 0.4) {
    // Concluded once satisfied, or when the 复查 window has passed.
    const concludeOn =
      satisfaction === 'dissatisfied'
        ? workingOnOrAfter(ctx, addDays(delivered, 40))
        : addDays(rateOn, between(rand, 0, 5));
    p('conclude', workingOnOrAfter(ctx, concludeOn), {}, 3);
    return;
  }
  // Requested after the satisfaction call and within the petitioner's 30 days.
  const byRule = addDays(delivered, 30);
  const wanted = addDays(rateOn, between(rand, 1, 10));
  const reviewOn = [wanted, byRule].sort()[0];
  p('request_review', reviewOn, { reviewRequestedOn: reviewOn }, 4);
  const reviewAnswer = workingOnOrAfter(ctx, addDays(reviewOn, between(rand, 14, 29)));
  const reviewDelivered = addDays(reviewAnswer, between(rand, 0, 2));
  p('answer_review', reviewAnswer, {
    reviewOpinion: rand() < 0.85 ? 'upheld' : 'changed',
    reviewDeliveredOn: reviewDelivered,
  });
  if (rand() < 0.5) {
    p('conclude', workingOnOrAfter(ctx, addDays(reviewDelivered, 40)), {}, 3);
    return;
  }
  const recheckOn = addDays(reviewDelivered, between(rand, 5, 25));
  p('request_recheck', recheckOn, { recheckRequestedOn: recheckOn }, 4);
  p('answer_recheck', workingOnOrAfter(ctx, addDays(recheckOn, between(rand, 14, 29))), {
    recheckOpinion: 'upheld',
  });
}

const OPINION_TEXT: Record<string, string> = {
  support: '经调查核实，信访人反映的情况属实，诉求合理，已责成有关单位限期解决。',
  partial: '经调查核实，信访人反映的情况部分属实，对合理部分予以支持并落实，对其余诉求已作解释说明。',
  reject: '经调查核实，信访人的诉求缺乏事实和法律依据，不予支持，已做好解释疏导工作。',
};

function planTicket(
  ctx: SeedContext,
  rand: () => number,
  step: StepFn,
  key: number,
  received: string,
  mailbox: boolean,
): void {
  const s = (transition: string, on: string, fields: Record<string, unknown> = {}, slot = 1) =>
    step({ on, key, type: 'ticket', transition, input: { fields }, by: 'clerk', slot });
  if (rand() < 0.04) {
    s('return', received, {
      returnReason: '诉求事项属县级部门职责，不属于本乡镇（街道）办理范围，申请退回重新派单',
    });
    return;
  }
  const signOn =
    rand() < 0.05 ? workingAfter(ctx, received, 2) : rand() < 0.6 ? received : workingAfter(ctx, received, 1);
  s('sign', signOn);
  const replyBy = workingAfter(
    ctx,
    received,
    rand() < 0.07 ? between(rand, 6, 8) : between(rand, 1, mailbox ? 9 : 5),
  );
  const replyOn = replyBy > signOn ? replyBy : workingAfter(ctx, signOn, 1);
  s('reply', replyOn, { replyText: '已安排工作人员现场核实处理，并电话回复诉求人办理结果。' }, 2);
  const satisfaction = pickWeighted(rand, [
    ['satisfied', 85],
    ['basic', 10],
    ['dissatisfied', 5],
  ]);
  s('rate', workingAfter(ctx, replyOn, between(rand, 1, 3)), { satisfaction }, 3);
}
