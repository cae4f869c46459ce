// Demo legal advisor records for the fictional 清源县: deterministic (seeded PRNG), the previous
// calendar year and this year to date, in every township, written through the ordinary commands in
// date order so that every record has its audit event. Each township engages one advisor (the
// demo account `<pinyin>.advisor`) and a village advisor for some of its villages and communities;
// the clerk sends it contracts, normative documents, decisions, consultations and meetings, which
// it answers within the period — the last few weeks' tasks still open, one of them overdue — and
// each village advisor makes a 法治体检 visit about every four months. Major enforcement cases
// awaiting their 法制审核 today are sent to the advisor as open tasks linked to the case.
import { addDays } from '../../../shared/calendar/dates.ts';
import { addPeriod } from '../../../shared/calendar/index.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import { DEMO_TOWNSHIPS, type DemoTownship } from '../../demo/county.ts';
import type { RecordTypeDef, SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition } from '../workflow.ts';

const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const FIRMS = [
  '清源县明理律师事务所',
  '清源县正衡律师事务所',
  '清源县公信律师事务所',
  '清源县守正律师事务所',
];
const VILLAGE_ADVISORS = ['邓文静', '谢明辉', '韩晓燕', '冯国平', '程雅琴', '袁志刚', '潘丽华', '杜建军'];

const CONTRACTS: ReadonlyArray<[title: string, party: string, lo: number, hi: number]> = [
  ['{u}农村人居环境整治工程施工合同', '清源县宏达建筑工程有限公司', 300_000, 1_800_000],
  ['{u}便民服务中心物业服务合同', '清源县安居物业管理有限公司', 60_000, 180_000],
  ['{u}集镇垃圾清运服务合同', '清源县洁美环境服务有限公司', 80_000, 260_000],
  ['{u}村级道路硬化工程施工合同', '清源县路通公路工程有限公司', 200_000, 900_000],
  ['{u}办公设备采购合同', '清源县新华办公用品有限公司', 20_000, 90_000],
  ['{u}闲置校舍租赁合同', '清源县绿野农业开发有限公司', 30_000, 120_000],
  ['{u}土地流转服务协议', '清源县丰收农业专业合作社', 50_000, 400_000],
  ['{u}政府购买法律服务合同', '清源县明理律师事务所', 30_000, 60_000],
  ['{u}公共照明维护服务合同', '清源县光明电力安装有限公司', 40_000, 150_000],
];
const DOCS = [
  '{u}村规民约备案审查办法（送审稿）',
  '{u}农村宅基地管理若干规定（送审稿）',
  '{u}集镇市容环境卫生管理办法（送审稿）',
  '{u}防汛抗旱应急工作规定（送审稿）',
];
const DECISIONS = [
  '{u}集镇污水处理设施建设项目决策',
  '{u}老旧小区改造实施方案',
  '{u}农贸市场搬迁改造方案',
  '{u}村级集体经济发展扶持办法',
];
const CONSULTATIONS = [
  '关于征地补偿款分配争议的法律咨询',
  '关于拖欠农民工工资处置程序的法律咨询',
  '关于村集体资产出租的法律咨询',
  '关于信访事项依法分类处理的法律咨询',
  '关于行政协议解除的法律咨询',
  '关于政府信息公开申请答复的法律咨询',
];
const MEETINGS = ['{u}党政联席会议', '{u}重大项目推进会', '{u}信访稳定工作专题会'];
const CHECKUPS = [
  ['村规民约和村务公开法治体检', '村规民约合法性、村务公开栏、村级财务公开情况'],
  ['村级合同管理法治体检', '村集体经济合同签订、履行和归档情况'],
  ['矛盾纠纷排查法治体检', '土地、婚姻家庭、邻里纠纷排查台账和调解记录'],
] as const;

function unitOf(t: DemoTownship): string {
  if (t.kind === 'street') return '街道';
  return t.name.endsWith('乡') ? '乡' : '镇';
}

interface Plan {
  on: string;
  township: DemoTownship;
  run: (clerk: Actor, advisor: Actor, runtime: LedgerRuntime) => Promise<void>;
}

