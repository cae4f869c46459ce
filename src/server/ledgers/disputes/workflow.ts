// The workflow of a dispute: 受理 → 调解中 → 调解成功 / 调解不成 / 终止, 回访 after success, and the
// 民转刑 risk flag that puts the dispute on the leader's board as a red card until it is cleared.
import type { GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import { emptyInput, failInput, followUpInput, riskInput, succeedInput, terminateInput } from './inputs.ts';
import { DISPUTE_MESSAGES as M, STATES } from './labels.ts';
import { BASIS, MEDIATION_PERIOD } from './rules.ts';

const WORKERS = ['mediator', 'clerk', 'leader'] as const;
const OPEN = ['accepted', 'mediating'];

const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });

/** The day a concluding step takes effect: the date given, or the step's own day. */
const concluded = (ctx: GuardContext) => (ctx.fields.concludedOn as string | undefined) ?? ctx.on;

function notBeforeAcceptance(ctx: GuardContext): Refusal | null {
  return concluded(ctx) < String(ctx.record.acceptedOn)
    ? refuse(M.concludedBeforeAccepted, BASIS.flow)
    : null;
}

export const DISPUTE_WORKFLOW: WorkflowDef = {
  initial: 'accepted',
  states: STATES,
  transitions: [
    {
      id: 'start',
      label: '开始调解',
      from: ['accepted'],
      to: 'mediating',
      roles: WORKERS,
      input: emptyInput,
      basis: BASIS.assignMediator,
      guards: [(ctx) => (ctx.record.mediatorId ? null : refuse(M.needMediator, BASIS.assignMediator))],
    },
    {
      id: 'succeed',
      label: '调解成功',
      from: ['mediating'],
      to: 'succeeded',
      roles: WORKERS,
      fields: ['agreementForm', 'agreementContent', 'concludedOn'],
      input: succeedInput,
      basis: BASIS.agreement,
      guards: [
        notBeforeAcceptance,
        (ctx) =>
          ctx.fields.agreementForm === 'written' && ctx.attachmentIds.length === 0
            ? refuse(M.needWrittenAgreement, BASIS.agreement)
            : null,
        (ctx) =>
          ctx.fields.agreementForm === 'oral' && !ctx.fields.agreementContent
            ? refuse(M.needOralContent, BASIS.agreement)
            : null,
      ],
      effect: (ctx) => ({ concludedOn: concluded(ctx) }),
    },
    {
      id: 'fail',
      label: '调解不成',
      from: ['mediating'],
      to: 'failed',
      roles: WORKERS,
      fields: ['referral', 'concludedOn'],
      input: failInput,
      basis: BASIS.referral,
      guards: [
        notBeforeAcceptance,
        (ctx) => (ctx.fields.referral ? null : refuse(M.needReferral, BASIS.referral)),
      ],
      effect: (ctx) => ({ concludedOn: concluded(ctx) }),
    },
    {
      id: 'terminate',
      label: '终止调解',
      from: OPEN,
      to: 'terminated',
      roles: WORKERS,
      fields: ['terminationReason', 'concludedOn'],
      input: terminateInput,
      basis: BASIS.termination,
      guards: [
        notBeforeAcceptance,
        (ctx) => (ctx.fields.terminationReason ? null : refuse(M.needTerminationReason, BASIS.termination)),
      ],
      effect: (ctx) => ({ concludedOn: concluded(ctx) }),
    },
    {
      id: 'follow_up',
      label: '回访',
      from: ['succeeded'],
      to: null,
      roles: WORKERS,
      fields: ['lastVisitOn', 'visitResult'],
      input: followUpInput,
      basis: BASIS.followUp,
      guards: [
        (ctx) =>
          String(ctx.fields.lastVisitOn) < String(ctx.record.concludedOn ?? '')
            ? refuse(M.visitBeforeConclusion, BASIS.followUp)
            : null,
      ],
      effect: (ctx) => ({ visitCount: Number(ctx.record.visitCount ?? 0) + 1 }),
    },
    {
      id: 'flag_risk',
      label: '标记民转刑风险',
      from: OPEN,
      to: null,
      roles: WORKERS,
      fields: ['riskNote', 'reportedToPolice'],
      input: riskInput,
      basis: BASIS.risk,
      guards: [(ctx) => (ctx.fields.riskNote ? null : refuse(M.needRiskNote, BASIS.risk))],
      effect: () => ({ risk: 1 }),
    },
    {
      id: 'clear_risk',
      label: '解除风险标记',
      from: ['accepted', 'mediating', 'succeeded', 'failed', 'terminated'],
      to: null,
      roles: ['leader'],
      input: emptyInput,
      basis: BASIS.risk,
      guards: [(ctx) => (ctx.record.risk === 1 ? null : refuse(M.noRisk, BASIS.risk))],
      effect: () => ({ risk: 0 }),
    },
  ],
  deadlines: [
    {
      id: 'mediation',
      label: '调解期限',
      from: { event: 'create', field: 'acceptedOn' },
      days: MEDIATION_PERIOD.days,
      unit: MEDIATION_PERIOD.unit,
      basis: MEDIATION_PERIOD.basis,
      warnDays: MEDIATION_PERIOD.warnDays,
      until: ['succeed', 'fail', 'terminate'],
    },
  ],
};
