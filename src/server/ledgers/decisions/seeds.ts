// Demo decisions for the fictional 清源县: deterministic (seeded PRNG), the previous calendar year and
// this year to date, in every township, written through the ordinary commands (create, transitions,
// refusals) in date order so that the audit trail, the steps and the clocks are what real use would
// have produced. Each year a township's catalogue is compiled, agreed by the party committee and
// published; two or three decisions go through 公开征求意见 (with citizens' comments, moderated and
// answered), 专家论证 and 风险评估 (or their recorded reasons for skipping), 合法性审查 by the legal
// advisor, 集体讨论决定 and 公布, some with a 决策后评估. This year's latest decisions are still open —
// one in its comment period, one with the reviewer — and a few refused attempts are in the audit.
import { addDays } from '../../../shared/calendar/dates.ts';
import { addPeriod } from '../../../shared/calendar/index.ts';
import { seededRandom as prng } from '../../../shared/random.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { DEMO_TOWNSHIPS, type DemoTownship } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition, recordRefusal, WorkflowRefused } from '../workflow.ts';
import { COMMENT_PERIOD } from './rules.ts';
import { commentPeriodEnd } from './workflow.ts';

/** Decision subjects, `{t}` being the township's name; each with the unit that drafts it and its category. */
const SUBJECTS: ReadonlyArray<[title: string, sponsor: string, category: string, expert: boolean]> = [
  ['{t}农贸市场改造提升项目', '经济发展办公室', 'project', true],
  ['{t}生活垃圾分类和收运处置实施方案', '综合行政执法办公室', 'policy', false],
  ['{t}国土空间规划（村庄规划）编制', '自然资源和规划所', 'plan', true],
  ['{t}集中式饮用水水源地保护方案', '生态环境办公室', 'resources', true],
  ['{t}老旧小区（院落）改造年度计划', '社会事务办公室', 'project', false],
  ['{t}农村人居环境整治提升方案', '农业农村服务中心', 'policy', false],
  ['{t}义务教育学校布局调整方案', '社会事务办公室', 'other', true],
  ['{t}公共停车场建设及收费管理方案', '经济发展办公室', 'project', true],
];

const COMMENTS: ReadonlyArray<[topic: string, content: string]> = [
  ['建议增加便民设施', '建议在方案中增加无障碍通道和老年人休息座椅，方便群众使用。'],
  ['关于施工期间交通组织', '施工期间请合理安排工期，设置临时通道，避免影响沿街商户经营和学生上下学。'],
  ['关于资金来源和公开', '建议公开项目资金来源和预算明细，接受群众监督。'],
  ['关于后期管护', '建成后的日常管护责任应当明确到单位和人，避免重建轻管。'],
  ['关于征求意见范围', '建议召开村（居）民代表座谈会，充分听取受影响群众的意见。'],
  ['关于收费标准', '收费标准应当经过成本测算并听取群众意见，对低保户等困难群众给予减免。'],
];
const OFF_TOPIC: [string, string] = [
  '反映邻居占道堆放杂物',
  '邻居长期在巷道堆放杂物，影响通行，请政府处理。',
];
const NAMES = [
  '王建国',
  '李秀兰',
  '张志强',
  '刘桂芳',
  '陈明华',
  '杨丽娟',
  '赵德福',
  '黄玉梅',
  '周海涛',
  '吴春梅',
];

interface Step {
  on: string;
  seq: number;
  town: string;
  run: (tx: Run) => Promise<void>;
}
interface Run {
  actor: (role: string) => Promise<Actor>;
  runtime: LedgerRuntime;
}