export async function seedAdvisor(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const rt = (type: string) => ledger.recordTypes.find((r) => r.type === type) as RecordTypeDef;
  const [advisorRt, taskRt, checkupRt] = ['advisor', 'task', 'checkup'].map(rt);
  const year = Number(ctx.today.slice(0, 4));
  const start = `${year - 1}-01-01`;
  const span = Math.round((Date.parse(ctx.today) - Date.parse(start)) / 86_400_000);
  /** The first working day after `day` (the day itself is not counted). */
  const working = (day: string, days = 1): string => {
    try {
      return addPeriod(ctx.calendar, { start: day, days, unit: 'working' }).due;
    } catch {
      return addDays(day, Math.ceil((days * 7) / 5) + 1);
    }
  };
  const plans: Plan[] = [];

  DEMO_TOWNSHIPS.forEach((t, ti) => {
    const rand = prng(7300 + ti);
    const u = unitOf(t);
    const orgId = ctx.orgIds.get(t.code);
    const advisorUser = ctx.userIds.get(`${t.pinyin}.advisor`);
    if (orgId === undefined || advisorUser === undefined) throw new Error(`demo advisor: ${t.code}`);
    const firm = FIRMS[ti % FIRMS.length] as string;
    plans.push({
      on: start,
      township: t,
      run: async (clerk, _a, runtime) => {
        await createRecord(
          ctx.tx,
          clerk,
          ledger,
          advisorRt,
          {
            name: t.people[5],
            orgId,
            kind: 'township',
            firm,
            licenceNo: `15110${2010 + ti}1${String(100_000 + ti * 7919).slice(-6)}`,
            contractFrom: start,
            contractTo: `${year}-12-31`,
            fee: 50_000 + 10_000 * (ti % 3),
            userId: advisorUser,
          },
          runtime,
        );
      },
    });
    // 一村一法律顾问: the villages and communities of the township, one advisor each for up to three.
    const units = t.units.slice(0, 3);
    units.forEach((unit, ui) => {
      const unitId = ctx.orgIds.get(unit.code);
      if (unitId === undefined) return;
      const name = VILLAGE_ADVISORS[(ti * 3 + ui) % VILLAGE_ADVISORS.length] as string;
      plans.push({
        on: start,
        township: t,
        run: async (clerk, _a, runtime) => {
          await createRecord(
            ctx.tx,
            clerk,
            ledger,
            advisorRt,
            {
              name,
              orgId: unitId,
              kind: 'village',
              firm: FIRMS[(ti + ui + 1) % FIRMS.length],
              contractFrom: start,
              contractTo: `${year}-12-31`,
              fee: 6_000,
            },
            runtime,
          );
        },
      });
      // a 法治体检 visit about every four months
      for (let d = between(rand, 20, 80); d < span; d += between(rand, 100, 140)) {
        const on = working(addDays(start, d - 1));
        if (on > ctx.today) break;
        const [title, items] = pick(rand, CHECKUPS);
        const issues = between(rand, 0, 4);
        plans.push({
          on,
          township: t,
          run: async (clerk, _a, runtime) => {
            await createRecord(
              ctx.tx,
              clerk,
              ledger,
              checkupRt,
              {
                title: `${unit.name}${title}`,
                orgId: unitId,
                advisorId: advisorUser,
                visitedOn: on,
                items,
                issuesFound: issues,
                suggestions:
                  issues > 0 ? `发现问题${issues}个，已提出整改建议并交村（居）委会落实` : '未发现明显问题',
              },
              runtime,
            );
          },
        });
      }
    });

    // Tasks sent over the period, answered by the advisor within the period unless recent.
    const kinds: Array<[kind: string, perYear: number, days: number]> = [
      ['contract', between(rand, 10, 16), 10],
      ['normative_doc', between(rand, 1, 3), 15],
      ['decision', between(rand, 2, 4), 7],
      ['consultation', between(rand, 6, 12), 5],
      ['meeting', between(rand, 3, 6), 0],
    ];
    let overdueLeft = 1;
    for (const [kind, perYear, days] of kinds) {
      const n = Math.round((perYear * span) / 365);
      for (let i = 0; i < n; i++) {
        const sentOn = working(addDays(start, between(rand, 1, span - 2) - 1));
        if (sentOn > ctx.today) continue;
        const values: Record<string, unknown> = { orgId, kind, advisorId: advisorUser, sentOn };
        if (kind === 'contract') {
          const [title, party, lo, hi] = pick(rand, CONTRACTS);
          Object.assign(values, {
            title: title.replace('{u}', u),
            counterparty: party,
            amount: Math.round(between(rand, lo, hi) / 100) * 100,
            request: '请对合同主体资格、权利义务条款、违约责任和争议解决条款进行合法性审查。',
          });
        } else if (kind === 'normative_doc' || kind === 'decision') {
          const title = pick(rand, kind === 'decision' ? DECISIONS : DOCS).replace('{u}', u);
          Object.assign(values, { title, request: '请对制定主体、权限、程序和内容进行合法性审查。' });
        } else if (kind === 'consultation') {
          Object.assign(values, {
            title: pick(rand, CONSULTATIONS),
            request: '请就相关法律问题出具咨询意见。',
          });
        } else {
          const meetingOn = working(sentOn, between(rand, 1, 3));
          if (meetingOn > ctx.today) continue;
          Object.assign(values, { title: `列席${pick(rand, MEETINGS).replace('{u}', u)}`, meetingOn });
        }
        // answered a few working days later; the recent ones are still open (one left overdue)
        const answerOn = working(sentOn, Math.max(1, between(rand, 2, Math.max(2, days - 1))));
        let answered = answerOn <= ctx.today && rand() < 0.97;
        if (!answered && kind !== 'meeting' && overdueLeft === 0) answered = answerOn <= ctx.today;
        if (!answered && kind !== 'meeting' && answerOn <= ctx.today) overdueLeft--;
        const opinion = rand() < 0.7 ? 'approve' : rand() < 0.85 ? 'approve_modified' : 'reject';
        plans.push({
          on: sentOn,
          township: t,
          run: async (clerk, advisor, runtime) => {
            const row = await createRecord(ctx.tx, clerk, ledger, taskRt, values, runtime);
            if (!answered) return;
            const review = kind === 'contract' || kind === 'normative_doc' || kind === 'decision';
            const reply = review
              ? opinion === 'approve'
                ? '经审查，未发现违反法律、法规强制性规定的内容，同意。'
                : opinion === 'approve_modified'
                  ? '经审查，部分条款表述不够明确，建议按审查意见修改后签订（印发）。'
                  : '经审查，相关内容缺乏法律依据，不同意，建议重新论证。'
              : kind === 'meeting'
                ? '已列席会议，对议题的合法性发表意见，意见已记入会议纪要。'
                : '已当面答复并出具书面咨询意见。';
            await applyTransition(
              ctx.tx,
              advisor,
              ledger,
              taskRt,
              row.id,
              'answer',
              { on: answerOn, fields: review ? { opinion, reply } : { reply } },
              { ...runtime, at: `${answerOn}T07:30:00.000Z` },
            );
          },
        });
      }
    }
  });

  plans.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const actors = new Map<string, Actor>();
  const actorOf = async (name: string): Promise<Actor> => {
    const had = actors.get(name);
    if (had) return had;
    const id = ctx.userIds.get(name);
    const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
    if (!loaded) throw new Error(`demo advisor: no account ${name}`);
    actors.set(name, loaded);
    return loaded;
  };
  for (const [i, p] of plans.entries()) {
    const clerk = await actorOf(`${p.township.pinyin}.clerk`);
    const advisor = await actorOf(`${p.township.pinyin}.advisor`);
    const at = `${p.on}T0${1 + (i % 8)}:10:00.000Z`;
    await p.run(clerk, advisor, { pii: ctx.pii, calendar: ctx.calendar, today: ctx.today, at });
  }
  await sendPendingCaseReviews(ctx, taskRt);
}

