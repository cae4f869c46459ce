// Demo disputes for the fictional 清源县: deterministic (seeded PRNG) records for the whole previous
// calendar year and this year to date, in every township, written through the ordinary commands
// (create, transitions, refusals) in date order, so the audit trail, the workflow steps and the
// clocks are exactly what real use would have produced. Some disputes are still open — a few near
// their due date, a few overdue — some carry the 民转刑 risk flag, and a few attempts are refused.
import { Readable } from 'node:stream';
import { addDays, diffDays } from '../../../shared/calendar/dates.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { storeAttachment } from '../../core/attachments.ts';
import { notAfter } from '../../core/clock.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';
import { CATEGORIES } from './labels.ts';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴淑珍光荣金凤';

const TITLES: Record<string, string[]> = {
  neighbour: [
    '宅基地边界滴水纠纷',
    '排水沟堵塞引发邻里纠纷',
    '修建围墙占道纠纷',
    '饲养家禽扰邻纠纷',
    '通行道路纠纷',
  ],
  family: ['赡养老人费用分担纠纷', '离婚后子女抚养纠纷', '兄弟分家析产纠纷', '遗产继承纠纷'],
  land: ['承包地边界纠纷', '土地流转租金纠纷', '林地界址纠纷', '耕地占用补偿纠纷'],
  grassland: ['草山放牧界线纠纷', '草场承包使用纠纷'],
  labour: ['农民工工资拖欠纠纷', '务工受伤工资结算纠纷', '装修工人劳务费纠纷'],
  contract: ['房屋租赁合同纠纷', '农产品买卖货款纠纷', '建房施工合同纠纷', '借款合同纠纷'],
  damages: ['交通事故损害赔偿纠纷', '耕牛误食农药赔偿纠纷', '房屋漏水损害赔偿纠纷', '犬只伤人赔偿纠纷'],
  other: ['物业服务费纠纷', '广场舞噪音纠纷', '消费购物退款纠纷'],
};

const CATEGORY_WEIGHTS: Array<[string, number]> = [
  ['neighbour', 28],
  ['family', 18],
  ['land', 16],
  ['grassland', 4],
  ['labour', 10],
  ['contract', 10],
  ['damages', 10],
  ['other', 4],
];
const SOURCE_WEIGHTS: Array<[string, number]> = [
  ['screening', 35],
  ['visit', 25],
  ['grid', 20],
  ['police', 8],
  ['court', 5],
  ['hotline', 7],
];
const METHOD_WEIGHTS: Array<[string, number]> = [
  ['people', 80],
  ['administrative', 10],
  ['joint', 8],
  ['judicial', 2],
];

function pickWeighted(rand: () => number, table: Array<[string, number]>): string {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[table.length - 1][0];
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

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
  const y = 1950 + Math.floor(rand() * 50);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  const body = `511099${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(Math.floor(rand() * 1000)).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, wi, i) => s + wi * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

type Step =
  | { at: string; kind: 'create'; key: number }
  | {
      at: string;
      kind: 'transition';
      key: number;
      transition: string;
      input: Record<string, unknown>;
      by: 'mediator' | 'leader';
      agreement?: boolean;
    };

interface Planned {
  key: number;
  township: (typeof DEMO_TOWNSHIPS)[number];
  values: Record<string, unknown>;
  id?: number;
}

/** A time of day on `date` (China time) as an ISO instant; `slot` orders steps of one day. */
function at(date: string, slot: number): string {
  const minutes = 9 * 60 + slot;
  const h = String(Math.floor(minutes / 60) - 8).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00.000Z`;
}