export async function seedDecisions(ctx: SeedContext): Promise<void> {
  const { ledger, calendar } = ctx;
  const [decisionType, commentType, catalogueType] = ledger.recordTypes;
  const year = Number(ctx.today.slice(0, 4));
  const steps: Step[] = [];
  let seq = 0;
  const working = (d: string) => {
    let x = d;
    while (!calendar.isWorkingDay(x)) x = addDays(x, 1);
    return x;
  };
  const plusWorking = (d: string, n: number) =>
    addPeriod(calendar, { start: d, days: n, unit: 'working' }).due;
  let town = '';
  const at = (on: string, run: Step['run']) => {
    if (on <= ctx.today) steps.push({ on, seq: seq++, town, run });
  };
  const ids = new Map<string, number>();
  const step = (key: string, rtIndex: number, transition: string, on: string, fields = {}, role = 'clerk') =>
    at(on, async (r) => {
      const id = ids.get(key);
      if (id === undefined) return;
      const rt = [decisionType, commentType, catalogueType][rtIndex];
      const actor = await r.actor(role);
      try {
        // the advisor reads no decision: its review comes with the delegated authority of its task
        const delegated = role === 'advisor';
        await applyTransition(ctx.tx, actor, ledger, rt, id, transition, { on, fields }, r.runtime, {
          delegated,
        });
      } catch (err) {
        if (!(err instanceof WorkflowRefused)) throw err;
        await recordRefusal(ctx.tx, actor, err, r.runtime.at);
      }
    });
  const create = (key: string, rtIndex: number, on: string, values: () => Record<string, unknown>) =>
    at(on, async (r) => {
      const rt = [decisionType, commentType, catalogueType][rtIndex];
      const row = await createRecord(ctx.tx, await r.actor('clerk'), ledger, rt, values(), r.runtime);
      ids.set(key, row.id);
    });

  const townships: Array<[DemoTownship, number]> = [];
  for (const t of DEMO_TOWNSHIPS) {
    const orgId = ctx.orgIds.get(t.code);
    if (orgId !== undefined) townships.push([t, orgId]);
  }
  for (const [ti, [t, orgId]] of townships.entries()) {
    const rand = prng(0xdec1 + ti * 7919);
    town = t.pinyin;
    const u = t.kind === 'street' ? '街道' : t.name.endsWith('乡') ? '乡' : '镇';
    const fill = (s: string) => s.replaceAll('{t}', t.name);
    const subjects = [...SUBJECTS].sort(() => rand() - 0.5);
    let n = 0;
    for (const y of [year - 1, year]) {
      // This year's decisions are as many as started by today: the catalogue lists what is planned.
      const starts = [`${y}-03-0${2 + (ti % 5)}`, `${y}-06-1${ti % 9}`];
      if (y === year - 1 || rand() < 0.5) starts.push(`${y}-08-2${ti % 8}`);
      // The two latest are still open on the demo's today: one in its comment period, one with the reviewer.
      if (y === year) starts.push(addDays(ctx.today, -40 - (ti % 2)), addDays(ctx.today, -24 - (ti % 4)));
      const planned = starts.map((s) => ({ start: working(s), subject: subjects[n++ % subjects.length] }));

      const cat = `${t.code}-cat-${y}`;
      const compiled = working(`${y}-01-0${6 + (ti % 3)}`);
      create(cat, 2, compiled, () => ({
        title: `${t.name}${y}年度重大行政决策事项目录`,
        orgId,
        year: y,
        compiledOn: compiled,
        itemCount: planned.length,
        items: planned.map((p) => fill(p.subject[0])).join('\n'),
      }));
      const approved = working(addDays(compiled, 12 + (ti % 5)));
      const published = plusWorking(approved, 3);
      // One township tries to publish before the party committee has agreed (refused, 第三条第三款).
      if (ti === 2)
        step(cat, 2, 'publish_catalogue', addDays(approved, -3), {
          publishedOn: addDays(approved, -3),
          publishChannel: '政府网站',
        });
      step(cat, 2, 'approve_catalogue', approved, {
        approvedOn: approved,
        approvalMeeting: t.kind === 'street' ? '街道党工委会议' : `${u}党委会议`,
      });
      step(cat, 2, 'publish_catalogue', published, {
        publishedOn: published,
        publishChannel: `县人民政府网站${t.name}专栏、${u}政务公开栏`,
      });

      for (const [di, p] of planned.entries()) {
        const key = `${t.code}-${y}-${di}`;
        const [title, sponsor, category, technical] = p.subject;
        const s = p.start;
        create(key, 0, s, () => ({
          title: fill(title),
          orgId,
          startedOn: s,
          category,
          inCatalogue: true,
          sponsor: fill(sponsor),
          summary: `${fill(title)}：决策承办单位在调查研究的基础上拟订决策草案，说明制定依据、主要内容和拟解决的问题。`,
        }));
        const from = plusWorking(s, 3);
        // Now and then a clerk first announces too short a period without a reason (refused, 第十五条).
        if (rand() < 0.2)
          step(key, 0, 'open_comment', from, {
            commentFrom: from,
            commentDays: 15,
            commentChannel: '政府网站',
          });
        const days = COMMENT_PERIOD.days + (rand() < 0.3 ? 5 : 0);
        step(key, 0, 'open_comment', from, {
          commentFrom: from,
          commentDays: days,
          commentChannel: `县人民政府网站${t.name}专栏、${u}政务公开栏`,
        });
        const until = commentPeriodEnd(ctx, from, days);
        const comments = 2 + Math.floor(rand() * 4);
        const answered: string[] = [];
        for (let c = 0; c < comments; c++) {
          const ck = `${key}-c${c}`;
          const offTopic = c === comments - 1 && rand() < 0.5;
          const [topic, content] = offTopic ? OFF_TOPIC : COMMENTS[(di + c) % COMMENTS.length];
          const received = addDays(from, 2 + Math.floor(rand() * (days - 3)));
          create(ck, 1, received, () => ({
            topic,
            orgId,
            decisionId: ids.get(key),
            receivedOn: received,
            channel: c % 3 === 0 ? 'letter' : 'portal',
            commenterName: NAMES[Math.floor(rand() * NAMES.length)],
            commenterPhone: `139${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`,
            content,
          }));
          const moderated = plusWorking(received, 2);
          if (offTopic) {
            step(ck, 1, 'reject_comment', moderated, {
              rejectReason: 'off_topic',
              moderationNote: '所提事项与本次征求意见的决策事项无关，已告知通过12345热线或向社区反映。',
            });
            continue;
          }
          step(ck, 1, 'accept_comment', moderated);
          answered.push(ck);
          const adoption = rand() < 0.5 ? 'adopted' : rand() < 0.5 ? 'partial' : 'not_adopted';
          const replied = plusWorking(until, 3);
          step(ck, 1, 'reply_comment', replied, {
            adoption,
            replyText:
              adoption === 'not_adopted'
                ? '该意见不属于本决策事项调整范围，已转有关部门研究。'
                : '已在决策草案中予以吸收，相关条款作了修改完善。',
            repliedOn: replied,
          });
        }
        const closed = until;
        step(key, 0, 'close_comment', closed, {
          participationSummary: `公开征求意见${days}日，收到意见建议${comments}条，已逐条研究并反馈采纳情况。`,
        });
        if (technical) {
          step(key, 0, 'expert_review', plusWorking(s, 8), {
            expertOn: plusWorking(s, 8),
            expertOpinion:
              '邀请县发展改革、自然资源、住房城乡建设部门专家和法律顾问论证，认为方案必要、可行，建议细化资金保障和实施步骤。',
          });
        } else {
          step(key, 0, 'skip_expert', plusWorking(s, 8), {
            expertSkipReason: '该事项不属于专业性、技术性较强的决策事项，已通过公开征求意见听取各方意见。',
          });
        }
        // One decision in five is first sent to review before its risk assessment (refused, 第二十二条).
        const sent = plusWorking(closed, 2);
        if (rand() < 0.2) step(key, 0, 'send_review', closed, { reviewSentOn: closed, reviewDays: 7 });
        step(key, 0, 'risk_assessment', plusWorking(closed, 1), {
          riskOn: plusWorking(closed, 1),
          riskLevel: rand() < 0.7 ? 'controllable' : 'mitigated',
          riskOpinion: '对社会稳定、公共安全、生态环境等方面进行评估，未发现不可控风险，已制定应对预案。',
        });
        step(key, 0, 'send_review', sent, { reviewSentOn: sent, reviewDays: 7 });
        // The reviewer takes 4 to 6 working days; the latest draft uses the whole 7 (still with it today).
        const latest = y === year && di >= planned.length - 2;
        const reviewed = plusWorking(sent, latest ? 7 : 4 + Math.floor(rand() * 3));
        const conclusion = rand() < 0.75 ? 'lawful' : 'amend';
        step(
          key,
          0,
          'legal_review',
          reviewed,
          {
            reviewConclusion: conclusion,
            reviewOpinion:
              conclusion === 'lawful'
                ? '决策事项属于法定权限范围，履行了公众参与、风险评估等程序，草案内容符合有关法律法规和国家政策的规定。'
                : '建议删除草案第五条中增设收费的内容，补充资金使用的监督条款，修改后合法。',
            reviewedOn: reviewed,
            reviewer: t.people[5],
          },
          'advisor',
        );
        const decided = plusWorking(reviewed, 3 + Math.floor(rand() * 5));
        const meeting = rand() < 0.6 ? 'executive' : 'joint';
        step(
          key,
          0,
          'decide',
          decided,
          {
            decidedOn: decided,
            meetingKind: meeting,
            meetingMinutes:
              '会议组成人员充分发表意见，行政首长最后发表意见，会议同意按修改后的方案实施；无不同意见。',
          },
          'leader',
        );
        const pub = plusWorking(decided, 2);
        step(key, 0, 'publish', pub, { publishedOn: pub, publishChannel: `县人民政府网站${t.name}专栏` });
        for (const ck of answered) step(ck, 1, 'publish_reply', pub, { replyPublishedOn: pub });
        // The previous year's first decision is evaluated within the year, its third the next year.
        if (y === year - 1 && di % 2 === 0) {
          const evaluated = working(
            addDays(decided, di === 0 ? 150 + Math.floor(rand() * 30) : 200 + Math.floor(rand() * 60)),
          );
          step(key, 0, 'evaluate', evaluated, {
            evaluatedOn: evaluated,
            evaluationSummary:
              '委托第三方开展决策后评估：决策实施总体达到预期效果，群众满意度较高，建议完善日常管护机制。',
          });
        }
      }
    }
  }

  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.seq - b.seq));
  const actors = new Map<string, Actor>();
  const actorOf = async (username: string): Promise<Actor> => {
    let actor = actors.get(username);
    if (!actor) {
      const id = ctx.userIds.get(username);
      const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
      if (!loaded) throw new Error(`demo decisions: no account ${username}`);
      actor = loaded;
      actors.set(username, actor);
    }
    return actor;
  };
  for (const [i, s] of steps.entries()) {
    const runtime: LedgerRuntime = {
      pii: ctx.pii,
      calendar,
      today: ctx.today,
      at: `${s.on}T0${1 + (i % 8)}:${String(i % 60).padStart(2, '0')}:00.000Z`,
    };
    await s.run({ runtime, actor: (role) => actorOf(`${s.town}.${role}`) });
  }
}
