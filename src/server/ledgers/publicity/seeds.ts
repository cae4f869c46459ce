// Demo publicity records for the fictional 清源县: deterministic (seeded PRNG), the whole previous
// calendar year and this year to date, in every township, written through the ordinary commands in
// date order. Activities cluster on the key dates (3·15, 4·15, 民法典宣传月, 6·26, 12·4) with a steady
// flow of 送法进村/进校园 and weekly new-media posts; every village has two or three 法律明白人, a
// few of whom left; each township keeps its “谁执法谁普法” list, renewed each year.
import { addDays } from '../../../shared/calendar/dates.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { notAfter } from '../../core/clock.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition } from '../workflow.ts';

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const between = (rand: () => number, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴淑珍光荣金凤';
const personName = (rand: () => number) =>
  pick(rand, [...SURNAMES]) + pick(rand, [...GIVEN]) + (rand() < 0.65 ? pick(rand, [...GIVEN]) : '');
const mobile = (rand: () => number) =>
  pick(rand, ['138', '139', '150', '158', '182', '187', '199']) +
  String(Math.floor(rand() * 1e8)).padStart(8, '0');

interface KeyEvent {
  mmdd: string;
  keyDate: string;
  title: string;
  themes: Record<string, boolean>;
  venue: string;
}
const KEY_EVENTS: KeyEvent[] = [
  {
    mmdd: '03-15',
    keyDate: '0315',
    title: '“3·15”国际消费者权益日法治宣传活动',
    themes: { themeConsumer: true, themeAntiFraud: true },
    venue: 'community',
  },
  {
    mmdd: '04-15',
    keyDate: '0415',
    title: '“4·15”全民国家安全教育日宣传活动',
    themes: { themeNationalSecurity: true },
    venue: 'village',
  },
  {
    mmdd: '05-20',
    keyDate: 'civil_code_month',
    title: '“美好生活·民法典相伴”民法典宣传月集中宣传',
    themes: { themeCivilCode: true },
    venue: 'village',
  },
  {
    mmdd: '06-26',
    keyDate: '0626',
    title: '“6·26”国际禁毒日禁毒宣传活动',
    themes: { themeAntiDrug: true, themeMinors: true },
    venue: 'school',
  },
  {
    mmdd: '12-04',
    keyDate: '1204',
    title: '“12·4”国家宪法日暨宪法宣传周集中宣传',
    themes: { themeConstitution: true },
    venue: 'organ',
  },
];
const ROUTINE: Array<{ title: string; kind: string; venue: string; themes: Record<string, boolean> }> = [
  { title: '送法进乡村——以案释法宣讲', kind: 'talk', venue: 'village', themes: { themeCivilCode: true } },
  {
    title: '法治进校园专题讲座',
    kind: 'lecture',
    venue: 'school',
    themes: { themeMinors: true, themeAntiDrug: true },
  },
  {
    title: '防范电信网络诈骗宣传进社区',
    kind: 'campaign',
    venue: 'community',
    themes: { themeAntiFraud: true },
  },
  { title: '企业安全生产法律法规宣讲', kind: 'talk', venue: 'enterprise', themes: { themeSafety: true } },
  {
    title: '赶集日法律咨询服务',
    kind: 'consultation',
    venue: 'village',
    themes: { themeCivilCode: true, themeAntiFraud: true },
  },
  { title: '农民工工资支付法律知识宣传', kind: 'campaign', venue: 'enterprise', themes: {} },
];
const POSTS = ['民法典小课堂', '以案说法', '反诈提醒', '禁毒知识问答', '宪法小知识', '国家安全知识'];
const DUTIES = [
  {
    unit: '综合行政执法办公室',
    laws: '《中华人民共和国行政处罚法》《中华人民共和国城乡规划法》《城市市容和环境卫生管理条例》',
    targets: '辖区商户、群众',
  },
  {
    unit: '应急管理办公室',
    laws: '《中华人民共和国安全生产法》《中华人民共和国消防法》《中华人民共和国突发事件应对法》',
    targets: '辖区企业、经营场所',
  },
  {
    unit: '农业综合服务中心',
    laws: '《中华人民共和国农村土地承包法》《中华人民共和国种子法》《中华人民共和国动物防疫法》',
    targets: '农户、农业经营主体',
  },
  {
    unit: '社会事务办公室',
    laws: '《中华人民共和国社会救助暂行办法》《中华人民共和国未成年人保护法》《中华人民共和国老年人权益保障法》',
    targets: '困难群众、学生家长',
  },
  {
    unit: '司法所',
    laws: '《中华人民共和国宪法》《中华人民共和国民法典》《中华人民共和国人民调解法》',
    targets: '全体群众',
  },
];

type Plan = {
  on: string;
  township: string;
  type: 'activity' | 'liaison' | 'duty';
  values: Record<string, unknown>;
  leave?: string;
};

export async function seedPublicity(ctx: SeedContext): Promise<void> {
  const { ledger } = ctx;
  const [activityType, liaisonType, dutyType] = ledger.recordTypes;
  const year = Number(ctx.today.slice(0, 4));
  const plans: Plan[] = [];
  const working = (d: string) => {
    let x = d;
    while (x <= ctx.today && !ctx.calendar.isWorkingDay(x)) x = addDays(x, 1);
    return x;
  };

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const townId = ctx.orgIds.get(t.code);
    if (townId === undefined) continue;
    const rand = prng(0x9b1c + ti * 7907);
    const villages = t.units
      .map((u) => ({ id: ctx.orgIds.get(u.code), kind: u.kind }))
      .filter((u): u is { id: number; kind: 'village' | 'community' } => u.id !== undefined);
    const add = (type: Plan['type'], on: string, values: Record<string, unknown>, leave?: string) => {
      if (on <= ctx.today) plans.push({ on, township: t.pinyin, type, values, leave });
    };
    const activity = (on: string, v: Record<string, unknown>, online = false) =>
      add('activity', on, {
        orgId: online ? townId : pick(rand, [townId, ...villages.map((x) => x.id)]),
        heldOn: on,
        organiser: `${t.name}司法所、${t.name}综治中心`,
        audience: online ? null : between(rand, 40, 400),
        materials: online ? null : between(rand, 100, 800),
        banners: online ? null : between(rand, 1, 6),
        onlinePosts: online ? 1 : null,
        consultations: online ? null : between(rand, 5, 60),
        ...v,
      });
    for (const y of [year - 1, year]) {
      for (const e of KEY_EVENTS) {
        activity(`${y}-${e.mmdd}`, {
          title: e.title,
          kind: 'campaign',
          venue: e.venue,
          keyDate: e.keyDate,
          ...e.themes,
        });
      }
      for (let m = 1; m <= 12; m++) {
        for (let i = 0, n = between(rand, 1, 3); i < n; i++) {
          const r = pick(rand, ROUTINE);
          activity(
            working(`${y}-${String(m).padStart(2, '0')}-${String(between(rand, 3, 27)).padStart(2, '0')}`),
            { title: r.title, kind: r.kind, venue: r.venue, ...r.themes },
          );
        }
        for (let w = 0; w < 4; w++) {
          const topic = pick(rand, POSTS);
          activity(
            `${y}-${String(m).padStart(2, '0')}-${String(3 + w * 7).padStart(2, '0')}`,
            {
              title: `微信公众号推送“${topic}”`,
              kind: 'online',
              venue: 'online',
              audience: between(rand, 200, 1500),
            },
            true,
          );
        }
      }
      for (const d of DUTIES) {
        add('duty', working(`${y}-03-0${between(rand, 2, 9)}`), {
          unit: `${t.name}${d.unit}`,
          orgId: townId,
          listedOn: working(`${y}-03-02`),
          laws: d.laws,
          duties: '在执法、管理和服务过程中开展以案释法，结合执法检查向管理服务对象宣讲相关法律法规',
          targets: d.targets,
          measures:
            '年初制定普法计划，重要节点开展集中宣传，执法办案中落实告知说明，年终报送普法责任制落实情况',
        });
      }
    }
    for (const v of villages) {
      for (let i = 0, n = between(rand, 2, 3); i < n; i++) {
        const appointed = working(`${year - 1}-0${between(rand, 1, 6)}-${between(rand, 10, 28)}`);
        const left =
          rand() < 0.08 ? working(`${year}-0${between(rand, 2, 9)}-${between(rand, 10, 28)}`) : undefined;
        add(
          'liaison',
          appointed,
          {
            name: personName(rand),
            orgId: v.id,
            phone: mobile(rand),
            role: pick(rand, ['cadre', 'grid', 'mediator', 'member', 'elder', 'villager']),
            appointedOn: appointed,
            // The township's yearly 法律明白人 training (most attend).
            trainedOn: rand() < 0.9 ? working(`${year}-04-15`) : null,
          },
          left,
        );
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
      if (!loaded) throw new Error(`demo publicity: no account ${p.township}.clerk`);
      actor = loaded;
      actors.set(p.township, actor);
    }
    const at = `${p.on}T0${1 + (i % 8)}:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const runtime: LedgerRuntime = {
      pii: ctx.pii,
      calendar: ctx.calendar,
      today: ctx.today,
      at: notAfter(at, ctx.now),
    };
    const rt = p.type === 'activity' ? activityType : p.type === 'liaison' ? liaisonType : dutyType;
    const row = await createRecord(ctx.tx, actor, ledger, rt, p.values, runtime);
    if (p.leave && p.leave <= ctx.today) {
      const leaveAt = `${p.leave}T02:00:00.000Z`;
      await applyTransition(
        ctx.tx,
        actor,
        ledger,
        liaisonType,
        row.id,
        'leave',
        { on: p.leave, fields: { leftReason: '外出务工，不再担任' } },
        { ...runtime, at: notAfter(leaveAt, ctx.now) },
      );
    }
  }
}
