// Demo leadership records for the fictional 清源县: deterministic (seeded PRNG), the whole previous
// calendar year and this year to date, in every township, written through the ordinary create
// command in date order so that every record has its audit event. Each year a township's party
// committee examines the previous year's 法治政府建设 report in the first quarter and sets the
// year's rule-of-law work, hears a mid-year briefing, takes up two to four further subjects, and its
// principal leaders report on their duty (述法); every record falls on a working day.
import { addDays } from '../../../shared/calendar/dates.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { notAfter } from '../../core/clock.ts';
import { DEMO_TOWNSHIPS, type DemoTownship } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';

const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const pad = (n: number) => String(n).padStart(2, '0');

/** The fictional heads of government (镇长、乡长、街道办事处主任); the party secretary is people[0]. */
const HEADS: Record<string, string> = {
  chengguan: '陈志远',
  dongcheng: '林国栋',
  qingshi: '邹建明',
  baima: '任海峰',
  longquan: '钟永康',
  liuxi: '田光明',
  taoping: '范德志',
};

interface Posts {
  secretary: string;
  head: string;
  unit: string;
}

function postsOf(t: DemoTownship): Posts {
  if (t.kind === 'street') return { secretary: '街道党工委书记', head: '街道办事处主任', unit: '街道' };
  const unit = t.name.endsWith('乡') ? '乡' : '镇';
  return { secretary: `${unit}党委书记`, head: `${unit}长`, unit };
}

interface Subject {
  topic: string;
  subject: 'studied' | 'briefing';
  decisions: string;
}

/** Further subjects a township takes up during the year, `{u}` being 镇, 乡 or 街道. */
const FURTHER: readonly Subject[] = [
  {
    topic: '专题研究行政执法“三项制度”落实工作',
    subject: 'studied',
    decisions: '明确执法公示、执法全过程记录、重大执法决定法制审核的责任人，全年开展两次执法案卷评查。',
  },
  {
    topic: '研究重大行政决策合法性审查工作',
    subject: 'studied',
    decisions: '重大行政决策事项一律经法律顾问出具审查意见后再提交会议讨论，建立决策事项目录并公开。',
  },
  {
    topic: '专题研究矛盾纠纷排查化解和信访工作法治化',
    subject: 'studied',
    decisions: '每月开展一次矛盾纠纷集中排查，重大纠纷由班子成员包案化解，信访事项按法定途径分类处理。',
  },
  {
    topic: '研究部署年度普法依法治理工作',
    subject: 'studied',
    decisions: '落实“谁执法谁普法”责任清单，每个村（社区）培育“法律明白人”，结合集市日开展法治宣传。',
  },
  {
    topic: '听取行政执法工作情况汇报',
    subject: 'briefing',
    decisions: '针对执法文书不规范的问题，要求综合行政执法办公室一个月内完成整改并组织业务培训。',
  },
  {
    topic: '听取法律顾问工作情况汇报',
    subject: 'briefing',
    decisions: '合同、协议签订前一律经法律顾问审查，法律顾问每月到{u}便民服务中心坐班一次。',
  },
  {
    topic: '听取法治督察反馈问题整改情况汇报',
    subject: 'briefing',
    decisions: '逐项建立整改台账，明确责任领导和完成时限，整改情况在下次党委会上报告。',
  },
  {
    topic: '听取政务公开和政府信息公开工作汇报',
    subject: 'briefing',
    decisions: '按季度更新主动公开目录，依申请公开事项在法定期限内答复，答复书经法律顾问审核。',
  },
];

const SUMMARY =
  '报告上一年度履行推进法治建设第一责任人职责情况：带头学法，主持研究部署法治建设工作，推动重大行政决策合法性审查、行政执法规范化和矛盾纠纷化解，查找存在的不足并提出下一步打算。';

interface Planned {
  type: 'meeting' | 'shufa';
  on: string;
  township: string;
  values: Record<string, unknown>;
}

