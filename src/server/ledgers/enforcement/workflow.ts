// Workflows of the enforcement ledger. A case: 立案 → 调查取证 → 告知（陈述申辩、听证）→ 法制审核 →
// 集体讨论 → 决定 → 送达 → 执行 → 结案 → 归档, with 延长办案期限, 终止, 公开 / 不予公开, 补充证据 and
// 案卷评查 beside it. The other record types have short lifecycles of their own (registers.ts).
import type { PeriodExtension } from '../../../shared/calendar/types.ts';
import { computeDue } from '../../core/workflow/deadlines.ts';
import type { GuardContext, WorkflowDef } from '../contract.ts';
import {
  attachmentGiven,
  collectiveIfMajor,
  disclosurePending,
  disclosureWithdrawable,
  evidenceAttached,
  executedIfNeeded,
  executionNeeded,
  exemptionReasoned,
  extensionAllowed,
  fileReviewValid,
  hearingHeldIfRequested,
  hearingNoticeInTime,
  hearingRequestInTime,
  hearingWindowClosed,
  legalReviewPassedIfMajor,
  outcomeConsistent,
  overturnRecordable,
  serviceAfterDecision,
  twoCertifiedOfficers,
  withinDecisionPeriod,
} from './guards.ts';
import {
  archiveInput,
  decideInput,
  discussInput,
  emptyInput,
  executeInput,
  exemptInput,
  extendInput,
  fileReviewInput,
  hearingInput,
  hearingRequestInput,
  legalReviewInput,
  noticeInput,
  overturnInput,
  publishInput,
  serveInput,
  terminateInput,
  withdrawDisclosureInput,
} from './inputs.ts';
import { CASE_STATES, PENALTY_OUTCOMES } from './labels.ts';
import {
  BASIS,
  DECISION_EXTENSION,
  DECISION_PERIOD,
  DISCLOSURE_PERIOD,
  gradeOf,
  SERVICE_PERIOD,
  WITHDRAW_PERIOD,
} from './rules.ts';

const WORKERS = ['officer', 'clerk', 'leader'] as const;
const BEFORE_DECISION = ['filed', 'investigating', 'notified', 'reviewed', 'discussed'];
const DECIDED = ['decided', 'served', 'executed', 'closed', 'archived'];
const OPEN = [...BEFORE_DECISION, 'decided', 'served', 'executed', 'closed'];

/** 延长办案期限: the approved extension is added to the open decision clock (its explanation says so). */
async function extendDecisionClock(ctx: GuardContext): Promise<Record<string, unknown>> {
  const clock = await ctx.tx
    .selectFrom('deadline')
    .selectAll()
    .where('ledger', '=', 'enforcement')
    .where('recordType', '=', 'case')
    .where('recordId', '=', ctx.record.id)
    .where('deadlineId', '=', 'decision')
    .where('state', '=', 'open')
    .executeTakeFirst();
  if (clock) {
    const extensions: PeriodExtension[] = [
      ...(JSON.parse(clock.extensionsJson) as PeriodExtension[]),
      {
        days: DECISION_EXTENSION.days,
        unit: DECISION_EXTENSION.unit,
        reason: `经${String(ctx.fields.extensionApprover)}批准：${String(ctx.fields.extensionReason)}`,
        approvedAt: ctx.on,
      },
    ];
    const { due, explain } = computeDue(ctx.calendar, {
      start: clock.start,
      days: clock.days,
      unit: 'calendar',
      pauses: JSON.parse(clock.pausesJson),
      extensions,
    });
    await ctx.tx
      .updateTable('deadline')
      .set({
        extensionsJson: JSON.stringify(extensions),
        due,
        explainJson: JSON.stringify([
          ...explain,
          `依据：${clock.basis}`,
          `延长依据：${DECISION_EXTENSION.basis}`,
        ]),
        updatedAt: new Date().toISOString(),
      })
      .where('id', '=', clock.id)
      .execute();
  }
  return { extendedOn: ctx.on };
}

function decisionEffect(ctx: GuardContext): Record<string, unknown> {
  const penalty = PENALTY_OUTCOMES.includes(String(ctx.fields.outcome));
  const noAmounts = ctx.fields.outcome === 'first_offense' || ctx.fields.outcome === 'no_penalty';
  return {
    decidedOn: ctx.on,
    penaltyDecisionOn: penalty ? ctx.on : null,
    otherDecisionOn: penalty ? null : ctx.on,
    ...(noAmounts ? { fineAmount: null, confiscatedAmount: null } : {}),
  };
}