export async function seedDisputes(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const rt = ledger.recordTypes[0];
  const year = Number(ctx.today.slice(0, 4));
  const first = `${year - 1}-01-01`;
  const plans: Planned[] = [];
  const steps: Step[] = [];
  let key = 0;

  for (const [ti, township] of DEMO_TOWNSHIPS.entries()) {
    const rand = prng(0x5eed + ti * 7919);
    const units = township.units.flatMap((u, ui) => [
      u.code,
      ...(u.grids ?? [])
        .map((_, gi) => `${u.code}${String(gi + 1).padStart(2, '0')}`)
        .slice(0, ui % 2 === 0 ? 2 : 0),
    ]);
    const mediatorId = ctx.userIds.get(`${township.pinyin}.mediator`) ?? null;
    for (let d = first; d <= ctx.today; d = addDays(d, 1)) {
      // About 2.5 disputes a month per township, a little more in the spring (farming, land).
      const month = Number(d.slice(5, 7));
      const rate = (month >= 3 && month <= 5 ? 3.2 : 2.3) / 30;
      if (rand() >= rate) continue;
      const category = pickWeighted(rand, CATEGORY_WEIGHTS);
      const title = pick(rand, TITLES[category]);
      const orgCode = pick(rand, units);
      const orgId = ctx.orgIds.get(orgCode);
      if (orgId === undefined) continue;
      const k = key++;
      const applicant = personName(rand);
      const values: Record<string, unknown> = {
        title,
        orgId,
        acceptedOn: d,
        source: pickWeighted(rand, SOURCE_WEIGHTS),
        category,
        method: pickWeighted(rand, METHOD_WEIGHTS),
        applicantName: applicant,
        applicantPhone: mobile(rand),
        applicantIdcard: rand() < 0.7 ? idNumber(rand) : null,
        respondentName: personName(rand),
        respondentPhone: rand() < 0.6 ? mobile(rand) : null,
        partyCount: 2 + Math.floor(rand() * 4),
        amount: ['labour', 'contract', 'damages'].includes(category)
          ? Math.round(rand() * 400) * 100 + 2000
          : null,
        mediatorId,
        summary: `${applicant}反映${title.replace(/纠纷$/, '')}问题，申请调解。`,
      };
      plans.push({ key: k, township, values });
      steps.push({ at: at(d, 0), kind: 'create', key: k });

      const age = diffDays(d, ctx.today);
      const startOn = addDays(d, Math.floor(rand() * 3));
      if (startOn > ctx.today) continue;
      steps.push({
        at: at(startOn, 30),
        kind: 'transition',
        key: k,
        transition: 'start',
        input: { on: startOn },
        by: 'mediator',
      });

      // Open disputes: the recent ones, a few older ones left overdue…
      const leftOverdue = age > 32 && age < 70 && rand() < 0.35;
      const duration = 3 + Math.floor(rand() * 24) + (rand() < 0.06 ? 12 : 0);
      const endOn = addDays(d, duration);
      // …and some close to their due date, for the board's yellow cards.
      const nearDue = age >= 24 && age <= 29 && rand() < 0.6;
      if (leftOverdue || nearDue || endOn > ctx.today) {
        if (rand() < 0.15) {
          steps.push({
            at: at(startOn, 60),
            kind: 'transition',
            key: k,
            transition: 'flag_risk',
            input: {
              on: startOn,
              fields: {
                riskNote: '双方情绪激动，一方扬言采取过激行为，已安排专人稳控并每日跟进',
                reportedToPolice: true,
              },
            },
            by: 'mediator',
          });
        }
        continue;
      }
      const roll = rand();
      if (roll < 0.9) {
        const written = rand() < 0.75;
        // A few mediators first try to close a written agreement without uploading it: refused.
        if (written && rand() < 0.03) {
          steps.push({
            at: at(endOn, 90),
            kind: 'transition',
            key: k,
            transition: 'succeed',
            input: { on: endOn, fields: { agreementForm: 'written' } },
            by: 'mediator',
          });
        }
        steps.push({
          at: at(endOn, 120),
          kind: 'transition',
          key: k,
          transition: 'succeed',
          input: {
            on: endOn,
            fields: written
              ? { agreementForm: 'written' }
              : {
                  agreementForm: 'oral',
                  agreementContent: '双方当场达成一致，一方赔礼道歉并即时履行，人民调解员记录在案',
                },
          },
          by: 'mediator',
          agreement: written,
        });
        const visitOn = addDays(endOn, 7 + Math.floor(rand() * 20));
        if (visitOn <= ctx.today && rand() < 0.7) {
          const result = rand() < 0.9 ? 'fulfilled' : 'partial';
          steps.push({
            at: at(visitOn, 150),
            kind: 'transition',
            key: k,
            transition: 'follow_up',
            input: { on: visitOn, fields: { lastVisitOn: visitOn, visitResult: result } },
            by: 'mediator',
          });
        }
      } else if (roll < 0.96) {
        steps.push({
          at: at(endOn, 120),
          kind: 'transition',
          key: k,
          transition: 'fail',
          input: {
            on: endOn,
            fields: { referral: pick(rand, ['litigation', 'arbitration', 'administrative']) },
          },
          by: 'mediator',
        });
      } else {
        steps.push({
          at: at(endOn, 120),
          kind: 'transition',
          key: k,
          transition: 'terminate',
          input: {
            on: endOn,
            fields: { terminationReason: pick(rand, ['refused', 'withdrawn', 'other_channel']) },
          },
          by: 'mediator',
        });
      }
    }
  }

  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const actors = new Map<string, Actor>();
  const actorOf = async (pinyin: string, role: 'mediator' | 'leader'): Promise<Actor> => {
    const name = `${pinyin}.${role}`;
    let a = actors.get(name);
    if (!a) {
      const id = ctx.userIds.get(name);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo disputes: no account ${name}`);
      a = loaded;
      actors.set(name, a);
    }
    return a;
  };
  const byKey = new Map(plans.map((p) => [p.key, p]));
  let agreementNo = 0;
  for (const s of steps) {
    const plan = byKey.get(s.key)!;
    const runtime: LedgerRuntime = {
      pii: ctx.pii,
      calendar: ctx.calendar,
      today: ctx.today,
      at: notAfter(s.at, ctx.now),
    };
    if (s.kind === 'create') {
      const actor = await actorOf(plan.township.pinyin, 'mediator');
      const row = await createRecord(ctx.tx, actor, ledger, rt, plan.values, runtime);
      plan.id = row.id;
      continue;
    }
    if (plan.id === undefined) continue;
    const actor = await actorOf(plan.township.pinyin, s.by);
    const input = { ...s.input } as {
      on: string;
      fields?: Record<string, unknown>;
      attachmentIds?: number[];
    };
    if (s.agreement) {
      agreementNo++;
      const text = agreementText(plan, input.on, agreementNo);
      const file = await storeAttachment(ctx.tx, actor, {
        stream: Readable.from([Buffer.from(text, 'utf8')]),
        filename: `人民调解协议书（${plan.township.name}${input.on.slice(0, 4)}第${agreementNo}号）.txt`,
        orgId: plan.values.orgId as number,
        dataDir: ctx.dataDir,
        s3: ctx.s3,
        maxBytes: 1024 * 1024,
      });
      input.attachmentIds = [file.id];
    }
    try {
      await applyTransition(ctx.tx, actor, ledger, rt, plan.id, s.transition, input, runtime);
    } catch (err) {
      if (!(err instanceof WorkflowRefused)) throw err;
      await recordRefusal(ctx.tx, actor, err, s.at);
    }
  }
}

function agreementText(plan: Planned, on: string, no: number): string {
  const v = plan.values;
  const category = CATEGORIES.find((c) => c.value === v.category)?.label ?? '';
  return [
    '人民调解协议书',
    `${plan.township.name}人民调解委员会 ${on.slice(0, 4)}年第${no}号`,
    `当事人：${v.applicantName}；${v.respondentName}`,
    `纠纷类别：${category}`,
    `纠纷简要事实、争议事项：${v.summary}`,
    '经调解，双方自愿达成如下协议：双方互谅互让，按约定期限履行各自义务，今后不再就此事发生争执。',
    '履行方式、时限：协议签订之日起三十日内履行完毕。',
    '本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效（《中华人民共和国人民调解法》第二十九条）。',
    `日期：${on}`,
    '（演示数据，人物均为虚构）',
  ].join('\n');
}
