// The legal advisor ledger on both dialects: the clocks of its tasks on the working-day calendar,
// the answer's guard with its basis, the advisor reading only its own tasks, link fields (a target
// outside the scope refused), the hook that runs a linked record's `legal_review` step in the
// answer's transaction — proven on a test-only ledger shaped as the normative-document and decision
// ledgers will be (their transition, their field names) — and the indicators on known records.
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { describeEachDialect } from '../../../../test/db.ts';
import { inTx, makeTree, makeUser, type Tree } from '../../../../test/factories.ts';
import { addPeriod, type Calendar } from '../../../shared/calendar/index.ts';
import type { Actor } from '../../core/actor.ts';
import { loadCalendar } from '../../core/calendar.ts';
import { createPii, type Pii } from '../../core/pii.ts';
import { isPostgres } from '../../db/migrations/util.ts';
import { AppError } from '../../errors.ts';
import { defineLedger, type LedgerRow, type RecordTypeDef } from '../contract.ts';
import { oneOfOrLabel, recordInputs } from '../inputs.ts';
import { registerLinkTargets } from '../links.ts';
import { listRecords } from '../list.ts';
import { defaultPolicy } from '../policy.ts';
import { findLedger, findRecordType } from '../registry.ts';
import { createRecord, type LedgerRuntime, loadRecord } from '../store.ts';
import { applyTransition } from '../workflow.ts';
import { advisorLedger } from './index.ts';

/** The legality conclusions of the linked record type, in its own values (the advisor sends labels). */
const CONCLUSIONS = [
  { value: 'lawful', label: '合法' },
  { value: 'amended', label: '修改后合法' },
  { value: 'unlawful', label: '不合法' },
];

const TODAY = '2025-12-10';
const ledger = advisorLedger;
const [advisorRt, taskRt] = ledger.recordTypes as [RecordTypeDef, RecordTypeDef, RecordTypeDef];

// A test-only ledger shaped as normative_docs/decisions will be: a `legal_review` transition for
// the advisor and the clerk, with reviewConclusion, reviewOpinion, reviewedOn and reviewer.
const DOC_FIELDS = [
  { name: 'title', label: '文件名称', type: 'text', max: 200, required: true },
  { name: 'orgId', label: '制定机关', type: 'org', required: true },
  { name: 'draftedOn', label: '起草日期', type: 'date', required: true },
  {
    name: 'reviewConclusion',
    label: '审核结论',
    type: 'enum',
    workflow: true,
    options: CONCLUSIONS,
  },
  { name: 'reviewOpinion', label: '审核意见', type: 'textarea', workflow: true },
  { name: 'reviewedOn', label: '审核日期', type: 'date', workflow: true },
  { name: 'reviewer', label: '审核人', type: 'text', workflow: true },
] as const;
const docRt: RecordTypeDef = {
  type: 'doc',
  label: '测试文件',
  table: 'testDoc',
  titleField: 'title',
  dateField: 'draftedOn',
  fields: DOC_FIELDS,
  inputs: recordInputs(DOC_FIELDS),
  workflow: {
    initial: 'draft',
    states: [
      { id: 'draft', label: '起草' },
      { id: 'reviewed', label: '已审核' },
      { id: 'published', label: '已公布', final: true },
    ],
    transitions: [
      {
        id: 'legal_review',
        label: '合法性审核',
        from: ['draft'],
        to: 'reviewed',
        roles: ['advisor', 'clerk'],
        fields: ['reviewConclusion', 'reviewOpinion', 'reviewedOn', 'reviewer'],
        input: z
          .object({
            reviewConclusion: oneOfOrLabel(CONCLUSIONS),
            reviewOpinion: z.string().min(1),
            reviewedOn: z.string(),
            reviewer: z.string().min(1),
          })
          .strict(),
        basis: '《测试规定》第一条',
      },
      { id: 'publish', label: '公布', from: ['reviewed'], to: 'published', roles: ['clerk'] },
    ],
    deadlines: [],
  },
  exports: ['title'],
};
const DOC_ACCESS = { read: ['clerk', 'leader'], write: ['clerk', 'leader'], reveal: [] } as const;
const docLedger = defineLedger({
  kind: 'test_docs',
  label: '测试文件台账',
  access: DOC_ACCESS,
  recordTypes: [docRt],
  policy: defaultPolicy(DOC_ACCESS, [docRt]),
  indicators: [],
});
// The advisor's task with a link to the test ledger, as the lead wires normativeDocId/decisionId.
const linkedTaskRt: RecordTypeDef = {
  ...taskRt,
  fields: [
    ...taskRt.fields,
    { name: 'docId', label: '关联文件', type: 'link', link: { ledger: 'test_docs', type: 'doc' } },
  ],
};
linkedTaskRt.inputs = recordInputs(linkedTaskRt.fields, {
  amount: z.number().min(0).nullish(),
});

