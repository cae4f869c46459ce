// Demo enforcement records for the fictional 清源县: deterministic (seeded PRNG) officers, the item
// list, equipment, cases and inspections for the whole previous calendar year and this year to
// date, in every township, written through the ordinary commands (create, transitions, refusals)
// in date order, so the audit trail, the workflow steps and the clocks are what real use would
// have produced. Some cases are still open — a few near their due date, a few overdue — some
// decisions wait in the disclosure queue, a few certificates expire, a few enterprises are
// inspected more often than the cap, and a few attempts are refused.
import { Readable } from 'node:stream';
import { addDays, diffDays } from '../../../shared/calendar/dates.ts';
import { addPeriod } from '../../../shared/calendar/index.ts';
import { orgShortName } from '../../../shared/doc-number.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { storeAttachment } from '../../core/attachments.ts';
import { notAfter } from '../../core/clock.ts';
import { DEMO_COUNTY, DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { RecordTypeDef, SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime, updateRecord } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';
import { demoFirms, demoInspections } from './demo-firms.ts';

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const between = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴淑珍光荣金凤';
function personName(rand: Rand): string {
  const given = rand() < 0.35 ? pick(rand, [...GIVEN]) : pick(rand, [...GIVEN]) + pick(rand, [...GIVEN]);
  return pick(rand, [...SURNAMES]) + given;
}
function mobile(rand: Rand): string {
  return (
    pick(rand, ['138', '139', '135', '150', '158', '182', '187', '199']) +
    String(Math.floor(rand() * 1e8)).padStart(8, '0')
  );
}
/** A well-formed (fictional: county code 511099) citizen identity number with its check digit. */
function idNumber(rand: Rand): string {
  const body = `511099${between(rand, 1955, 2000)}${String(between(rand, 1, 12)).padStart(2, '0')}${String(between(rand, 1, 28)).padStart(2, '0')}${String(between(rand, 0, 999)).padStart(3, '0')}`;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, wi, i) => s + wi * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
/** Items a township typically holds (legal bases verified against the cited articles). */
const ITEMS = [
  {
    key: 'planning',
    name: '对在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照许可证规定进行建设的处理',
    category: 'penalty',
    source: 'statutory',
    legalBasis: '《中华人民共和国城乡规划法》第六十五条',
    department: null,
    titles: ['未取得乡村建设规划许可证擅自建房案', '未按乡村建设规划许可证规定建设案'],
    outcome: 'suspension',
  },
  {
    key: 'homestead',
    name: '对农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅的处罚',
    category: 'penalty',
    source: 'delegated',
    legalBasis: '《中华人民共和国土地管理法》第七十八条',
    department: '县农业农村局',
    titles: ['未经批准非法占用土地建住宅案'],
    outcome: 'suspension',
  },
  {
    key: 'burning',
    name: '对露天焚烧秸秆、落叶等产生烟尘污染物质的处罚',
    category: 'penalty',
    source: 'delegated',
    legalBasis: '《中华人民共和国大气污染防治法》第一百一十九条第一款',
    department: '县生态环境局',
    titles: ['露天焚烧秸秆案', '露天焚烧落叶杂草案'],
    outcome: 'fine_small',
  },
  {
    key: 'waste',
    name: '对随意倾倒、抛撒、堆放或者焚烧生活垃圾的处罚',
    category: 'penalty',
    source: 'delegated',
    legalBasis: '《中华人民共和国固体废物污染环境防治法》第一百一十一条',
    department: '县综合行政执法局',
    titles: ['随意倾倒生活垃圾案', '随意堆放建筑垃圾和生活垃圾案'],
    outcome: 'fine_small',
  },
  {
    key: 'safety_training',
    name: '对生产经营单位未按照规定对从业人员进行安全生产教育和培训的处罚',
    category: 'penalty',
    source: 'entrusted',
    legalBasis: '《中华人民共和国安全生产法》第九十七条',
    department: '县应急管理局',
    titles: ['未按规定对从业人员进行安全生产教育和培训案'],
    outcome: 'fine_large',
  },
  {
    key: 'forest',
    name: '对开垦、采石、采砂、采土等造成林木毁坏的处罚',
    category: 'penalty',
    source: 'entrusted',
    legalBasis: '《中华人民共和国森林法》第七十四条',
    department: '县林业局',
    titles: ['擅自采砂毁坏林木案', '开垦林地毁坏林木案'],
    outcome: 'fine_large',
  },
  {
    key: 'safety_inspection',
    name: '对本行政区域内生产经营单位安全生产状况的监督检查',
    category: 'inspection',
    source: 'statutory',
    legalBasis: '《中华人民共和国安全生产法》第九条第二款',
    department: null,
    titles: [],
    outcome: '',
  },
] as const;

const at = (date: string, slot: number) => {
  const minutes = 9 * 60 + slot;
  return `${date}T${String(Math.floor(minutes / 60) - 8).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
};

type Who = 'officer' | 'officer2' | 'leader' | 'clerk' | 'advisor';

interface Step {
  at: string;
  township: number;
  who: Who;
  run: (actor: Actor, runtime: LedgerRuntime) => Promise<void>;
}

export async function seedEnforcement(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const rt = (type: string) => ledger.recordTypes.find((r) => r.type === type) as RecordTypeDef;
  const [caseRt, officerRt, itemRt, equipmentRt, inspectionRt] = [
    'case',
    'officer',
    'item',
    'equipment',
    'inspection',
  ].map(rt);
  const year = Number(ctx.today.slice(0, 4));
  const first = `${year - 1}-01-01`;
  const setup = `${year - 1}-01-02`;
  const steps: Step[] = [];
  const working = (start: string, days: number): string => {
    try {
      return addPeriod(ctx.calendar, { start, days, unit: 'working' }).due;
    } catch {
      return addDays(start, Math.ceil((days * 7) / 5) + 1);
    }
  };
  const ids = new Map<string, number>();
  const idOf = (key: string) => ids.get(key);
  /** Input may be a function, for document numbers given in the order the steps happen. */
  const transition = (
    type: RecordTypeDef,
    key: string,
    id: string,
    input: Record<string, unknown> | (() => Record<string, unknown>),
  ) => {
    return async (actor: Actor, runtime: LedgerRuntime) => {
      const recordId = idOf(key);
      if (recordId === undefined) return;
      try {
        // The legal advisor reads no enforcement record: its 法制审核 and 案卷评查 reach the case
        // as the answer of a review task (TransitionDef.linked), with the step's delegated authority.
        const delegated = actor.roles.every((r) => r.role === 'advisor');
        const v = typeof input === 'function' ? input() : input;
        await applyTransition(ctx.tx, actor, ledger, type, recordId, id, v, runtime, { delegated });
      } catch (err) {
        if (!(err instanceof WorkflowRefused)) throw err;
        await recordRefusal(ctx.tx, actor, err, runtime.at);
      }
    };
  };
  /** Values may be a function, for references (item ids) known only once their records exist. */
  const create = (
    type: RecordTypeDef,
    key: string,
    values: Record<string, unknown> | (() => Record<string, unknown>),
  ) => {
    return async (actor: Actor, runtime: LedgerRuntime) => {
      const v = typeof values === 'function' ? values() : values;
      const row = await createRecord(ctx.tx, actor, ledger, type, v, runtime);
      ids.set(key, row.id);
    };
  };
  /** 调查取证 with its evidence file, stored (and hashed) by the shared attachment store. */
  const investigate = (key: string, orgId: number, on: string, name: string, text: string) => {
    return async (actor: Actor, runtime: LedgerRuntime) => {
      const file = await storeAttachment(ctx.tx, actor, {
        stream: Readable.from([Buffer.from(text, 'utf8')]),
        filename: name,
        orgId,
        dataDir: ctx.dataDir,
        s3: ctx.s3,
        maxBytes: 1024 * 1024,
      });
      await transition(caseRt, key, 'investigate', { on, attachmentIds: [file.id] })(actor, runtime);
    };
  };
  // 案号 and 决定书文号 run from 1 each year per township, in the order the cases are filed and
  // decided (the steps run in date order, so the numbers are taken when a step runs).
  const issued = new Map<string, number>();
  const docNo = (town: string, word: string, on: string, take = true) => {
    const key = `${town}${word}${on.slice(0, 4)}`;
    const seq = (issued.get(key) ?? 0) + 1;
    if (take) issued.set(key, seq);
    return `${orgShortName(town)}${word}〔${on.slice(0, 4)}〕${seq}号`;
  };
  let refusalsMajor = 0;
  let refusalsOfficer = 0;
  let refusalsHearing = 0;

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const rand = prng(0xe4f0 + ti * 104729);
    const orgId = ctx.orgIds.get(t.code);
    if (orgId === undefined) continue;
    const user = (who: Who) => ctx.userIds.get(`${t.pinyin}.${who}`) ?? null;
    const push = (date: string, slot: number, who: Who, run: Step['run']) => {
      if (date <= ctx.today) steps.push({ at: at(date, slot), township: ti, who, run });
    };

    // ── the item list (纳入清单 at the end of the year before) ──
    ITEMS.forEach((it, ii) => {
      const key = `${ti}:item:${it.key}`;
      push(
        setup,
        ii,
        'clerk',
        create(itemRt, key, {
          name: it.name,
          orgId,
          code: `${t.code}-${it.category === 'inspection' ? 'JC' : 'CF'}-${String(ii + 1).padStart(3, '0')}`,
          category: it.category,
          source: it.source,
          legalBasis: it.legalBasis,
          department: it.department,
          listedOn: `${year - 2}-12-${String(10 + ti).padStart(2, '0')}`,
        }),
      );
    });

    // ── officers: the three with accounts, and the 综合执法队员 without ──
    const certNo = (n: number) =>
      `${DEMO_COUNTY.code}${String(2019 + (n % 5))}${String(ti * 20 + n + 1).padStart(4, '0')}`;
    const linked: Array<[Who, number]> = [
      ['officer', 0],
      ['officer2', 1],
      ['leader', 2],
    ];
    for (const [who, n] of linked) {
      const name = t.people[['leader', 'clerk', 'officer', 'officer2'].indexOf(who)];
      const issued = `${2020 + ((n + ti) % 3)}-0${1 + ((n + ti) % 9)}-15`;
      // One second officer's certificate runs out mid-year and is renewed in time.
      const renewed = who === 'officer2' && ti % 3 === 0;
      const validUntil = renewed ? `${year - 1}-06-30` : `${Number(issued.slice(0, 4)) + 6}-12-31`;
      const key = `${ti}:officer:${who}`;
      push(
        setup,
        10 + n,
        'clerk',
        create(officerRt, key, {
          name,
          orgId,
          certNo: certNo(n),
          field: 'comprehensive',
          issuedOn: issued,
          validUntil,
          userId: user(who),
        }),
      );
      if (renewed) {
        push(
          `${year - 1}-06-20`,
          10,
          'clerk',
          transition(officerRt, key, 'renew', {
            on: `${year - 1}-06-20`,
            fields: { certNo: `${certNo(n)}R`, validUntil: `${year + 4}-06-30` },
          }),
        );
      }
    }
    const crew = 2 + (ti % 3);
    for (let n = 3; n < 3 + crew; n++) {
      const issued = `${2019 + between(rand, 0, 4)}-${String(between(rand, 1, 12)).padStart(2, '0')}-${String(between(rand, 1, 28)).padStart(2, '0')}`;
      // The first crew member's certificate expires soon (a yellow warning), the last one of some
      // townships has expired unnoticed (a red one); a third is revoked on transfer.
      const validUntil =
        n === 3
          ? addDays(ctx.today, between(rand, 5, 50))
          : n === 2 + crew && ti % 2 === 1
            ? addDays(ctx.today, -between(rand, 10, 60))
            : `${year + between(rand, 1, 4)}-12-31`;
      const key = `${ti}:officer:${n}`;
      push(
        setup,
        10 + n,
        'clerk',
        create(officerRt, key, {
          name: personName(rand),
          orgId,
          certNo: certNo(n),
          field: pick(rand, [
            'comprehensive',
            'comprehensive',
            'agriculture',
            'emergency',
            'natural_resources',
          ]),
          issuedOn: issued,
          validUntil,
          userId: null,
        }),
      );
      if (n === 4 && ti % 3 === 2) {
        const on = addDays(first, between(rand, 120, 300));
        push(
          on,
          20,
          'clerk',
          transition(officerRt, key, 'revoke', { on, fields: { revokeReason: '工作调动，调离执法岗位' } }),
        );
      }
    }

    // ── equipment ──
    const recorders = 2 + (ti % 4);
    const holders: Who[] = ['officer', 'officer2', 'leader'];
    for (let n = 0; n < recorders + 2; n++) {
      const kind = n < recorders ? 'recorder' : n === recorders ? 'terminal' : 'vehicle';
      const acquired =
        n === recorders - 1 && ti % 2 === 0
          ? addDays(first, between(rand, 200, 400))
          : `${year - 2}-0${1 + (n % 9)}-10`;
      const key = `${ti}:equipment:${n}`;
      const when = acquired < setup ? setup : acquired;
      push(
        when,
        30 + n,
        'clerk',
        create(equipmentRt, key, {
          assetNo: `${t.pinyin.toUpperCase().slice(0, 2)}-${kind === 'recorder' ? 'JLY' : kind === 'terminal' ? 'ZD' : 'CL'}-${String(n + 1).padStart(3, '0')}`,
          orgId,
          kind,
          model:
            kind === 'recorder'
              ? pick(rand, ['DSJ-V9 执法记录仪', 'DSJ-T8 执法记录仪', 'DSJ-K6 执法记录仪'])
              : kind === 'terminal'
                ? '移动执法终端 ZF-5G'
                : '综合执法巡查车',
          holderId: user(holders[n % holders.length]),
          acquiredOn: acquired,
        }),
      );
      if (n === 0 && ti % 3 === 1) {
        const on = addDays(first, between(rand, 150, 330));
        push(
          on,
          40,
          'clerk',
          transition(equipmentRt, key, 'retire', { on, fields: { retireReason: '主板损坏，无法修复' } }),
        );
      }
    }

    // ── inspections: the township's own firms, within the yearly cap but for an odd one ──
    const firms = demoFirms(t.name, ti);
    const safetyItem = `${ti}:item:safety_inspection`;
    const visits = [year - 1, year].flatMap((y) => demoInspections(firms, ti, y, ctx.today));
    for (const [inspectionNo, v] of visits.entries()) {
      const key = `${ti}:inspection:${inspectionNo}`;
      push(
        v.on,
        200,
        'officer',
        create(inspectionRt, key, () => ({
          enterpriseName: v.firm.name,
          creditCode: v.firm.code,
          orgId,
          inspectedOn: v.on,
          kind: v.kind,
          itemId: idOf(safetyItem) ?? null,
          leadOfficerId: user('officer'),
          secondOfficerId: user('officer2'),
          result: v.result,
          findings:
            v.result === 'ok'
              ? '现场检查安全生产责任制、教育培训记录和消防设施，未发现问题。'
              : v.result === 'rectify'
                ? '发现灭火器过期、安全出口堆放杂物，现场下达责令限期整改通知书。'
                : '发现未按规定开展安全生产教育和培训，移交立案查处。',
        })),
      );
      const concludeOn = addDays(v.on, v.concludeAfter);
      if (diffDays(concludeOn, ctx.today) > 0)
        push(concludeOn, 210, 'officer', transition(inspectionRt, key, 'conclude', { on: concludeOn }));
    }

    // ── cases ──
    const penaltyItems = ITEMS.filter((it) => it.category === 'penalty');
    let caseNo = 0;
    for (let d = first; d <= ctx.today; d = addDays(d, 1)) {
      const month = Number(d.slice(5, 7));
      // More 秸秆焚烧 and 建房 cases in spring and autumn.
      const rate = ([3, 4, 10, 11].includes(month) ? 4.2 : 2.6) / 30;
      if (rand() >= rate) continue;
      const it = pick(rand, penaltyItems);
      const key = `${ti}:case:${caseNo}`;
      caseNo++;
      const person = it.key === 'safety_training' || it.key === 'forest' ? rand() < 0.2 : rand() < 0.75;
      const firm = pick(rand, firms);
      const partyName = person ? personName(rand) : firm.name;
      const facts = `经现场检查，${partyName}存在${pick(rand, it.titles).replace(/案$/, '')}的行为，违反${it.legalBasis}的规定。`;
      const isMajor =
        it.outcome === 'suspension' ? rand() < 0.45 : it.outcome === 'fine_large' ? rand() < 0.3 : false;
      const oneOfficer = refusalsOfficer < 3 && ti === refusalsOfficer * 2 && caseNo === 3;
      const lead = user('officer');
      const second = user(rand() < 0.8 ? 'officer2' : 'leader');
      const itemKey = `${ti}:item:${it.key}`;
      push(
        d,
        60,
        'officer',
        create(caseRt, key, () => ({
          caseNo: docNo(t.name, '综执罚立', d),
          title: `${partyName}${pick(rand, it.titles)}`,
          orgId,
          filedOn: d,
          source: pick(rand, ['inspection', 'inspection', 'complaint', 'referral', 'other']),
          itemId: idOf(itemKey) ?? null,
          isMajor,
          leadOfficerId: lead,
          secondOfficerId: oneOfficer ? null : second,
          partyType: person ? 'person' : firm.kind === 'company' ? 'entity' : 'business',
          partyName,
          partyIdcard: person ? idNumber(rand) : null,
          partyPhone: mobile(rand),
          partyCreditCode: person ? null : firm.code,
          facts,
        })),
      );

      const age = diffDays(d, ctx.today);
      const invOn = addDays(d, between(rand, 0, 4));
      if (oneOfficer) {
        refusalsOfficer++;
        // Investigating with one officer is refused (第42条); the second is added, then it proceeds.
        push(invOn, 70, 'officer', transition(caseRt, key, 'investigate', { on: invOn }));
        push(invOn, 71, 'officer', async (actor, runtime) => {
          const caseId = idOf(key);
          if (caseId !== undefined)
            await updateRecord(ctx.tx, actor, ledger, caseRt, caseId, { secondOfficerId: second }, runtime);
        });
      }
      const record = `现场检查（勘验）笔录\n案件：${key}\n检查时间：${invOn}\n执法人员出示执法证件，全程使用执法记录仪记录。\n（演示数据，人物均为虚构）`;
      push(
        invOn,
        72,
        'officer',
        investigate(key, orgId, invOn, `现场检查笔录（${t.name}${invOn}）.txt`, record),
      );
      // A few cases end early: the facts do not hold.
      if (rand() < 0.04) {
        const on = addDays(invOn, between(rand, 10, 40));
        push(
          on,
          80,
          'leader',
          transition(caseRt, key, 'terminate', {
            on,
            fields: { terminationReason: pick(rand, ['not_established', 'no_jurisdiction']) },
          }),
        );
        continue;
      }
      // A few older cases stall before the decision and are left overdue (red cards).
      const stalled = age > 92 && age < 200 && rand() < 0.2;
      const amount =
        it.outcome === 'fine_small'
          ? between(rand, 5, 20) * 100
          : it.outcome === 'fine_large'
            ? between(rand, 10, 30) * 1000
            : 0;
      const firstOffense = it.outcome === 'fine_small' && rand() < 0.25;
      const outcome = firstOffense
        ? 'first_offense'
        : it.outcome === 'suspension'
          ? rand() < 0.7
            ? 'suspension'
            : 'warning'
          : rand() < 0.08
            ? 'warning'
            : 'fine';
      const hearingOffered = outcome === 'suspension' || amount >= 10000;
      const noticeOn = addDays(invOn, between(rand, 7, 25));
      push(
        noticeOn,
        90,
        'officer',
        transition(caseRt, key, 'notify', { on: noticeOn, fields: { hearingOffered } }),
      );
      if (stalled) continue;
      let ready = working(noticeOn, 5);
      if (hearingOffered && rand() < 0.3) {
        const late = refusalsHearing < 2 && ti >= 4 && rand() < 0.5;
        const requestedOn = late ? working(noticeOn, 6) : working(noticeOn, between(rand, 1, 4));
        if (late) {
          // Asked for on the sixth working day after the notice: refused (第64条), and the case goes on.
          refusalsHearing++;
          ready = requestedOn;
          push(
            requestedOn,
            95,
            'officer',
            transition(caseRt, key, 'request_hearing', {
              on: requestedOn,
              fields: { hearingRequestedOn: requestedOn },
            }),
          );
        } else {
          push(
            requestedOn,
            95,
            'officer',
            transition(caseRt, key, 'request_hearing', {
              on: requestedOn,
              fields: { hearingRequestedOn: requestedOn },
            }),
          );
          const hearingNoticeOn = working(requestedOn, 2);
          const hearingOn = working(hearingNoticeOn, between(rand, 7, 9));
          push(
            hearingOn,
            100,
            'officer',
            transition(caseRt, key, 'hold_hearing', {
              on: hearingOn,
              fields: { hearingNoticeOn, hearingOn },
            }),
          );
          ready = hearingOn;
        }
      }
      const reviewed = isMajor || rand() < 0.35;
      let decideOn = addDays(ready, between(rand, 1, 8));
      if (isMajor && refusalsMajor < 3 && ti % 2 === 0 && rand() < 0.5) {
        refusalsMajor++;
        // Deciding a 重大 case the day after the hearing window, before its 法制审核: refused (第58条).
        const attemptOn = addDays(ready, 1);
        ready = attemptOn;
        push(
          attemptOn,
          105,
          'leader',
          // The refused attempt takes no number: the one it shows goes to the next decision.
          transition(caseRt, key, 'decide', () => ({
            on: attemptOn,
            fields: {
              decisionNo: docNo(t.name, '综执罚决', attemptOn, false),
              outcome,
              fineAmount: amount || null,
            },
          })),
        );
      }
      if (reviewed) {
        const reviewOn = addDays(ready, between(rand, 1, 6));
        push(
          reviewOn,
          110,
          'advisor',
          transition(caseRt, key, 'legal_review', {
            on: reviewOn,
            fields: {
              legalReviewer: t.people[5],
              legalReviewOpinion: rand() < 0.85 ? 'approve' : 'approve_modified',
              legalReviewNote: '事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。',
            },
          }),
        );
        decideOn = addDays(reviewOn, between(rand, 1, 5));
        if (isMajor) {
          const discussOn = addDays(reviewOn, between(rand, 1, 4));
          push(
            discussOn,
            115,
            'leader',
            transition(caseRt, key, 'discuss', {
              on: discussOn,
              fields: { discussionNote: '经镇（街道）负责人集体讨论，同意作出处罚决定。' },
            }),
          );
          decideOn = addDays(discussOn, between(rand, 0, 3));
        }
      }
      if (diffDays(d, decideOn) > 80) decideOn = addDays(d, 80);
      push(
        decideOn,
        120,
        'leader',
        transition(caseRt, key, 'decide', () => ({
          on: decideOn,
          fields: {
            decisionNo: docNo(t.name, '综执罚决', decideOn),
            outcome,
            fineAmount: outcome === 'fine' ? amount : null,
            ...(firstOffense ? { firstViolation: true, harmMinor: true, corrected: true } : {}),
          },
        })),
      );
      // Publication: most within the period, a few late, a few exempt; recent ones still queued.
      const penalty = outcome !== 'first_offense';
      const exempt = rand() < 0.05;
      const pubOn = working(
        decideOn,
        rand() < 0.9 ? between(rand, 1, penalty ? 6 : 15) : between(rand, 8, 12),
      );
      push(
        pubOn,
        125,
        'clerk',
        exempt
          ? transition(caseRt, key, 'exempt_disclosure', {
              on: pubOn,
              fields: {
                disclosureExemptReason: 'privacy',
                disclosureExemptNote: '当事人为自然人，涉及个人隐私，经审查不予公开',
              },
            })
          : transition(caseRt, key, 'publish', {
              on: pubOn,
              fields: { publishedAt: '清源县人民政府门户网站“行政执法公示”专栏' },
            }),
      );
      const serveOn =
        rand() < 0.93 ? working(decideOn, between(rand, 1, 5)) : working(decideOn, between(rand, 8, 10));
      push(
        serveOn,
        130,
        'officer',
        transition(caseRt, key, 'serve', {
          on: serveOn,
          fields: { serviceMethod: pick(rand, ['direct', 'direct', 'direct', 'left', 'mail']) },
        }),
      );
      let closeFrom = serveOn;
      if (outcome === 'fine' || outcome === 'suspension') {
        const execOn = addDays(serveOn, between(rand, 3, 20));
        push(
          execOn,
          140,
          'officer',
          transition(caseRt, key, 'execute', {
            on: execOn,
            fields: { executionWay: rand() < 0.95 ? 'voluntary' : 'installment' },
          }),
        );
        closeFrom = execOn;
      }
      const closeOn = addDays(closeFrom, between(rand, 1, 10));
      push(closeOn, 150, 'officer', transition(caseRt, key, 'close', { on: closeOn }));
      const archiveOn = addDays(closeOn, between(rand, 5, 25));
      push(
        archiveOn,
        160,
        'clerk',
        transition(caseRt, key, 'archive', {
          on: archiveOn,
          fields: { archiveNo: `${t.code}-ZF-${archiveOn.slice(0, 4)}-${String(caseNo).padStart(3, '0')}` },
        }),
      );
      if (archiveOn.slice(0, 4) === String(year - 1) && rand() < 0.45) {
        const reviewOn = `${year}-01-${String(between(rand, 8, 25)).padStart(2, '0')}`;
        const score = between(rand, 68, 98);
        push(
          reviewOn,
          170,
          'advisor',
          transition(caseRt, key, 'file_review', {
            on: reviewOn,
            fields: { fileReviewScore: score, fileReviewer: '县司法局案卷评查组' },
          }),
        );
      }
    }
  }

  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.township - b.township));
  const actors = new Map<string, Actor>();
  for (const s of steps) {
    const name = `${DEMO_TOWNSHIPS[s.township].pinyin}.${s.who}`;
    let actor = actors.get(name);
    if (!actor) {
      const id = ctx.userIds.get(name);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo enforcement: no account ${name}`);
      actor = loaded;
      actors.set(name, actor);
    }
    await s.run(actor, {
      pii: ctx.pii,
      calendar: ctx.calendar,
      today: ctx.today,
      at: notAfter(s.at, ctx.now),
    });
  }
}