/** The working day on or after `date` (the calendar of the shipped years). */
function workingOnOrAfter(ctx: SeedContext, date: string): string {
  let d = date;
  while (!ctx.calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export async function seedLeadership(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const [meetingType, shufaType] = ledger.recordTypes;
  const year = Number(ctx.today.slice(0, 4));
  const plans: Planned[] = [];

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const orgId = ctx.orgIds.get(t.code);
    if (orgId === undefined) continue;
    const rand = prng(0x1ead + ti * 7919);
    const posts = postsOf(t);
    const secretary = `${posts.secretary} ${t.people[0]}`;
    const head = `${posts.head} ${HEADS[t.pinyin]}`;
    const u = (s: string) => s.replaceAll('{u}', posts.unit);
    const add = (type: Planned['type'], day: string, values: Record<string, unknown>) => {
      const on = workingOnOrAfter(ctx, day);
      if (on <= ctx.today)
        plans.push({ type, on, township: t.pinyin, values: { ...values, orgId, heldOn: on } });
    };
    const meeting = (day: string, kind: string, chair: string, s: Subject) =>
      add('meeting', day, { kind, chair, topic: s.topic, subject: s.subject, decisions: u(s.decisions) });

    for (const y of [year - 1, year]) {
      meeting(`${y}-03-${pad(between(rand, 2, 12))}`, 'party_committee', secretary, {
        topic: `听取并审议${y - 1}年度法治政府建设情况报告`,
        subject: 'briefing',
        decisions:
          '原则通过年度报告，按程序报送县委、县政府并在政府网站公开；对报告查找的不足逐项明确整改责任。',
      });
      meeting(`${y}-04-${pad(between(rand, 8, 24))}`, rand() < 0.5 ? 'joint' : 'party_committee', secretary, {
        topic: `研究部署${y}年度法治建设工作`,
        subject: 'studied',
        decisions: `印发${y}年度法治建设工作要点，明确党政主要负责人、分管领导和各办（所、站）的责任分工。`,
      });
      meeting(`${y}-07-${pad(between(rand, 6, 24))}`, 'executive', head, {
        topic: `听取${y}年上半年法治政府建设工作汇报`,
        subject: 'briefing',
        decisions: '对照年度工作要点逐项查找进度滞后事项，下半年重点推进行政执法规范化和基层依法治理。',
      });
      // Two to four further subjects, each in its own month and none twice in a year.
      const months = [2, 5, 6, 8, 9, 10, 11, 12];
      const chosen = new Set<number>();
      const taken = new Set<Subject>();
      const further = between(rand, 2, 4);
      while (chosen.size < further) {
        const month = months[between(rand, 0, months.length - 1)];
        const s = FURTHER[between(rand, 0, FURTHER.length - 1)];
        if (chosen.has(month) || taken.has(s)) continue;
        chosen.add(month);
        taken.add(s);
        const kind = s.subject === 'briefing' ? (rand() < 0.5 ? 'executive' : 'special') : 'party_committee';
        meeting(
          `${y}-${pad(month)}-${pad(between(rand, 5, 25))}`,
          kind,
          kind === 'party_committee' ? secretary : head,
          s,
        );
      }
      // 述法: the secretary before the county's 全面依法治县委员会 early in the year; the head of
      // government at the year-end 述职大会 in about half the years.
      add('shufa', `${y}-02-${pad(between(rand, 18, 27))}`, {
        speaker: t.people[0],
        post: posts.secretary,
        venue: 'county_committee',
        summary: SUMMARY,
      });
      if (rand() < 0.5) {
        add('shufa', `${y}-12-${pad(between(rand, 15, 26))}`, {
          speaker: HEADS[t.pinyin],
          post: posts.head,
          venue: 'year_end',
          summary: SUMMARY.replace('上一年度', '本年度'),
        });
      }
    }
  }

  plans.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const actors = new Map<string, Actor>();
  for (const [i, p] of plans.entries()) {
    let actor = actors.get(p.township);
    if (!actor) {
      const id = ctx.userIds.get(`${p.township}.clerk`);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo leadership: no account ${p.township}.clerk`);
      actor = loaded;
      actors.set(p.township, actor);
    }
    const at = `${p.on}T0${1 + (i % 8)}:30:00.000Z`;
    const runtime: LedgerRuntime = {
      pii: ctx.pii,
      calendar: ctx.calendar,
      today: ctx.today,
      at: notAfter(at, ctx.now),
    };
    await createRecord(
      ctx.tx,
      actor,
      ledger,
      p.type === 'meeting' ? meetingType : shufaType,
      p.values,
      runtime,
    );
  }
}
