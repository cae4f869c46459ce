// Demo 督办通知 for the fictional 清源县, relative to the demo's today and written through the
// ordinary commands (every step audited, stamped no later than the loading instant): one closed on
// time, one returned and answered again (awaiting the county), one unanswered past its date (red on
// both boards), one just issued. Dates fall on weekdays.
import { addDays, weekday } from '../../../shared/calendar/dates.ts';
import { type Actor, loadActor } from '../../core/actor.ts';
import { notAfter } from '../../core/clock.ts';
import { DEMO_TOWNSHIPS } from '../../demo/county.ts';
import type { SeedContext } from '../contract.ts';
import { createRecord, type LedgerRuntime } from '../store.ts';
import { applyTransition } from '../workflow.ts';

/** The weekday on or before `today − days` (Monday–Friday). */
function daysAgo(today: string, days: number): string {
  let d = addDays(today, -days);
  while (weekday(d) === 0 || weekday(d) === 6) d = addDays(d, -1);
  return d;
}

interface Plan {
  township: string;
  title: string;
  requirement: string;
  issued: number;
  due: number;
  steps: ReadonlyArray<{ id: 'reply' | 'return' | 'close'; ago: number; fields: Record<string, unknown> }>;
}

const PLANS: readonly Plan[] = [
  {
    township: 'liuxi',
    title: '关于行政执法案件超期未结的督办',
    requirement: '你乡有3件行政处罚案件超过法定办案期限，请查明原因，依法办结，并报送整改情况。',
    issued: 45,
    due: 30,
    steps: [
      {
        id: 'reply',
        ago: 33,
        fields: { reply: '3件案件已全部依法作出处理决定并送达；已明确案件承办人期限提醒责任。' },
      },
      { id: 'close', ago: 31, fields: { closeNote: '整改到位，同意办结。' } },
    ],
  },
  {
    township: 'baima',
    title: '关于信访事项未按期告知的督办',
    requirement: '请核查信访事项受理后未在法定期限内书面告知的原因，补正告知并报送整改措施。',
    issued: 20,
    due: 10,
    steps: [
      { id: 'reply', ago: 12, fields: { reply: '已补发书面告知书，建立信访事项受理台账每周核对制度。' } },
      { id: 'return', ago: 9, fields: { returnReason: '未附告知书送达凭证，请补充后重新回复。' } },
      { id: 'reply', ago: 6, fields: { reply: '已补充告知书送达回证，并附信访事项受理台账。' } },
    ],
  },
  {
    township: 'taoping',
    title: '关于年度报告逾期未报送的督办',
    requirement: '你乡上一年度法治政府建设年度报告逾期未报送，请于期限内报送并说明逾期原因。',
    issued: 16,
    due: 6,
    steps: [],
  },
  {
    township: 'dongcheng',
    title: '关于法律顾问审查意见超期的督办',
    requirement: '请督促法律顾问对超期未出具审查意见的事项尽快出具意见，并报送办理情况。',
    issued: 2,
    due: -10,
    steps: [],
  },
];

export async function seedSupervision(ctx: SeedContext): Promise<void> {
  const rt = ctx.ledger.recordTypes[0];
  if (!rt) return;
  const actor = async (name: string): Promise<Actor> => {
    const id = ctx.userIds.get(name);
    const loaded = id === undefined ? null : await loadActor(ctx.tx, id, null);
    if (!loaded) throw new Error(`demo supervision: no account ${name}`);
    return loaded;
  };
  const supervisor = await actor('supervisor');
  const runtime = (on: string, hour: number): LedgerRuntime => ({
    pii: ctx.pii,
    calendar: ctx.calendar,
    today: ctx.today,
    at: notAfter(`${on}T0${hour}:30:00.000Z`, ctx.now),
  });
  for (const p of PLANS) {
    const code = DEMO_TOWNSHIPS.find((t) => t.pinyin === p.township)?.code;
    const orgId = code === undefined ? undefined : ctx.orgIds.get(code);
    if (orgId === undefined) throw new Error(`demo supervision: no township ${p.township}`);
    const clerk = await actor(`${p.township}.clerk`);
    const issuedOn = daysAgo(ctx.today, p.issued);
    const dueOn = p.due < 0 ? addDays(ctx.today, -p.due) : daysAgo(ctx.today, p.due);
    const row = await createRecord(
      ctx.tx,
      supervisor,
      ctx.ledger,
      rt,
      {
        title: p.title,
        orgId,
        subjectKind: 'overdue',
        subjectLink: null,
        issuedOn,
        dueOn,
        requirement: p.requirement,
      },
      runtime(issuedOn, 1),
    );
    for (const [i, s] of p.steps.entries()) {
      const on = daysAgo(ctx.today, s.ago);
      const by = s.id === 'reply' ? clerk : supervisor;
      await applyTransition(
        ctx.tx,
        by,
        ctx.ledger,
        rt,
        row.id,
        s.id,
        { on, fields: s.fields },
        runtime(on, 2 + i),
      );
    }
  }
}