describeEachDialect('advisor ledger', (ctx) => {
  let pii: Pii;
  let calendar: Calendar;
  let tree: Tree;
  let clerk: { id: number; actor: Actor };
  let advisor: { id: number; actor: Actor };
  let otherAdvisor: { id: number; actor: Actor };
  let outsider: { id: number; actor: Actor };
  const runtime = (): LedgerRuntime => ({ pii, calendar, today: TODAY });
  const k = () => ctx().db.k;

  beforeAll(async () => {
    const db = ctx().db;
    pii = createPii({ dataDir: ctx().dataDir });
    calendar = await loadCalendar(db, TODAY);
    tree = await makeTree(db.k, '顾问');
    clerk = await makeUser(db.k, tree.town.id, ['clerk'], { displayName: '张经办' });
    advisor = await makeUser(db.k, tree.town.id, ['advisor'], { displayName: '孙顾问' });
    otherAdvisor = await makeUser(db.k, tree.town.id, ['advisor'], { displayName: '钱顾问' });
    outsider = await makeUser(db.k, tree.sibling.id, ['clerk'], { displayName: '邻乡经办' });
    const pg = isPostgres(db.k as never);
    await db.k.schema
      .createTable('test_doc')
      .addColumn('id', pg ? 'serial' : 'integer', (c) =>
        pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('org_id', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('drafted_on', 'text', (c) => c.notNull())
      .addColumn('review_conclusion', 'text')
      .addColumn('review_opinion', 'text')
      .addColumn('reviewed_on', 'text')
      .addColumn('reviewer', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await sql`ALTER TABLE advisor_task ADD COLUMN doc_id integer`.execute(db.k);
    registerLinkTargets((kind, type) => {
      if (kind === 'test_docs' && type === 'doc') return { ledger: docLedger, rt: docRt };
      const l = findLedger(kind);
      const rt = l && findRecordType(l, type);
      return l && rt ? { ledger: l, rt } : undefined;
    });
  });

  const task = (values: Record<string, unknown>, rt = taskRt, actor = clerk.actor) =>
    inTx(k(), (tx) =>
      createRecord(
        tx,
        actor,
        ledger,
        rt,
        { orgId: tree.town.id, advisorId: advisor.id, sentOn: '2025-09-26', ...values },
        runtime(),
      ),
    );
  const answer = (id: number, fields: Record<string, unknown>, rt = taskRt, on = '2025-10-10') =>
    inTx(k(), (tx) =>
      applyTransition(tx, advisor.actor, ledger, rt, id, 'answer', { on, fields }, runtime()),
    );
  const doc = (orgId: number, actor: Actor, title = '关于规范集镇摊点经营的通知') =>
    inTx(k(), (tx) =>
      createRecord(tx, actor, docLedger, docRt, { title, orgId, draftedOn: '2025-09-20' }, runtime()),
    );
  const clockOf = (id: number) =>
    k()
      .selectFrom('deadline')
      .selectAll()
      .where('ledger', '=', 'advisor')
      .where('recordId', '=', id)
      .execute();

  it('computes every indicator as zero on an empty database', async () => {
    for (const def of ledger.indicators) {
      expect(await def.compute(k(), ['/'], 2025)).toBe(0);
      expect((await def.drill(k(), ['/'], 2025)).ids).toEqual([]);
    }
  });

  it('opens each task kind’s clock in working days across 国庆, none for a meeting', async () => {
    const contract = await task({
      title: '物业服务合同',
      kind: 'contract',
      counterparty: '某物业公司',
      amount: 120000,
    });
    const decision = await task({ title: '农贸市场搬迁方案', kind: 'decision' });
    const meeting = await task({ title: '列席党政联席会议', kind: 'meeting', meetingOn: '2025-09-29' });
    const [c] = await clockOf(contract.id);
    expect(c?.deadlineId).toBe('contract_review');
    expect(c?.due).toBe(addPeriod(calendar, { start: '2025-09-26', days: 10, unit: 'working' }).due);
    // 国庆 and 中秋 (10月1日—8日) are not counted; 9月28日 and 10月11日 are make-up workdays.
    expect(c?.due).toBe('2025-10-16');
    const [d] = await clockOf(decision.id);
    expect(d?.deadlineId).toBe('decision_review');
    expect(d?.basis).toContain('第二十八条');
    expect(d?.due).toBe('2025-10-13');
    expect(await clockOf(meeting.id)).toEqual([]);
    // answered: the clock stops
    await answer(contract.id, { opinion: 'approve_modified', reply: '第八条违约责任约定不明，建议修改。' });
    expect((await clockOf(contract.id))[0]?.state).toBe('met');
  });

  it('refuses a contract task without its counterparty and an answer without its opinion, citing the basis', async () => {
    await expect(task({ title: '采购合同', kind: 'contract' })).rejects.toMatchObject({ code: 'VALIDATION' });
    const t = await task({ title: '采购合同', kind: 'contract', counterparty: '某公司' });
    const err = await answer(t.id, { reply: '见附件' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('WORKFLOW_REFUSED');
    expect(String((err as AppError).extra.basis)).toMatch(/^《关于推行法律顾问制度/);
    const c = await task({ title: '关于征地补偿的法律咨询', kind: 'consultation' });
    await expect(answer(c.id, {})).rejects.toMatchObject({ code: 'WORKFLOW_REFUSED' });
    const done = await answer(c.id, { reply: '已出具书面咨询意见。' });
    expect(done.state).toBe('answered');
    expect(done.answeredOn).toBe('2025-10-10');
  });

  it('shows the advisor only the tasks sent to it, and none of the roster', async () => {
    const mine = await task({ title: '只给孙顾问的咨询', kind: 'consultation' });
    const theirs = await task({ title: '给钱顾问的咨询', kind: 'consultation', advisorId: otherAdvisor.id });
    const page = await listRecords(k(), advisor.actor, ledger, taskRt, { page: 1, pageSize: 200 }, pii);
    const ids = page.items.map((r) => r.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    await expect(loadRecord(k(), advisor.actor, ledger, taskRt, theirs.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // the clerk sees both; the advisor may not list the advisors themselves
    const all = await listRecords(k(), clerk.actor, ledger, taskRt, { page: 1, pageSize: 200 }, pii);
    expect(all.items.map((r) => r.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    await expect(
      listRecords(k(), advisor.actor, ledger, advisorRt, { page: 1, pageSize: 20 }, pii),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(ledger.policy(advisor.actor, 'create')).toBe(false);
    // nor may it answer another advisor's task
    await expect(answer(theirs.id, { reply: '越权答复' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a link to a record of another organisation, in Chinese', async () => {
    const foreign = await doc(tree.sibling.id, outsider.actor);
    const err = await task(
      { title: '规范性文件合法性审核', kind: 'normative_doc', docId: foreign.id },
      linkedTaskRt,
    ).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('VALIDATION');
    expect((err as AppError).message).toContain('不在您的管辖范围内');
    await expect(
      task({ title: '规范性文件合法性审核', kind: 'normative_doc', docId: 999_999 }, linkedTaskRt),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('runs the linked record’s legal_review in the answer’s transaction, and rolls both back on a refusal', async () => {
    const d = await doc(tree.town.id, clerk.actor);
    const t = await task(
      { title: '关于规范集镇摊点经营的通知（合法性审核）', kind: 'normative_doc', docId: d.id },
      linkedTaskRt,
    );
    const done = await answer(
      t.id,
      { opinion: 'approve_modified', reply: '第三条处罚设定超越权限，删除后同意。' },
      linkedTaskRt,
    );
    expect(done.state).toBe('answered');
    const reviewed = (await k()
      .selectFrom('testDoc' as never)
      .selectAll()
      .where('id' as never, '=', d.id as never)
      .executeTakeFirstOrThrow()) as LedgerRow;
    expect(reviewed.state).toBe('reviewed');
    expect(reviewed.reviewConclusion).toBe('amended');
    expect(reviewed.reviewOpinion).toBe('第三条处罚设定超越权限，删除后同意。');
    expect(reviewed.reviewedOn).toBe('2025-10-10');
    expect(reviewed.reviewer).toBe('孙顾问');
    const steps = await k()
      .selectFrom('workflowStep')
      .select(['action', 'actorName', 'onDate'])
      .where('ledger', '=', 'test_docs')
      .where('recordId', '=', d.id)
      .orderBy('id')
      .execute();
    expect(steps.map((s) => s.action)).toEqual(['create', 'legal_review']);
    expect(steps[1]).toMatchObject({ actorName: '孙顾问', onDate: '2025-10-10' });

    // a linked record no longer in a state that takes the step: the answer is refused, nothing written
    await inTx(k(), (tx) =>
      applyTransition(tx, clerk.actor, docLedger, docRt, d.id, 'publish', {}, runtime()),
    );
    const again = await task({ title: '再次审核', kind: 'normative_doc', docId: d.id }, linkedTaskRt);
    await expect(
      answer(again.id, { opinion: 'approve', reply: '同意。' }, linkedTaskRt),
    ).rejects.toMatchObject({
      code: 'WORKFLOW_REFUSED',
    });
    const still = await loadRecord(k(), clerk.actor, ledger, linkedTaskRt, again.id);
    expect(still.row.state).toBe('sent');
    // a task without a link, or linked to a type without the step, answers alone
    const plain = await task({ title: '不关联的审查', kind: 'contract', counterparty: '某公司' });
    expect((await answer(plain.id, { opinion: 'approve', reply: '同意。' })).state).toBe('answered');
  });

  it('counts advisors engaged, contracts and decisions reviewed and consultations by year and subtree', async () => {
    const { db } = ctx();
    const t2 = await makeTree(db.k, '计数');
    const c2 = await makeUser(db.k, t2.town.id, ['clerk']);
    const a2 = await makeUser(db.k, t2.town.id, ['advisor'], { displayName: '周顾问' });
    const paths = [`${t2.town.path}`];
    const mk = (values: Record<string, unknown>, rt = taskRt) =>
      inTx(db.k, (tx) =>
        createRecord(tx, c2.actor, ledger, rt, { orgId: t2.town.id, advisorId: a2.id, ...values }, runtime()),
      );
    await inTx(db.k, (tx) =>
      createRecord(
        tx,
        c2.actor,
        ledger,
        advisorRt,
        {
          name: '周顾问',
          orgId: t2.town.id,
          kind: 'township',
          firm: '某律师事务所',
          contractFrom: '2024-01-01',
          contractTo: '2025-12-31',
          userId: a2.id,
        },
        runtime(),
      ),
    );
    await inTx(db.k, (tx) =>
      createRecord(
        tx,
        c2.actor,
        ledger,
        advisorRt,
        {
          name: '吴顾问',
          orgId: t2.village.id,
          kind: 'village',
          firm: '某律师事务所',
          contractFrom: '2026-01-01',
          contractTo: '2026-12-31',
        },
        runtime(),
      ),
    );
    const answerAs = (id: number, fields: Record<string, unknown>) =>
      inTx(db.k, (tx) =>
        applyTransition(tx, a2.actor, ledger, taskRt, id, 'answer', { on: '2025-11-03', fields }, runtime()),
      );
    const c1 = await mk({ title: '合同一', kind: 'contract', counterparty: '甲公司', sentOn: '2025-10-20' });
    await answerAs(c1.id, { opinion: 'approve' });
    await mk({
      title: '合同二（未出具意见）',
      kind: 'contract',
      counterparty: '乙公司',
      sentOn: '2025-10-21',
    });
    const d1 = await mk({ title: '决策一', kind: 'decision', sentOn: '2025-10-22' });
    await answerAs(d1.id, { opinion: 'reject', reply: '缺乏法定依据' });
    const q1 = await mk({ title: '咨询一', kind: 'consultation', sentOn: '2025-10-23' });
    await answerAs(q1.id, { reply: '已答复' });
    const value = (id: string) => ledger.indicators.find((i) => i.id === id)?.compute(db.k, paths, 2025);
    expect(await value('advisor.count')).toBe(1);
    expect(await value('advisor.contracts_reviewed')).toBe(1);
    expect(await value('advisor.decisions')).toBe(1);
    expect(await value('advisor.consultations')).toBe(1);
    const drill = await ledger.indicators
      .find((i) => i.id === 'advisor.contracts_reviewed')
      ?.drill(db.k, paths, 2025);
    expect(drill).toEqual({ type: 'task', ids: [c1.id] });
    // the sibling township counts nothing of these
    expect(await ledger.indicators[1]?.compute(db.k, [t2.sibling.path], 2025)).toBe(0);
  });
});
