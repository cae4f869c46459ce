// The workflow of a reconsideration or litigation case where the township is 被申请人 or 被告:
// 收案 → 提交答复（答辩） → 审结, with the hearing (开庭、听证) recorded in between. The 答复 and
// 答辩 clocks run from the day the copy is received; an answer after its due date is recorded and
// flagged (逾期答复), never refused — the court or 复议机关 decides what it means.
import type { GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import { answerInput, closeInput, hearingInput } from './inputs.ts';
import { courtResult, LITIGATION_TYPES, REVIEW_MESSAGES as M, reviewResult, STATES } from './labels.ts';
import { BASIS, DEFENCE_PERIOD, REPLY_PERIOD, SIMPLE_REPLY_PERIOD } from './rules.ts';

const WORKERS = ['clerk', 'leader'] as const;
export const ANSWER_CLOCKS = ['reply', 'reply_simple', 'defence'] as const;

const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
export const isLitigation = (caseType: unknown) =>
  (LITIGATION_TYPES as readonly unknown[]).includes(caseType);
const answerBasis = (ctx: GuardContext) => (isLitigation(ctx.record.caseType) ? BASIS.defence : BASIS.reply);

/** The due date of the record's open 答复/答辩 clock, if one runs. */
async function openAnswerDue(ctx: GuardContext): Promise<string | null> {
  const row = await ctx.tx
    .selectFrom('deadline')
    .select('due')
    .where('ledger', '=', 'review_litigation')
    .where('recordType', '=', 'review_case')
    .where('recordId', '=', ctx.record.id)
    .where('deadlineId', 'in', ANSWER_CLOCKS)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return row?.due ?? null;
}

function hearingGuards(ctx: GuardContext): Refusal | null {
  const f = ctx.fields;
  const lawsuit = isLitigation(ctx.record.caseType);
  const hearingOn = String(f.hearingOn);
  if (hearingOn < String(ctx.record.receivedOn)) {
    return refuse(M.hearingBeforeReceipt, lawsuit ? BASIS.appearance : BASIS.reviewHearing);
  }
  if (hearingOn > ctx.on) return refuse(M.hearingAfterStep, lawsuit ? BASIS.appearance : BASIS.reviewHearing);
  if (f.leaderAppeared === true && (!f.leaderName || !f.leaderPost)) {
    return lawsuit
      ? refuse(M.leaderIdentity('出庭应诉'), BASIS.appearanceIdentity)
      : refuse(M.leaderIdentity('参加听证'), BASIS.reviewHearing);
  }
  if (f.leaderAppeared === false && (!f.absenceReason || !f.delegateName)) {
    return lawsuit
      ? refuse(M.absence('出庭', '出庭'), BASIS.appearanceAbsence)
      : refuse(M.absence('参加听证', '参加听证'), BASIS.reviewHearing);
  }
  return null;
}

function outcomeGuards(ctx: GuardContext): Refusal | null {
  const f = ctx.fields;
  const lawsuit = isLitigation(ctx.record.caseType);
  const basis = lawsuit ? BASIS.judgment : BASIS.reviewDecision;
  if (lawsuit ? f.reviewOutcome : f.courtOutcome) return refuse(M.wrongOutcome, basis);
  if (lawsuit && !f.courtOutcome) return refuse(M.needCourtOutcome, basis);
  if (!lawsuit && !f.reviewOutcome) return refuse(M.needReviewOutcome, basis);
  if (f.courtOutcome === 'remanded' && ctx.record.caseType === 'first')
    return refuse(M.remandFirst, BASIS.remand);
  const decidedOn = String(f.decidedOn);
  if (decidedOn < String(ctx.record.receivedOn)) return refuse(M.decidedBeforeReceipt, basis);
  if (ctx.record.hearingOn && decidedOn < String(ctx.record.hearingOn))
    return refuse(M.decidedBeforeHearing, basis);
  if (decidedOn > ctx.on) return refuse(M.decidedAfterStep, basis);
  const corrected = (lawsuit ? courtResult(f.courtOutcome) : reviewResult(f.reviewOutcome)) === 'corrected';
  if (corrected && !f.outcomeNote) {
    return refuse(M.needCorrection, lawsuit ? BASIS.performJudgment : BASIS.performReview);
  }
  return null;
}

const isReview = (row: Record<string, unknown>) => row.caseType === 'reconsideration';

export const CASE_WORKFLOW: WorkflowDef = {
  initial: 'received',
  states: STATES,
  transitions: [
    {
      id: 'answer',
      label: '提交答复（答辩）',
      from: ['received'],
      to: 'answered',
      roles: WORKERS,
      input: answerInput,
      basis: `${BASIS.reply}；${BASIS.defence}`,
      guards: [
        (ctx) =>
          ctx.on < String(ctx.record.receivedOn) ? refuse(M.answerBeforeReceipt, answerBasis(ctx)) : null,
      ],
      // The day of the step is the day the 答复书 (答辩状) and evidence were submitted.
      effect: async (ctx) => {
        const due = await openAnswerDue(ctx);
        return { answeredOn: ctx.on, answerLate: due !== null && ctx.on > due ? 1 : 0 };
      },
    },
    {
      id: 'hearing',
      label: '记录开庭（听证）',
      from: ['answered'],
      to: null,
      roles: WORKERS,
      fields: ['hearingOn', 'leaderAppeared', 'leaderName', 'leaderPost', 'absenceReason', 'delegateName'],
      input: hearingInput,
      basis: `${BASIS.appearance}；${BASIS.reviewHearing}`,
      guards: [hearingGuards],
      // Who appeared is recorded as it was: the fields of the other case are cleared.
      effect: (ctx) =>
        ctx.fields.leaderAppeared
          ? { absenceReason: null, delegateName: null }
          : { leaderName: null, leaderPost: null },
    },
    {
      id: 'close',
      label: '审结',
      from: ['received', 'answered'],
      to: 'closed',
      roles: WORKERS,
      fields: ['decidedOn', 'reviewOutcome', 'courtOutcome', 'outcomeNote'],
      input: closeInput,
      basis: `${BASIS.reviewDecision}；${BASIS.judgment}`,
      guards: [outcomeGuards],
    },
  ],
  deadlines: [
    {
      id: 'reply',
      label: '行政复议答复期限',
      from: { event: 'create', field: 'receivedOn' },
      ...REPLY_PERIOD,
      until: ['answer', 'close'],
      when: (row) => isReview(row) && !row.simplified,
    },
    {
      id: 'reply_simple',
      label: '行政复议答复期限（简易程序）',
      from: { event: 'create', field: 'receivedOn' },
      ...SIMPLE_REPLY_PERIOD,
      until: ['answer', 'close'],
      when: (row) => isReview(row) && Boolean(row.simplified),
    },
    {
      id: 'defence',
      label: '行政诉讼答辩期限',
      from: { event: 'create', field: 'receivedOn' },
      ...DEFENCE_PERIOD,
      until: ['answer', 'close'],
      when: (row) => row.caseType === 'first',
    },
  ],
};