/** Major enforcement cases waiting for their 法制审核 today: an open task linked to each. */
async function sendPendingCaseReviews(ctx: SeedContext, taskRt: RecordTypeDef): Promise<void> {
  for (const t of DEMO_TOWNSHIPS) {
    const clerkId = ctx.userIds.get(`${t.pinyin}.clerk`);
    const advisorId = ctx.userIds.get(`${t.pinyin}.advisor`);
    const org = await ctx.tx
      .selectFrom('org')
      .select(['id', 'path'])
      .where('code', '=', t.code)
      .executeTakeFirst();
    if (clerkId === undefined || advisorId === undefined || !org) continue;
    const clerk = await loadActor(ctx.tx, clerkId, null);
    if (!clerk) continue;
    const cases = await ctx.tx
      .selectFrom('enforcementCase')
      .select(['id', 'title', 'noticeOn', 'filedOn'])
      .where('isMajor', '=', 1)
      .where('state', '=', 'notified')
      .where((eb) => inOrgSubtree(eb, 'enforcementCase.orgId', [org.path]))
      .orderBy('id')
      .execute();
    for (const c of cases) {
      const sentOn = c.noticeOn && c.noticeOn <= ctx.today ? c.noticeOn : ctx.today;
      await createRecord(
        ctx.tx,
        clerk,
        ctx.ledger,
        taskRt,
        {
          title: `${c.title}（重大执法决定法制审核）`,
          orgId: org.id,
          kind: 'case',
          advisorId,
          sentOn,
          caseId: c.id,
          request: '本案拟作出重大执法决定，请进行法制审核并出具书面审核意见（《行政处罚法》第五十八条）。',
        },
        { pii: ctx.pii, calendar: ctx.calendar, today: ctx.today, at: `${sentOn}T08:00:00.000Z` },
      );
    }
  }
}
