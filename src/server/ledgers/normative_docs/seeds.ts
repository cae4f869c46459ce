// Demo normative documents for the fictional 清源县: in every township, a few documents issued years
// ago (cleaned — kept in force or repealed — at the previous year's end, one expired, one whose
// 有效期 ends soon), the previous year's documents through the whole procedure, and this year's:
// issued, published and waiting to be filed (the 备案 clock on the board), under legality review,
// out for comments. Written through the ordinary commands in date order (create, transitions, the
// refusals a clerk meets: publishing before review, a number already used), nothing after today.
import { addDays } from '../../../shared/calendar/dates.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';

type Township = (typeof DEMO_TOWNSHIPS)[number];

interface Step {
  at: string;
  key: number;
  transition: string | null;
  input: Record<string, unknown>;
  by: 'clerk' | 'leader';
}

interface Plan {
  key: number;
  township: Township;
  values: Record<string, unknown>;
  id?: number;
}

interface DocSpec {
  title: string;
  drafted: string;
  unit: string;
  business?: boolean;
  comments?: boolean;
  /** 'advisor' reviews by the township's legal advisor, 'justice' by the 司法所. */
  body: 'advisor' | 'justice' | 'joint';
  amended?: boolean;
  earlyPublish?: boolean;
  duplicateNumber?: boolean;
  /** 有效期 in years from the effective date; `validUntil` overrides it. */
  validYears?: number;
  validUntil?: string;
  fileAfter?: number;
  /** The last step taken so far (the document is still under way). */
  stopAfter?: string;
  /** What happens after filing: 清理 keeping it, 废止, or 失效 once the validity is over. */
  end?: { on: string; kind: 'continue' | 'repeal' | 'expire' };
}

const TITLES = {
  housing: '农村宅基地建房管理办法',
  relief: '临时救助实施细则',
  market: '集镇农贸市场经营秩序管理规定',
  finance: '村级集体经济组织财务管理办法',
  sanitation: '城乡环境卫生“门前三包”责任制管理办法',
  elderly: '高龄老人生活补贴发放办法',
  flood: '防汛抢险物资管理办法',
  roads: '村道养护管理办法',
  assets: '农村集体资产租赁管理办法',
  billboard: '户外广告设置管理办法',
  fire: '森林防火管理规定',
  funeral: '殡葬管理实施办法',
} as const;

