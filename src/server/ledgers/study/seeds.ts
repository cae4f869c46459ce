// Demo study records for the fictional 清源县: deterministic (seeded PRNG), the whole previous
// calendar year and this year to date, in every township, written through the ordinary create
// command in date order so that every record has its audit event. Sessions fall on working days:
// a 中心组学法 most months, 会前学法 before most 常务会议, a few 集中学法 and 旁听庭审, two or three
// lectures and trainings a year, and the yearly 学法考试 in the fourth quarter.
import { addDays } from '../../../shared/calendar/dates.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { notAfter } from '../../core/clock.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Laws a township studied in 2025–2026 (with the year each took effect where it matters). */
const LAWS = [
  '习近平法治思想',
  '《中华人民共和国宪法》',
  '《中华人民共和国民法典》',
  '《中华人民共和国行政处罚法》',
  '《中华人民共和国行政复议法》（2023年修订）',
  '《中华人民共和国行政诉讼法》',
  '《中华人民共和国突发事件应对法》（2024年修订）',
  '《中华人民共和国民营经济促进法》',
  '《中华人民共和国农村集体经济组织法》',
  '《中华人民共和国治安管理处罚法》（2025年修订）',
  '《中华人民共和国保守国家秘密法》（2024年修订）',
  '《中华人民共和国国家安全法》',
  '《中华人民共和国安全生产法》',
  '《中华人民共和国土地管理法》',
  '《中华人民共和国乡村振兴促进法》',
  '《中华人民共和国村民委员会组织法》',
  '《中华人民共和国反电信网络诈骗法》',
  '《中华人民共和国未成年人保护法》',
  '《中华人民共和国政府信息公开条例》',
  '《信访工作条例》',
  '《重大行政决策程序暂行条例》',
  '《优化营商环境条例》',
];

const LECTURE_TOPICS = [
  '行政执法程序规范与常见问题',
  '基层依法行政与法律风险防范',
  '民法典与基层治理',
  '行政复议法修订要点解读',
  '合同审查与政府法律事务风险防控',
  '信访法治化与矛盾纠纷化解',
];
const TRAINING_TOPICS = [
  '全镇干部职工法治能力提升培训',
  '行政执法人员业务培训',
  '村（社区）“两委”干部法治培训',
  '“法律明白人”骨干培训',
  '人民调解员业务培训',
];
const COURT_TOPICS = ['旁听县人民法院行政诉讼案件庭审', '旁听县人民法院土地承包经营权纠纷庭审'];

interface Planned {
  type: 'session' | 'exam';
  on: string;
  orgId: number;
  township: string;
  values: Record<string, unknown>;
}

/** The working day on or after `date` (the calendar of the shipped years). */
function workingOnOrAfter(ctx: SeedContext, date: string): string {
  let d = date;
  while (!ctx.calendar.isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

export async function seedStudy(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const [sessionType, examType] = ledger.recordTypes;
  const year = Number(ctx.today.slice(0, 4));
  const plans: Planned[] = [];

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const orgId = ctx.orgIds.get(t.code);
    if (orgId === undefined) continue;
    const rand = prng(0x57d7 + ti * 104729);
    const advisor = t.people[5];
    const leader = t.people[0];
    const staff = 38 + ti * 6;
    const add = (type: Planned['type'], day: string, values: Record<string, unknown>) => {
      const on = workingOnOrAfter(ctx, day);
      if (on <= ctx.today)
        plans.push({ type, on, orgId, township: t.pinyin, values: { ...values, orgId, heldOn: on } });
    };
    for (const y of [year - 1, year]) {
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        const law = pick(rand, LAWS);
        // 中心组学法: most months (not usually in the Spring Festival month).
        if (m !== 2 && rand() < 0.85) {
          add('session', `${y}-${mm}-${String(between(rand, 8, 20)).padStart(2, '0')}`, {
            topic: `党委理论学习中心组集中学习${law}`,
            kind: 'center_group',
            speaker: leader,
            attendees: between(rand, 9, 15),
            hours: 2,
            laws: law,
          });
        }
        // 会前学法 before the month's 常务会议 (镇长办公会).
        if (rand() < 0.8) {
          const law2 = pick(rand, LAWS);
          add('session', `${y}-${mm}-${String(between(rand, 3, 26)).padStart(2, '0')}`, {
            topic: `会前学法：${law2}`,
            kind: 'pre_meeting',
            speaker: pick(rand, [leader, t.people[1], advisor]),
            attendees: between(rand, 8, 14),
            hours: 0.5,
            laws: law2,
          });
        }
        if (rand() < 0.2) {
          const law3 = pick(rand, LAWS);
          add('session', `${y}-${mm}-${String(between(rand, 5, 25)).padStart(2, '0')}`, {
            topic: `干部职工集中学习${law3}`,
            kind: 'collective',
            speaker: t.people[1],
            attendees: between(rand, staff - 10, staff + 10),
            hours: 1,
            laws: law3,
          });
        }
      }
      add('session', `${y}-0${between(rand, 5, 9)}-${between(rand, 10, 25)}`, {
        topic: pick(rand, COURT_TOPICS),
        kind: 'court',
        speaker: null,
        attendees: between(rand, 8, 20),
        hours: 3,
        laws: '《中华人民共和国行政诉讼法》',
        note: '组织领导干部旁听庭审，庭后开展以案释法座谈',
      });
      for (let i = 0, n = between(rand, 2, 4); i < n; i++) {
        add(
          'session',
          `${y}-${String(Math.min(12, 2 + i * 3 + between(rand, 0, 2))).padStart(2, '0')}-${between(rand, 10, 26)}`,
          {
            topic: pick(rand, LECTURE_TOPICS),
            kind: 'lecture',
            speaker: pick(rand, [`法律顾问${advisor}`, '县司法局法治宣传股干部', '县人民法院法官']),
            attendees: between(rand, 30, 80),
            hours: 2,
          },
        );
      }
      for (let i = 0, n = between(rand, 2, 3); i < n; i++) {
        add(
          'session',
          `${y}-${String(3 + i * 3 + between(rand, 0, 2)).padStart(2, '0')}-${between(rand, 10, 26)}`,
          {
            topic: pick(rand, TRAINING_TOPICS),
            kind: 'training',
            speaker: pick(rand, [`法律顾问${advisor}`, '县司法局干部', '县综合行政执法局干部']),
            attendees: between(rand, 30, 120),
            hours: between(rand, 3, 8),
          },
        );
      }
      const takers = staff + between(rand, -4, 6);
      add('exam', `${y}-${between(rand, 10, 11)}-${between(rand, 10, 26)}`, {
        title: `${y}年度国家工作人员学法考试`,
        form: 'online',
        takers,
        passed: takers - (rand() < 0.5 ? 0 : between(rand, 1, 2)),
        note: '通过学法用法考试平台组织，成绩60分以上为合格',
      });
    }
  }

  plans.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const actors = new Map<string, Actor>();
  for (const [i, p] of plans.entries()) {
    let actor = actors.get(p.township);
    if (!actor) {
      const id = ctx.userIds.get(`${p.township}.clerk`);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo study: no account ${p.township}.clerk`);
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
      p.type === 'session' ? sessionType : examType,
      p.values,
      runtime,
    );
  }
}
