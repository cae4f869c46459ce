// Workflows of the petitions ledger.
//
// Petition (《信访工作条例》): 登记 → within 15 days 受理 / 转送交办 / 告知 (第二十二、二十三条) → 办理
// within 60 days of 受理, once extended by at most 30 days with the head's approval (第三十四条) →
// 处理意见 → the petitioner may request 复查 within 30 days of receiving it, answered within 30
// (第三十五条) → then 复核 likewise (第三十六条; after 复核 the matter is not accepted again) →
// 满意度 → 办结 once the request window has passed or the petitioner is satisfied.
//
// Hotline ticket: 派单 → 签收 → 办结回复 → 回访评价, or 退单; the periods depend on the channel
// (rules.ts HOTLINE_CHANNELS), so each channel declares its own pair of clocks.
import type { DeadlineDef, GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import {
  acceptInput,
  answerInput,
  answerRecheckInput,
  answerReviewInput,
  emptyInput,
  evaluateInput,
  extendInput,
  notifyInput,
  replyInput,
  requestRecheckInput,
  requestReviewInput,
  returnInput,
  transferInput,
} from './inputs.ts';
import { PETITION_MESSAGES as M, PETITION_STATES, TICKET_STATES } from './labels.ts';
import {
  EXTENSION,
  HANDLING_PERIOD,
  HOTLINE_BASIS,
  HOTLINE_CHANNELS,
  RECHECK,
  REGISTER_PERIOD,
  REGULATION,
  REVIEW,
  windowCloses,
} from './rules.ts';

const WORKERS = ['clerk', 'leader'] as const;
const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
/** A date the step sets, or the step's own day. */
const dateOr = (ctx: GuardContext, name: string) => str(ctx.fields[name]) ?? ctx.on;

/** 第三十四条: one extension, of at most 30 days, approved by the head before the period ends. */
function extensionGuards(): ((ctx: GuardContext) => Refusal | null)[] {
  return [
    (ctx) => (ctx.record.extensionDays != null ? refuse(M.extensionTwice, EXTENSION.basis) : null),
    (ctx) =>
      Number(ctx.fields.extensionDays) > EXTENSION.maxDays
        ? refuse(M.extensionTooLong(EXTENSION.maxDays), EXTENSION.basis)
        : null,
    (ctx) =>
      str(ctx.fields.extensionApprover) && str(ctx.fields.extensionApprovedOn)
        ? null
        : refuse(M.extensionNeedsApproval, EXTENSION.basis),
    (ctx) =>
      String(ctx.fields.extensionApprovedOn) > ctx.on
        ? refuse(M.extensionApprovalLater, EXTENSION.basis)
        : null,
    (ctx) => {
      const due = windowCloses(String(ctx.record.disposedOn), HANDLING_PERIOD.days);
      return String(ctx.fields.extensionApprovedOn) > due
        ? refuse(M.extensionLate(due), EXTENSION.basis)
        : null;
    },
  ];
}

export const PETITION_WORKFLOW: WorkflowDef = {
  initial: 'registered',
  states: PETITION_STATES,
  transitions: [
    {
      id: 'accept',
      label: '受理',
      from: ['registered'],
      to: 'accepted',
      roles: WORKERS,
      fields: ['handlingUnit'],
      input: acceptInput,
      basis: `${REGULATION}第二十三条`,
      effect: (ctx) => ({ disposedOn: ctx.on }),
    },
    {
      id: 'transfer',
      label: '转送、交办',
      from: ['registered'],
      to: 'transferred',
      roles: WORKERS,
      fields: ['transferredTo', 'notice'],
      input: transferInput,
      basis: `${REGULATION}第二十二条、第二十三条`,
      effect: (ctx) => ({ disposedOn: ctx.on, concludedOn: ctx.on }),
    },
    {
      id: 'notify',
      label: '告知信访人',
      from: ['registered'],
      to: 'notified',
      roles: WORKERS,
      fields: ['notice'],
      input: notifyInput,
      basis: `${REGULATION}第二十三条`,
      effect: (ctx) => ({ disposedOn: ctx.on, concludedOn: ctx.on }),
    },
    {
      id: 'extend',
      label: '延长办理期限',
      from: ['accepted'],
      to: null,
      roles: WORKERS,
      fields: ['extensionDays', 'extensionReason', 'extensionApprover', 'extensionApprovedOn'],
      input: extendInput,
      basis: EXTENSION.basis,
      guards: extensionGuards(),
      extends: {
        deadline: 'handling',
        extension: (ctx) => ({
          days: Number(ctx.fields.extensionDays),
          unit: 'calendar',
          reason: `经${String(ctx.fields.extensionApprover)}批准：${String(ctx.fields.extensionReason)}`,
          approvedAt: String(ctx.fields.extensionApprovedOn),
        }),
      },
    },
    {
      id: 'answer',
      label: '出具处理意见',
      from: ['accepted'],
      to: 'answered',
      roles: WORKERS,
      fields: ['opinion', 'opinionText', 'deliveredOn'],
      input: answerInput,
      basis: HANDLING_PERIOD.basis,
      guards: [
        (ctx) =>
          dateOr(ctx, 'deliveredOn') < ctx.on ? refuse(M.deliveredBeforeAnswer, HANDLING_PERIOD.basis) : null,
      ],
      effect: (ctx) => ({ answeredOn: ctx.on, deliveredOn: dateOr(ctx, 'deliveredOn') }),
    },
    {
      id: 'request_review',
      label: '登记复查请求',
      from: ['answered'],
      to: 'reviewing',
      roles: WORKERS,
      fields: ['reviewRequestedOn'],
      input: requestReviewInput,
      basis: REVIEW.basis,
      guards: [
        (ctx) =>
          dateOr(ctx, 'reviewRequestedOn') < String(ctx.record.deliveredOn)
            ? refuse(M.requestBeforeDelivery, REVIEW.basis)
            : null,
        (ctx) => {
          const last = windowCloses(String(ctx.record.deliveredOn), REVIEW.requestDays);
          return dateOr(ctx, 'reviewRequestedOn') > last ? refuse(M.reviewLate(last), REVIEW.basis) : null;
        },
      ],
      effect: (ctx) => ({ reviewRequestedOn: dateOr(ctx, 'reviewRequestedOn') }),
    },
    {
      id: 'answer_review',
      label: '出具复查意见',
      from: ['reviewing'],
      to: 'reviewed',
      roles: WORKERS,
      fields: ['reviewOpinion', 'reviewDeliveredOn'],
      input: answerReviewInput,
      basis: REVIEW.basis,
      guards: [
        (ctx) =>
          dateOr(ctx, 'reviewDeliveredOn') < ctx.on ? refuse(M.deliveredBeforeAnswer, REVIEW.basis) : null,
      ],
      effect: (ctx) => ({ reviewAnsweredOn: ctx.on, reviewDeliveredOn: dateOr(ctx, 'reviewDeliveredOn') }),
    },
    {
      id: 'request_recheck',
      label: '登记复核请求',
      from: ['reviewed'],
      to: 'rechecking',
      roles: WORKERS,
      fields: ['recheckRequestedOn'],
      input: requestRecheckInput,
      basis: RECHECK.basis,
      guards: [
        (ctx) =>
          dateOr(ctx, 'recheckRequestedOn') < String(ctx.record.reviewDeliveredOn)
            ? refuse(M.requestBeforeDelivery, RECHECK.basis)
            : null,
        (ctx) => {
          const last = windowCloses(String(ctx.record.reviewDeliveredOn), RECHECK.requestDays);
          return dateOr(ctx, 'recheckRequestedOn') > last ? refuse(M.recheckLate(last), RECHECK.basis) : null;
        },
      ],
      effect: (ctx) => ({ recheckRequestedOn: dateOr(ctx, 'recheckRequestedOn') }),
    },
    {
      id: 'answer_recheck',
      label: '出具复核意见',
      from: ['rechecking'],
      to: 'rechecked',
      roles: WORKERS,
      fields: ['recheckOpinion'],
      input: answerRecheckInput,
      basis: RECHECK.basis,
      effect: (ctx) => ({ recheckAnsweredOn: ctx.on, concludedOn: ctx.on }),
    },
    {
      id: 'evaluate',
      label: '满意度评价',
      from: ['answered', 'reviewed', 'rechecked', 'closed'],
      to: null,
      roles: WORKERS,
      fields: ['satisfaction'],
      input: evaluateInput,
      basis: `${REGULATION}信访事项办理流程`,
    },
    {
      id: 'conclude',
      label: '办结',
      from: ['answered', 'reviewed'],
      to: 'closed',
      roles: WORKERS,
      input: emptyInput,
      basis: `${REVIEW.basis}、第三十六条`,
      guards: [
        (ctx) => {
          if (ctx.record.satisfaction === 'satisfied' || ctx.record.satisfaction === 'basic') return null;
          const reviewed = ctx.record.state === 'reviewed';
          const from = String(reviewed ? ctx.record.reviewDeliveredOn : ctx.record.deliveredOn);
          const last = windowCloses(from, reviewed ? RECHECK.requestDays : REVIEW.requestDays);
          return ctx.on <= last
            ? refuse(M.concludeEarly(last), reviewed ? RECHECK.basis : REVIEW.basis)
            : null;
        },
      ],
      effect: (ctx) => ({ concludedOn: ctx.on }),
    },
  ],
  deadlines: [
    {
      id: 'register',
      label: '登记后受理、转送交办或告知',
      from: { event: 'create', field: 'receivedOn' },
      ...REGISTER_PERIOD,
      until: ['accept', 'transfer', 'notify'],
    },
    {
      id: 'handling',
      label: '信访事项办理',
      from: { event: 'accept', field: 'disposedOn' },
      ...HANDLING_PERIOD,
      until: ['answer'],
      extendable: true,
    },
    {
      id: 'review',
      label: '复查意见',
      from: { event: 'request_review', field: 'reviewRequestedOn' },
      days: REVIEW.days,
      unit: REVIEW.unit,
      basis: REVIEW.basis,
      warnDays: REVIEW.warnDays,
      until: ['answer_review'],
    },
    {
      id: 'recheck',
      label: '复核意见',
      from: { event: 'request_recheck', field: 'recheckRequestedOn' },
      days: RECHECK.days,
      unit: RECHECK.unit,
      basis: RECHECK.basis,
      warnDays: RECHECK.warnDays,
      until: ['answer_recheck'],
    },
  ],
};

/** Two clocks per channel (签收, 办结回复), each opened only for that channel's tickets. */
const ticketClocks: DeadlineDef[] = HOTLINE_CHANNELS.flatMap((c) => [
  {
    id: 'sign',
    label: '工单签收',
    from: { event: 'create', field: 'receivedOn' },
    days: c.sign.days,
    unit: c.sign.unit,
    warnDays: c.sign.warnDays,
    basis: `${HOTLINE_BASIS}（${c.label}）`,
    until: ['sign', 'return'],
    when: (row) => row.channel === c.value,
  },
  {
    id: 'reply',
    label: '办结回复',
    from: { event: 'create', field: 'receivedOn' },
    days: c.answer.days,
    unit: c.answer.unit,
    warnDays: c.answer.warnDays,
    basis: `${HOTLINE_BASIS}（${c.label}）`,
    until: ['reply', 'return'],
    when: (row) => row.channel === c.value,
  },
]);

export const TICKET_WORKFLOW: WorkflowDef = {
  initial: 'dispatched',
  states: TICKET_STATES,
  transitions: [
    {
      id: 'sign',
      label: '签收',
      from: ['dispatched'],
      to: 'handling',
      roles: WORKERS,
      input: emptyInput,
      basis: HOTLINE_BASIS,
      effect: (ctx) => ({ signedOn: ctx.on }),
    },
    {
      id: 'reply',
      label: '办结回复',
      from: ['handling'],
      to: 'replied',
      roles: WORKERS,
      fields: ['replyText'],
      input: replyInput,
      basis: HOTLINE_BASIS,
      effect: (ctx) => ({ repliedOn: ctx.on }),
    },
    {
      id: 'rate',
      label: '回访评价',
      from: ['replied'],
      to: 'evaluated',
      roles: WORKERS,
      fields: ['satisfaction'],
      input: evaluateInput,
      basis: HOTLINE_BASIS,
    },
    {
      id: 'return',
      label: '退单',
      from: ['dispatched'],
      to: 'returned',
      roles: WORKERS,
      fields: ['returnReason'],
      input: returnInput,
      basis: HOTLINE_BASIS,
      guards: [(ctx) => (str(ctx.fields.returnReason) ? null : refuse(M.returnNeedsReason, HOTLINE_BASIS))],
    },
  ],
  deadlines: ticketClocks,
};