/** A time of day on `date` (China time) as an ISO instant; `slot` orders steps of one day. */
function at(date: string, slot: number): string {
  const minutes = 9 * 60 + slot;
  const h = String(Math.floor(minutes / 60) - 8).padStart(2, '0');
  const m = String(minutes % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00.000Z`;
}

const addYears = (d: string, n: number) => addDays(`${Number(d.slice(0, 4)) + n}${d.slice(4)}`, -1);

export async function seedNormativeDocs(ctx: SeedContext): Promise<void> {
  const { ledger, calendar, today } = ctx;
  const rt = ledger.recordTypes[0];
  const Y = Number(today.slice(0, 4));
  const P = Y - 1;
  const plans: Plan[] = [];
  const steps: Step[] = [];
  let key = 0;
  /** The next working day on or after `d`. */
  const work = (d: string): string => {
    let x = d;
    if (x > today) return x;
    for (let i = 0; i < 14 && !calendar.isWorkingDay(x); i++) x = addDays(x, 1);
    return x;
  };

  for (const [ti, t] of DEMO_TOWNSHIPS.entries()) {
    const orgId = ctx.orgIds.get(t.code);
    if (orgId === undefined) continue;
    const short = t.name.replace(/(街道|镇|乡)$/, '');
    const prefix = t.kind === 'street' ? `${short}街办规` : `${short}府规`;
    const meetingOf = (n: number) =>
      t.kind === 'street'
        ? `${t.name}办事处主任办公会议（第${n}次）`
        : `${t.name}人民政府常务会议（第${n}次）`;
    const seqs = new Map<number, number>();
    let meetings = 0;
    const v = (n: number) => n + ti * 2;

    const plan = (spec: DocSpec) => {
      const k = key++;
      const drafted = work(spec.drafted);
      if (drafted > today) return;
      plans.push({
        key: k,
        township: t,
        values: {
          title: `${t.name}${spec.title}`,
          orgId,
          draftedOn: drafted,
          draftingUnit: spec.unit,
          drafter: t.people[1],
          businessRelated: spec.business ?? false,
          summary: `规范${spec.title.replace(/(管理)?(办法|规定|细则)$/, '')}有关事项，明确职责分工、办理程序和监督责任。`,
        },
      });
      const chain: Array<[string, string | null, Record<string, unknown>, 'clerk' | 'leader']> = [];
      chain.push([drafted, null, {}, 'clerk']);
      let d = drafted;
      if (spec.comments) {
        const from = work(addDays(d, 7));
        const until = addDays(from, 20);
        chain.push([
          from,
          'start_comments',
          { commentFrom: from, commentUntil: until, commentChannel: 'website' },
          'clerk',
        ]);
        d = work(addDays(until, 1));
        chain.push([
          d,
          'close_comments',
          {
            commentCount: 3 + ((ti + k) % 9),
            commentAdoption: '采纳意见2条，部分采纳1条，未采纳的已说明理由',
          },
          'clerk',
        ]);
      }
      const sent = work(addDays(d, 10));
      chain.push([sent, 'submit_review', { reviewBody: spec.body }, 'clerk']);
      if (spec.earlyPublish) {
        const early = work(addDays(sent, 1));
        chain.push([
          early,
          'publish',
          { publishChannel: 'website', effectiveOn: early, validUntil: addYears(early, 5) },
          'clerk',
        ]);
      }
      const reviewed = work(addDays(sent, 6 + (k % 5)));
      chain.push([
        reviewed,
        'legal_review',
        {
          reviewConclusion: spec.amended ? 'lawful_if_amended' : 'lawful',
          reviewOpinion: spec.amended
            ? '草案第八条设定的罚款无上位法依据，应予删除；第十二条的办理期限应与上位法一致。按上述意见修改后合法。'
            : '草案制定主体适格，未超越法定职权，内容与法律、法规、规章不抵触，未违法增加义务或减损权利，制定程序符合规定。',
          reviewedOn: reviewed,
          reviewer: spec.body === 'justice' ? `${t.people[1]}（司法所）` : `${t.people[5]}（法律顾问）`,
        },
        'clerk',
      ]);
      d = reviewed;
      if (spec.business) {
        d = work(addDays(d, 2));
        chain.push([
          d,
          'fair_review',
          {
            fairConclusion: 'compliant',
            fairOpinion:
              '经对照审查标准逐项审查，未设置市场准入和退出障碍，未限制商品和要素自由流动，未影响生产经营成本和经营行为。',
            fairReviewedOn: d,
          },
          'clerk',
        ]);
      }
      const met = work(addDays(d, 5));
      meetings++;
      chain.push([
        met,
        'deliberate',
        {
          meeting: meetingOf(meetings + 10 * (ti % 3)),
          deliberatedOn: met,
          deliberationResult: spec.amended ? 'approved_amended' : 'approved',
        },
        'leader',
      ]);
      const reg = work(addDays(met, 2));
      const year = Number(reg.slice(0, 4));
      const seq = (seqs.get(year) ?? 0) + 1;
      if (spec.duplicateNumber && seq > 1) {
        chain.push([
          reg,
          'register',
          { docPrefix: prefix, docYear: year, docSeq: seq - 1, registeredOn: reg },
          'clerk',
        ]);
      }
      chain.push([
        reg,
        'register',
        { docPrefix: prefix, docYear: year, docSeq: seq, registeredOn: reg },
        'clerk',
      ]);
      const pub = work(addDays(reg, 1));
      const effective = addDays(pub, 30);
      chain.push([
        pub,
        'publish',
        {
          publishedOn: pub,
          publishChannel: k % 3 === 0 ? 'board' : 'website',
          effectiveOn: effective,
          validUntil: spec.validUntil ?? addYears(effective, spec.validYears ?? 5),
        },
        'clerk',
      ]);
      const filed = work(addDays(pub, spec.fileAfter ?? 8 + (k % 12)));
      chain.push([
        filed,
        'file',
        {
          filedOn: filed,
          filedWith: '清源县人民政府',
          filingNo: `清府备〔${filed.slice(0, 4)}〕${(ti + 1) * 10 + (k % 10)}号`,
        },
        'clerk',
      ]);
      if (spec.end) {
        const e = spec.end;
        if (e.kind === 'continue')
          chain.push([
            e.on,
            'clean',
            {
              cleanedOn: e.on,
              cleanResult: 'continue',
              cleanReason: '经评估，与上位法一致，符合实际，继续有效',
            },
            'clerk',
          ]);
        if (e.kind === 'repeal')
          chain.push([
            e.on,
            'repeal',
            { cleanedOn: e.on, cleanReason: '上位法已修改，文件主要内容已不适应，予以废止' },
            'clerk',
          ]);
        if (e.kind === 'expire') chain.push([e.on, 'expire', {}, 'clerk']);
      }
      // Steps up to today only; the registration numbers used count for the year.
      let slot = 0;
      for (const [day, transition, fields, by] of chain) {
        if (day > today) break;
        if (transition === 'register' && fields.docSeq === seq) seqs.set(year, seq);
        const input = transition === null ? {} : { on: day, fields };
        steps.push({ at: at(day, 10 * k + slot++), key: k, transition, input, by });
        if (transition !== null && transition === spec.stopAfter) break;
      }
    };

    const u = (i: number) =>
      ['office', 'justice', 'economy', 'social', 'planning', 'agriculture'][(ti + i) % 6];
    // Issued years ago: cleaned at the previous year's end (kept, repealed), expired, ending soon.
    plan({
      title: TITLES.housing,
      drafted: `${Y - 3}-03-${String(v(6)).padStart(2, '0')}`,
      unit: 'planning',
      body: 'joint',
      end: { on: work(`${P}-12-${String(v(8)).padStart(2, '0')}`), kind: 'continue' },
    });
    plan({
      title: TITLES.funeral,
      drafted: `${Y - 3}-06-${String(v(3)).padStart(2, '0')}`,
      unit: 'social',
      body: 'justice',
      end: { on: work(`${P}-12-${String(v(9)).padStart(2, '0')}`), kind: 'repeal' },
    });
    if (ti % 2 === 0) {
      plan({
        title: TITLES.fire,
        drafted: `${Y - 3}-09-${String(v(2)).padStart(2, '0')}`,
        unit: 'safety',
        body: 'advisor',
        validUntil: `${P}-10-31`,
        end: { on: work(`${P}-11-03`), kind: 'expire' },
      });
    } else {
      plan({
        title: TITLES.roads,
        drafted: `${Y - 2}-10-${String(v(4)).padStart(2, '0')}`,
        unit: 'planning',
        body: 'advisor',
        validUntil: addDays(today, 30 + ti * 8),
        end: { on: work(`${P}-12-${String(v(10)).padStart(2, '0')}`), kind: 'continue' },
      });
    }
    // The previous year: the whole procedure.
    plan({
      title: TITLES.relief,
      drafted: `${P}-02-${String(v(10)).padStart(2, '0')}`,
      unit: u(1),
      body: 'advisor',
      comments: true,
      earlyPublish: ti % 2 === 0,
    });
    plan({
      title: TITLES.market,
      drafted: `${P}-05-${String(v(5)).padStart(2, '0')}`,
      unit: 'economy',
      body: 'advisor',
      business: true,
      amended: ti % 3 === 0,
      duplicateNumber: ti % 3 === 1,
    });
    plan({
      title: TITLES.finance,
      drafted: `${P}-08-${String(v(7)).padStart(2, '0')}`,
      unit: u(2),
      body: 'justice',
      validYears: 3,
    });
    // This year: issued and filed; published and waiting to be filed; under review; out for comments.
    plan({
      title: TITLES.sanitation,
      drafted: `${Y}-02-${String(v(12)).padStart(2, '0')}`,
      unit: u(3),
      body: 'advisor',
      comments: ti % 2 === 1,
    });
    plan({
      title: ti % 2 === 0 ? TITLES.assets : TITLES.billboard,
      drafted: addDays(today, ti === 6 ? -70 : -(45 + ti * 2)),
      unit: 'economy',
      body: 'advisor',
      business: true,
      fileAfter: 60,
    });
    plan({
      title: TITLES.elderly,
      drafted: addDays(today, -(30 + ti)),
      unit: 'social',
      stopAfter: 'submit_review',
      body: ti % 2 === 0 ? 'justice' : 'advisor',
    });
    if (ti % 2 === 0)
      plan({
        title: TITLES.flood,
        drafted: addDays(today, -12),
        unit: 'safety',
        body: 'justice',
        comments: true,
      });
  }

  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const actors = new Map<string, Actor>();
  const actorOf = async (pinyin: string, role: 'clerk' | 'leader'): Promise<Actor> => {
    const name = `${pinyin}.${role}`;
    let a = actors.get(name);
    if (!a) {
      const id = ctx.userIds.get(name);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo normative documents: no account ${name}`);
      a = loaded;
      actors.set(name, a);
    }
    return a;
  };
  const byKey = new Map(plans.map((p) => [p.key, p]));
  for (const s of steps) {
    const p = byKey.get(s.key);
    if (!p) continue;
    const runtime: LedgerRuntime = { pii: ctx.pii, calendar, today, at: s.at };
    const actor = await actorOf(p.township.pinyin, s.by);
    if (s.transition === null) {
      p.id = (await createRecord(ctx.tx, actor, ledger, rt, p.values, runtime)).id;
      continue;
    }
    if (p.id === undefined) continue;
    try {
      await applyTransition(ctx.tx, actor, ledger, rt, p.id, s.transition, s.input, runtime);
    } catch (err) {
      if (!(err instanceof WorkflowRefused)) throw err;
      await recordRefusal(ctx.tx, actor, err, s.at);
    }
  }
}
