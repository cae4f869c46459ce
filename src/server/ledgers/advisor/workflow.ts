// The workflows of the legal advisor ledger. An advisor is engaged until 解聘. A review task is
// sent to an advisor and answered with an opinion (同意/修改后同意/不同意) or a reply, or withdrawn;
// its clock, on the working-day calendar, depends on its kind. Answering a task that links to a
// record runs that record's 合法性审核/法制审核 step (`legal_review`) in the same transaction.
import type { DeadlineDef, GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import { answerInput, endInput, withdrawInput } from './inputs.ts';
import {
  ADVISOR_STATES,
  CHECKUP_STATES,
  ADVISOR_MESSAGES as M,
  OPINIONS,
  REVIEW_KINDS,
  TASK_STATES,
} from './labels.ts';
import {
  BASIS,
  CASE_REVIEW_DAYS,
  CONSULTATION_DAYS,
  CONTRACT_REVIEW_DAYS,
  CONTRACT_WARNING,
  DECISION_REVIEW_DAYS,
  NORMATIVE_REVIEW_DAYS,
  WARN_DAYS,
} from './rules.ts';

const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });

export const ADVISOR_WORKFLOW: WorkflowDef = {
  initial: 'engaged',
  states: ADVISOR_STATES,
  transitions: [
    {
      id: 'end',
      label: '解聘',
      from: ['engaged'],
      to: 'ended',
      roles: ['clerk', 'leader'],
      fields: ['endedOn', 'endReason'],
      input: endInput,
      basis: BASIS.advisorSystem,
      guards: [
        (ctx) =>
          String(ctx.fields.endedOn) < String(ctx.record.contractFrom)
            ? refuse(M.endBeforeStart, BASIS.advisorSystem)
            : null,
      ],
    },
  ],
  deadlines: [
    {
      // The 聘期 watch: yellow 30 days ahead, red from the first day without a contract. It opens
      // when the 聘期 ends by the end of the year after it starts (the calendar is known that far);
      // a change of 聘期结束 moves it, 解聘 closes it.
      id: 'contract_end',
      label: '法律顾问聘期届满',
      from: { event: 'create', field: 'contractTo' },
      days: CONTRACT_WARNING.days,
      unit: CONTRACT_WARNING.unit,
      basis: CONTRACT_WARNING.basis,
      warnDays: CONTRACT_WARNING.warnDays,
      until: ['end'],
      when: (row) =>
        typeof row.contractTo === 'string' &&
        typeof row.contractFrom === 'string' &&
        Number(row.contractTo.slice(0, 4)) <= Number(row.contractFrom.slice(0, 4)) + 1,
    },
  ],
};

/** The basis of a task's answer, by kind. */
const ANSWER_BASIS: Readonly<Record<string, string>> = {
  contract: BASIS.contractReview,
  normative_doc: BASIS.normativeReview,
  decision: BASIS.decisionReview,
  case: BASIS.caseReview,
  consultation: BASIS.consultation,
  meeting: BASIS.advisorSystem,
};

function opinionGiven(ctx: GuardContext): Refusal | null {
  const kind = String(ctx.record.kind);
  if (REVIEW_KINDS.includes(kind) && !ctx.fields.opinion)
    return refuse(M.opinionRequired, ANSWER_BASIS[kind] ?? BASIS.advisorSystem);
  if (!REVIEW_KINDS.includes(kind) && !ctx.fields.reply)
    return refuse(M.replyRequired, ANSWER_BASIS[kind] ?? BASIS.advisorSystem);
  return null;
}

const opinionLabel = (v: unknown) => OPINIONS.find((o) => o.value === v)?.label ?? '';

/**
 * What the answer offers the linked record's `legal_review` step: the field names of the
 * normative-document and decision ledgers (reviewConclusion, reviewOpinion, reviewedOn, reviewer)
 * and of the enforcement case (legalReviewOpinion, legalReviewNote, legalReviewer); the engine
 * passes only those the linked transition declares.
 */
/** The advisor's opinion as a legality conclusion of a normative document or a decision. */
const LEGALITY: Record<string, string> = {
  approve: '合法',
  approve_modified: '修改后合法',
  reject: '不合法',
};

function reviewFields(ctx: GuardContext): Record<string, unknown> {
  const reviewer = ctx.actor.displayName;
  const note = (ctx.fields.reply as string | null | undefined) ?? null;
  const opinion = ctx.fields.opinion ?? undefined;
  return {
    // the documents' and decisions' 合法性审核 take the conclusion in their words (by its label)
    reviewConclusion: opinion ? LEGALITY[opinion as string] : undefined,
    reviewOpinion: note ?? opinionLabel(opinion),
    reviewedOn: ctx.on,
    reviewer,
    legalReviewOpinion: opinion,
    legalReviewNote: note ?? undefined,
    legalReviewer: reviewer,
  };
}

function clock(id: string, kind: string, label: string, days: number, basis: string): DeadlineDef {
  return {
    id,
    label,
    from: { event: 'create', field: 'sentOn' },
    days,
    unit: 'working',
    basis,
    warnDays: WARN_DAYS,
    until: ['answer', 'withdraw'],
    when: (row) => row.kind === kind,
  };
}

export const TASK_WORKFLOW: WorkflowDef = {
  initial: 'sent',
  states: TASK_STATES,
  transitions: [
    {
      id: 'answer',
      label: '出具意见',
      from: ['sent'],
      to: 'answered',
      roles: ['advisor'],
      fields: ['opinion', 'reply'],
      input: answerInput,
      basis: BASIS.advisorSystem,
      guards: [opinionGiven],
      effect: (ctx) => ({ answeredOn: ctx.on }),
      linked: { transition: 'legal_review', fields: reviewFields },
    },
    {
      id: 'withdraw',
      label: '撤回',
      from: ['sent'],
      to: 'withdrawn',
      roles: ['clerk', 'leader'],
      fields: ['withdrawReason'],
      input: withdrawInput,
      basis: BASIS.advisorSystem,
    },
  ],
  deadlines: [
    clock('contract_review', 'contract', '合同审查期限', CONTRACT_REVIEW_DAYS, BASIS.contractReview),
    clock(
      'normative_review',
      'normative_doc',
      '合法性审核期限',
      NORMATIVE_REVIEW_DAYS,
      BASIS.normativeReview,
    ),
    clock('decision_review', 'decision', '合法性审查期限', DECISION_REVIEW_DAYS, BASIS.decisionReview),
    clock('case_review', 'case', '法制审核期限', CASE_REVIEW_DAYS, BASIS.caseReview),
    clock('consultation', 'consultation', '咨询答复期限', CONSULTATION_DAYS, BASIS.consultation),
  ],
};

export const CHECKUP_WORKFLOW: WorkflowDef = {
  initial: 'recorded',
  states: CHECKUP_STATES,
  transitions: [],
  deadlines: [],
};