export const CASE_WORKFLOW: WorkflowDef = {
  initial: 'filed',
  states: CASE_STATES,
  transitions: [
    {
      id: 'investigate',
      label: '调查取证',
      from: ['filed'],
      to: 'investigating',
      roles: WORKERS,
      input: emptyInput,
      basis: BASIS.evidence,
      guards: [twoCertifiedOfficers, evidenceAttached],
    },
    {
      id: 'add_evidence',
      label: '补充证据材料',
      from: OPEN,
      to: null,
      roles: WORKERS,
      input: emptyInput,
      basis: BASIS.evidence,
      guards: [attachmentGiven],
    },
    {
      id: 'notify',
      label: '告知（陈述申辩、听证）',
      from: ['investigating'],
      to: 'notified',
      roles: WORKERS,
      fields: ['hearingOffered'],
      input: noticeInput,
      basis: BASIS.notice,
      guards: [twoCertifiedOfficers],
      effect: (ctx) => ({ noticeOn: ctx.on }),
    },
    {
      id: 'request_hearing',
      label: '当事人申请听证',
      from: ['notified'],
      to: null,
      roles: WORKERS,
      fields: ['hearingRequestedOn'],
      input: hearingRequestInput,
      basis: BASIS.hearingRequest,
      guards: [hearingRequestInTime],
    },
    {
      id: 'hold_hearing',
      label: '举行听证',
      from: ['notified'],
      to: null,
      roles: WORKERS,
      fields: ['hearingNoticeOn', 'hearingOn'],
      input: hearingInput,
      basis: BASIS.hearingNotice,
      guards: [hearingNoticeInTime],
    },
    {
      id: 'legal_review',
      label: '法制审核',
      from: ['notified', 'reviewed'],
      to: 'reviewed',
      roles: ['advisor', 'clerk', 'leader'],
      fields: ['legalReviewer', 'legalReviewOpinion', 'legalReviewNote'],
      input: legalReviewInput,
      basis: BASIS.legalReview,
      guards: [hearingHeldIfRequested],
      effect: (ctx) => ({
        legalReviewedOn: ctx.on,
        legalReviewerId: ctx.actor.system ? null : ctx.actor.userId,
      }),
    },
    {
      id: 'discuss',
      label: '集体讨论',
      from: ['notified', 'reviewed'],
      to: 'discussed',
      roles: ['leader', 'clerk'],
      fields: ['discussionNote'],
      input: discussInput,
      basis: BASIS.collective,
      guards: [hearingHeldIfRequested, legalReviewPassedIfMajor],
      effect: (ctx) => ({ discussedOn: ctx.on }),
    },
    {
      id: 'extend',
      label: '延长办案期限',
      from: BEFORE_DECISION,
      to: null,
      roles: WORKERS,
      fields: ['extensionApprover', 'extensionReason'],
      input: extendInput,
      basis: DECISION_EXTENSION.basis,
      guards: [extensionAllowed],
      effect: extendDecisionClock,
    },
    {
      id: 'decide',
      label: '作出决定',
      from: ['notified', 'reviewed', 'discussed'],
      to: 'decided',
      roles: ['leader', 'clerk', 'officer'],
      fields: [
        'decisionNo',
        'outcome',
        'fineAmount',
        'confiscatedAmount',
        'firstViolation',
        'harmMinor',
        'corrected',
      ],
      input: decideInput,
      basis: BASIS.decision,
      guards: [
        twoCertifiedOfficers,
        withinDecisionPeriod,
        hearingWindowClosed,
        hearingHeldIfRequested,
        legalReviewPassedIfMajor,
        collectiveIfMajor,
        outcomeConsistent,
      ],
      effect: decisionEffect,
    },
    {
      id: 'serve',
      label: '送达',
      from: ['decided'],
      to: 'served',
      roles: WORKERS,
      fields: ['serviceMethod'],
      input: serveInput,
      basis: BASIS.service,
      guards: [twoCertifiedOfficers, serviceAfterDecision],
      effect: (ctx) => ({ servedOn: ctx.on }),
    },
    {
      id: 'execute',
      label: '执行完毕',
      from: ['served'],
      to: 'executed',
      roles: WORKERS,
      fields: ['executionWay'],
      input: executeInput,
      basis: BASIS.execution,
      guards: [executionNeeded],
      effect: (ctx) => ({ executedOn: ctx.on }),
    },
    {
      id: 'close',
      label: '结案',
      from: ['served', 'executed'],
      to: 'closed',
      roles: WORKERS,
      input: emptyInput,
      basis: BASIS.execution,
      guards: [executedIfNeeded],
      effect: (ctx) => ({ closedOn: ctx.on }),
    },
    {
      id: 'archive',
      label: '归档',
      from: ['closed'],
      to: 'archived',
      roles: WORKERS,
      fields: ['archiveNo'],
      input: archiveInput,
      basis: BASIS.evidence,
      effect: (ctx) => ({ archivedOn: ctx.on }),
    },
    {
      id: 'terminate',
      label: '终止调查（撤销立案）',
      from: BEFORE_DECISION,
      to: 'terminated',
      roles: ['leader', 'clerk'],
      fields: ['terminationReason'],
      input: terminateInput,
      basis: BASIS.termination,
      effect: (ctx) => ({ terminatedOn: ctx.on }),
    },
    {
      id: 'publish',
      label: '公开执法决定',
      from: DECIDED,
      to: null,
      roles: WORKERS,
      fields: ['publishedAt'],
      input: publishInput,
      basis: BASIS.disclosure,
      guards: [disclosurePending],
      effect: (ctx) => ({ publishedOn: ctx.on }),
    },
    {
      // 第四十八条第二款: the day a published decision was changed, revoked, or found unlawful or
      // void starts the three days within which its publication is withdrawn (disclosure_withdraw).
      id: 'record_overturn',
      label: '登记决定被变更撤销',
      from: DECIDED,
      to: null,
      roles: ['leader', 'clerk'],
      fields: ['disclosureOverturnedOn', 'disclosureOverturnReason'],
      input: overturnInput,
      basis: BASIS.disclosure,
      guards: [overturnRecordable],
    },
    {
      // 第四十八条第二款: a published decision changed, revoked, or found unlawful or void is
      // withdrawn within 3 days; the portal then shows it as withdrawn, with the reason.
      id: 'withdraw_disclosure',
      label: '撤回公开',
      from: DECIDED,
      to: null,
      roles: ['leader', 'clerk'],
      fields: ['disclosureWithdrawReason'],
      input: withdrawDisclosureInput,
      basis: BASIS.disclosure,
      guards: [disclosureWithdrawable],
      effect: (ctx) => ({ disclosureWithdrawnOn: ctx.on }),
    },
    {
      id: 'exempt_disclosure',
      label: '不予公开',
      from: DECIDED,
      to: null,
      roles: ['leader', 'clerk'],
      fields: ['disclosureExemptReason', 'disclosureExemptNote'],
      input: exemptInput,
      basis: BASIS.disclosure,
      guards: [disclosurePending, exemptionReasoned],
    },
    {
      id: 'file_review',
      label: '案卷评查',
      from: ['closed', 'archived'],
      to: null,
      roles: ['leader', 'clerk', 'advisor'],
      fields: ['fileReviewScore', 'fileReviewer'],
      input: fileReviewInput,
      basis: BASIS.fileReview,
      guards: [fileReviewValid],
      effect: (ctx) => ({
        fileReviewGrade: gradeOf(Number(ctx.fields.fileReviewScore)),
        fileReviewedOn: ctx.on,
      }),
    },
  ],
  deadlines: [
    {
      id: 'decision',
      label: '作出处罚决定期限',
      from: { event: 'create', field: 'filedOn' },
      days: DECISION_PERIOD.days,
      unit: DECISION_PERIOD.unit,
      basis: DECISION_PERIOD.basis,
      warnDays: DECISION_PERIOD.warnDays,
      until: ['decide', 'terminate'],
      extendable: true,
    },
    {
      id: 'service',
      label: '送达决定书期限',
      from: { event: 'decide', field: 'decidedOn' },
      days: SERVICE_PERIOD.days,
      unit: SERVICE_PERIOD.unit,
      basis: SERVICE_PERIOD.basis,
      warnDays: SERVICE_PERIOD.warnDays,
      until: ['serve'],
    },
    {
      id: 'disclosure_penalty',
      label: '行政处罚决定公开期限',
      from: { event: 'decide', field: 'penaltyDecisionOn' },
      days: DISCLOSURE_PERIOD.penalty.days,
      unit: DISCLOSURE_PERIOD.penalty.unit,
      basis: DISCLOSURE_PERIOD.penalty.basis,
      warnDays: DISCLOSURE_PERIOD.penalty.warnDays,
      until: ['publish', 'exempt_disclosure'],
    },
    {
      id: 'disclosure_other',
      label: '执法决定公开期限',
      from: { event: 'decide', field: 'otherDecisionOn' },
      days: DISCLOSURE_PERIOD.other.days,
      unit: DISCLOSURE_PERIOD.other.unit,
      basis: DISCLOSURE_PERIOD.other.basis,
      warnDays: DISCLOSURE_PERIOD.other.warnDays,
      until: ['publish', 'exempt_disclosure'],
    },
    {
      id: 'disclosure_withdraw',
      label: '撤回公开期限',
      from: { event: 'record_overturn', field: 'disclosureOverturnedOn' },
      days: WITHDRAW_PERIOD.days,
      unit: WITHDRAW_PERIOD.unit,
      basis: WITHDRAW_PERIOD.basis,
      warnDays: WITHDRAW_PERIOD.warnDays,
      until: ['withdraw_disclosure'],
    },
  ],
};
