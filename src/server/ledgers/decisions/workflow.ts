// The workflow of a major administrative decision (重大行政决策), after 《重大行政决策程序暂行条例》
// which townships follow by reference (第四十二条): 公众参与 (a public comment period of at least 30
// days unless a reason is recorded), 专家论证 and 风险评估 — each done, or skipped only with its
// legal reason recorded —, then 合法性审查 (the reviewer given at least 7 working days), 集体讨论决定,
// 公布 and 决策后评估. The steps that draft the decision may come in any order; the legality review
// may not be skipped, and a draft found unlawful goes back to be amended and sent again.

import { addDays } from '../../../shared/calendar/dates.ts';
import { addPeriod } from '../../../shared/calendar/index.ts';
import type { GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import {
  closeCommentInput,
  decideInput,
  evaluateInput,
  expertInput,
  legalReviewInput,
  openCommentInput,
  publishInput,
  riskInput,
  sendReviewInput,
  skipExpertInput,
  skipParticipationInput,
  skipPublishInput,
  skipRiskInput,
  terminateInput,
} from './inputs.ts';
import { DECISION_STATES, DECISION_MESSAGES as M } from './labels.ts';
import { BASIS, COMMENT_PERIOD, REVIEW_PERIOD } from './rules.ts';

const STAFF = ['clerk', 'leader'] as const;
const DRAFTING = ['drafting', 'consulting'];

const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
const given = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A guard refusing a step without the text (a reason, an opinion) the article requires. */
const needs = (field: string, rule: string, basis: string) => (ctx: GuardContext) =>
  given(ctx.fields[field]) ? null : refuse(rule, basis);

/** A guard refusing a date earlier than a date of the record. */
const notBefore =
  (field: string, recordField: string, rule: string, basis: string) => (ctx: GuardContext) => {
    const day = str(ctx.fields[field]) || ctx.on;
    return day < str(ctx.record[recordField]) ? refuse(rule, basis) : null;
  };

/** The last day of a public comment period: calendar days, moved past a rest day (第十五条). */
export function commentPeriodEnd(ctx: Pick<GuardContext, 'calendar'>, from: string, days: number): string {
  try {
    return addPeriod(ctx.calendar, { start: from, days, unit: COMMENT_PERIOD.unit }).due;
  } catch {
    // A year the calendar does not hold yet: the plain count (the clock on the board says 暂定).
    return addDays(from, days);
  }
}

const participated = (r: GuardContext['record']) => given(r.commentFrom);

export const DECISION_WORKFLOW: WorkflowDef = {
  initial: 'drafting',
  states: DECISION_STATES,
  transitions: [
    {
      id: 'open_comment',
      label: '公开征求意见',
      from: ['drafting'],
      to: 'consulting',
      roles: STAFF,
      fields: ['commentFrom', 'commentDays', 'commentChannel', 'commentShortReason'],
      input: openCommentInput,
      basis: BASIS.commentPeriod,
      guards: [
        notBefore('commentFrom', 'startedOn', M.beforeStart, BASIS.participation),
        (ctx) => {
          const days = Number(ctx.fields.commentDays);
          return days < COMMENT_PERIOD.days && !given(ctx.fields.commentShortReason)
            ? refuse(M.commentTooShort(days), BASIS.commentPeriod)
            : null;
        },
      ],
      effect: (ctx) => ({
        commentUntil: commentPeriodEnd(ctx, str(ctx.fields.commentFrom), Number(ctx.fields.commentDays)),
        participationSkipReason: null,
      }),
    },
    {
      id: 'close_comment',
      label: '结束征求意见',
      from: ['consulting'],
      to: 'drafting',
      roles: STAFF,
      fields: ['participationSummary'],
      input: closeCommentInput,
      basis: BASIS.commentPeriod,
      guards: [
        (ctx) => {
          const until = str(ctx.record.commentUntil);
          return ctx.on < until ? refuse(M.commentNotOver(until), BASIS.commentPeriod) : null;
        },
        needs('participationSummary', M.needParticipationSummary, BASIS.participation),
      ],
    },
    {
      id: 'skip_participation',
      label: '记录不开展公众参与的理由',
      from: ['drafting'],
      to: null,
      roles: STAFF,
      fields: ['participationSkipReason'],
      input: skipParticipationInput,
      basis: BASIS.participation,
      guards: [
        (ctx) => (participated(ctx.record) ? refuse(M.alreadyParticipated, BASIS.participation) : null),
        needs('participationSkipReason', M.needParticipationReason, BASIS.participation),
      ],
    },
    {
      id: 'expert_review',
      label: '专家论证',
      from: DRAFTING,
      to: null,
      roles: STAFF,
      fields: ['expertOn', 'expertOpinion'],
      input: expertInput,
      basis: BASIS.expert,
      guards: [
        notBefore('expertOn', 'startedOn', M.beforeStart, BASIS.expert),
        needs('expertOpinion', M.needExpertOpinion, BASIS.expert),
      ],
      effect: () => ({ expertSkipReason: null }),
    },
    {
      id: 'skip_expert',
      label: '记录不组织专家论证的理由',
      from: DRAFTING,
      to: null,
      roles: STAFF,
      fields: ['expertSkipReason'],
      input: skipExpertInput,
      basis: BASIS.expert,
      guards: [needs('expertSkipReason', M.needExpertReason, BASIS.expert)],
    },
    {
      id: 'risk_assessment',
      label: '风险评估',
      from: DRAFTING,
      to: null,
      roles: STAFF,
      fields: ['riskOn', 'riskLevel', 'riskOpinion'],
      input: riskInput,
      basis: BASIS.risk,
      guards: [notBefore('riskOn', 'startedOn', M.beforeStart, BASIS.risk)],
      effect: () => ({ riskSkipReason: null }),
    },
    {
      id: 'skip_risk',
      label: '记录不开展风险评估的理由',
      from: DRAFTING,
      to: null,
      roles: STAFF,
      fields: ['riskSkipReason'],
      input: skipRiskInput,
      basis: BASIS.risk,
      guards: [needs('riskSkipReason', M.needRiskReason, BASIS.risk)],
    },
    {
      id: 'send_review',
      label: '送请合法性审查',
      // From `reviewed` too: a draft found unlawful is amended and sent again.
      from: ['drafting', 'reviewed'],
      to: 'reviewing',
      roles: STAFF,
      fields: ['reviewSentOn', 'reviewDays', 'reviewShortReason'],
      input: sendReviewInput,
      basis: BASIS.review,
      guards: [
        notBefore('reviewSentOn', 'startedOn', M.beforeStart, BASIS.review),
        (ctx) =>
          participated(ctx.record) || given(ctx.record.participationSkipReason)
            ? null
            : refuse(M.noParticipation, BASIS.participation),
        (ctx) =>
          given(ctx.record.expertOn) || given(ctx.record.expertSkipReason)
            ? null
            : refuse(M.noExpert, BASIS.expert),
        (ctx) =>
          given(ctx.record.riskLevel) || given(ctx.record.riskSkipReason)
            ? null
            : refuse(M.noRisk, BASIS.risk),
        (ctx) => {
          const days = Number(ctx.fields.reviewDays);
          return days < REVIEW_PERIOD.days && !given(ctx.fields.reviewShortReason)
            ? refuse(M.reviewTooShort(days), BASIS.reviewTime)
            : null;
        },
      ],
      effect: () => ({ reviewConclusion: null, reviewOpinion: null, reviewedOn: null, reviewer: null }),
    },
    {
      // The contract with the advisor ledger: its review task completes this step (fields below).
      id: 'legal_review',
      label: '出具合法性审查意见',
      from: ['reviewing'],
      to: 'reviewed',
      roles: ['advisor', 'clerk', 'leader'],
      fields: ['reviewConclusion', 'reviewOpinion', 'reviewedOn', 'reviewer'],
      input: legalReviewInput,
      basis: BASIS.reviewOpinion,
      guards: [
        notBefore('reviewedOn', 'reviewSentOn', M.beforeSent, BASIS.reviewTime),
        needs('reviewOpinion', M.needReviewOpinion, BASIS.reviewOpinion),
      ],
    },
    {
      id: 'decide',
      label: '集体讨论决定',
      from: ['reviewed'],
      to: 'decided',
      roles: STAFF,
      fields: ['decidedOn', 'meetingKind', 'meetingMinutes'],
      input: decideInput,
      basis: BASIS.collective,
      guards: [
        (ctx) => (given(ctx.record.reviewConclusion) ? null : refuse(M.notReviewed, BASIS.review)),
        (ctx) => (ctx.record.reviewConclusion === 'unlawful' ? refuse(M.unlawful, BASIS.review) : null),
        (ctx) =>
          ctx.record.riskLevel === 'uncontrollable' ? refuse(M.riskUncontrollable, BASIS.riskControl) : null,
        notBefore('decidedOn', 'reviewedOn', M.beforeReview, BASIS.review),
        needs('meetingMinutes', M.needMinutes, BASIS.collective),
      ],
    },
    {
      id: 'publish',
      label: '公布决策',
      from: ['decided'],
      to: 'implementing',
      roles: STAFF,
      fields: ['publishedOn', 'publishChannel'],
      input: publishInput,
      basis: BASIS.publication,
      guards: [notBefore('publishedOn', 'decidedOn', M.beforeDecision, BASIS.publication)],
    },
    {
      id: 'skip_publish',
      label: '记录依法不予公开的理由',
      from: ['decided'],
      to: 'implementing',
      roles: STAFF,
      fields: ['publishSkipReason'],
      input: skipPublishInput,
      basis: BASIS.publication,
      guards: [needs('publishSkipReason', M.needPublishReason, BASIS.publication)],
    },
    {
      id: 'evaluate',
      label: '决策后评估',
      from: ['implementing'],
      to: 'evaluated',
      roles: STAFF,
      fields: ['evaluatedOn', 'evaluationSummary'],
      input: evaluateInput,
      basis: BASIS.evaluation,
      guards: [
        notBefore('evaluatedOn', 'decidedOn', M.beforeDecision, BASIS.evaluation),
        needs('evaluationSummary', M.needEvaluation, BASIS.evaluation),
      ],
    },
    {
      id: 'terminate',
      label: '终止决策程序',
      from: ['drafting', 'consulting', 'reviewing', 'reviewed'],
      to: 'terminated',
      roles: ['leader'],
      fields: ['terminatedOn', 'terminationReason'],
      input: terminateInput,
      basis: BASIS.collective,
      guards: [needs('terminationReason', M.needTermination, BASIS.collective)],
      effect: (ctx) => ({ terminatedOn: str(ctx.fields.terminatedOn) || ctx.on }),
    },
  ],
  deadlines: [
    {
      id: 'comment_period',
      label: '公开征求意见期满',
      from: { event: 'open_comment', field: 'commentFrom' },
      days: COMMENT_PERIOD.days,
      daysField: 'commentDays',
      unit: COMMENT_PERIOD.unit,
      basis: COMMENT_PERIOD.basis,
      warnDays: COMMENT_PERIOD.warnDays,
      until: ['close_comment', 'terminate'],
    },
    {
      id: 'legal_review',
      label: '合法性审查时间',
      from: { event: 'send_review', field: 'reviewSentOn' },
      days: REVIEW_PERIOD.days,
      daysField: 'reviewDays',
      unit: REVIEW_PERIOD.unit,
      basis: REVIEW_PERIOD.basis,
      warnDays: REVIEW_PERIOD.warnDays,
      until: ['legal_review', 'terminate'],
    },
  ],
};
