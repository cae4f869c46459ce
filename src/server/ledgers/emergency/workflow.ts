// Workflows of the emergency ledger (突发事件应对).
//
// Plan (《突发事件应急预案管理办法》国办发〔2024〕5号): 起草 → 报送审批 with the 送审稿 and 编制说明
// (第二十三条) → 审批 (第二十五条) → 印发 and 公开 (第二十五条、第二十七条) → 备案 with the government
// above within 20 working days (第二十六条) → 定期评估 every three years (第三十四条) → 修订 in the
// situations of 第三十五条, through the approval again when the revision touches key content
// (第三十六条) → 废止. The review date is a fixed-date clock (review.ts).
//
// Event (《中华人民共和国突发事件应对法》): 应急处置 → 信息报送 within the configured limit (第六十一条;
// rules.ts REPORT_LIMITS) → 结束应急响应 → 调查评估（总结）.
import type { DeadlineDef, GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import {
  abolishInput,
  approveInput,
  emptyInput,
  endInput,
  evaluateEventInput,
  evaluateInput,
  fileInput,
  publishInput,
  reportInput,
  republishInput,
  reviseInput,
} from './inputs.ts';
import { DRILL_STATES, EVENT_STATES, EMERGENCY_MESSAGES as M, PLAN_STATES } from './labels.ts';
import { restartReviewClock, reviewDue, stopReviewClock } from './review.ts';
import { EVENT_BASIS, FILING_PERIOD, limitText, minutesBetween, PLAN_BASIS, REPORT_LIMITS } from './rules.ts';

const WORKERS = ['clerk', 'leader'] as const;
const HEADS = ['leader'] as const;
const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const field = (ctx: GuardContext, name: string) => str(ctx.fields[name]);
const recorded = (ctx: GuardContext, name: string) => str(ctx.record[name]);

/** A date the step sets may not lie after the step's own day. */
const notAfterStep =
  (name: string, basis: string) =>
  (ctx: GuardContext): Refusal | null => {
    const v = field(ctx, name);
    return v !== null && v > ctx.on ? refuse(M.dateAfterStep, basis) : null;
  };

/** A date the step sets may not lie before a date already recorded. */
const notBefore =
  (name: string, earlier: (ctx: GuardContext) => string | null, message: string, basis: string) =>
  (ctx: GuardContext): Refusal | null => {
    const v = field(ctx, name);
    const e = earlier(ctx);
    return v !== null && e !== null && v < e ? refuse(message, basis) : null;
  };

const lastIssued = (ctx: GuardContext) => recorded(ctx, 'lastRevisedOn') ?? recorded(ctx, 'publishedOn');

const FILING: DeadlineDef = {
  id: 'filing',
  label: '报上一级人民政府备案',
  from: { event: 'publish', field: 'publishedOn' },
  days: FILING_PERIOD.days,
  unit: FILING_PERIOD.unit,
  warnDays: FILING_PERIOD.warnDays,
  until: ['file', 'abolish'],
  basis: FILING_PERIOD.basis,
};

/** 第三十六条: a revision of key content goes through 审批、备案、发布 again, so it is filed again. */
const REFILING: DeadlineDef = {
  ...FILING,
  id: 'refiling',
  label: '修订后重新备案',
  from: { event: 'republish', field: 'lastRevisedOn' },
  when: (row) => row.revisionScope === 'major',
};

export const PLAN_WORKFLOW: WorkflowDef = {
  initial: 'drafting',
  states: PLAN_STATES,
  transitions: [
    {
      id: 'submit',
      label: '报送审批',
      from: ['drafting'],
      to: 'submitted',
      roles: WORKERS,
      input: emptyInput,
      basis: PLAN_BASIS.submit,
      guards: [(ctx) => (ctx.attachmentIds.length === 0 ? refuse(M.needDraftText, PLAN_BASIS.submit) : null)],
    },
    {
      id: 'return',
      label: '退回修改',
      from: ['submitted'],
      to: 'drafting',
      roles: HEADS,
      input: emptyInput,
      basis: PLAN_BASIS.approve,
      guards: [(ctx) => (ctx.note ? null : refuse(M.needReturnNote, PLAN_BASIS.approve))],
    },
    {
      id: 'approve',
      label: '审批通过',
      from: ['submitted'],
      to: 'approved',
      roles: HEADS,
      fields: ['approvedBy', 'approvedOn'],
      input: approveInput,
      basis: PLAN_BASIS.approve,
      guards: [
        notBefore('approvedOn', (c) => recorded(c, 'draftedOn'), M.approvedBeforeDraft, PLAN_BASIS.approve),
        notAfterStep('approvedOn', PLAN_BASIS.approve),
      ],
    },
    {
      id: 'publish',
      label: '印发公布',
      from: ['approved'],
      to: 'published',
      roles: WORKERS,
      fields: ['docNumber', 'publishedOn', 'disclosed'],
      input: publishInput,
      basis: PLAN_BASIS.publish,
      guards: [
        notBefore(
          'publishedOn',
          (c) => recorded(c, 'approvedOn'),
          M.publishedBeforeApproval,
          PLAN_BASIS.publish,
        ),
        notAfterStep('publishedOn', PLAN_BASIS.publish),
      ],
      effect: async (ctx) => {
        const on = String(ctx.fields.publishedOn);
        await restartReviewClock(ctx, on, '印发');
        return { nextReviewDue: reviewDue(on) };
      },
    },
    {
      id: 'file',
      label: '报送备案',
      from: ['published'],
      to: null,
      roles: WORKERS,
      fields: ['filedOn'],
      input: fileInput,
      basis: PLAN_BASIS.file,
      guards: [
        notBefore('filedOn', lastIssued, M.filedBeforePublished, PLAN_BASIS.file),
        notAfterStep('filedOn', PLAN_BASIS.file),
      ],
    },
    {
      id: 'evaluate',
      label: '定期评估',
      from: ['published'],
      to: null,
      roles: WORKERS,
      fields: ['lastEvaluatedOn', 'evaluationConclusion'],
      input: evaluateInput,
      basis: PLAN_BASIS.evaluate,
      guards: [
        notBefore('lastEvaluatedOn', lastIssued, M.evaluatedBeforePublished, PLAN_BASIS.evaluate),
        notAfterStep('lastEvaluatedOn', PLAN_BASIS.evaluate),
      ],
      effect: async (ctx) => {
        const on = String(ctx.fields.lastEvaluatedOn);
        await restartReviewClock(ctx, on, '评估');
        return { nextReviewDue: reviewDue(on) };
      },
    },
    {
      id: 'start_revision',
      label: '启动修订',
      from: ['published'],
      to: 'revising',
      roles: WORKERS,
      fields: ['revisionReason'],
      input: reviseInput,
      basis: PLAN_BASIS.revise,
    },
    {
      id: 'republish',
      label: '修订后印发',
      from: ['revising'],
      to: 'published',
      roles: WORKERS,
      fields: ['lastRevisedOn', 'revisionScope', 'docNumber', 'approvedBy', 'approvedOn'],
      input: republishInput,
      basis: PLAN_BASIS.republish,
      guards: [
        notBefore('lastRevisedOn', lastIssued, M.revisedBeforePublished, PLAN_BASIS.republish),
        notAfterStep('lastRevisedOn', PLAN_BASIS.republish),
        (ctx) =>
          ctx.fields.revisionScope === 'major' && !(field(ctx, 'approvedBy') && field(ctx, 'approvedOn'))
            ? refuse(M.majorNeedsApproval, PLAN_BASIS.republish)
            : null,
        (ctx) => {
          const approved = field(ctx, 'approvedOn');
          const revised = field(ctx, 'lastRevisedOn');
          return approved && revised && approved > revised
            ? refuse(M.publishedBeforeApproval, PLAN_BASIS.republish)
            : null;
        },
      ],
      effect: async (ctx) => {
        const on = String(ctx.fields.lastRevisedOn);
        await restartReviewClock(ctx, on, '修订印发');
        return { nextReviewDue: reviewDue(on) };
      },
    },
    {
      id: 'abolish',
      label: '废止',
      from: ['drafting', 'published', 'revising'],
      to: 'abolished',
      roles: HEADS,
      fields: ['abolishedOn', 'abolishReason'],
      input: abolishInput,
      basis: PLAN_BASIS.abolish,
      guards: [notAfterStep('abolishedOn', PLAN_BASIS.abolish)],
      effect: async (ctx) => {
        await stopReviewClock(ctx, 'abolish');
        return { nextReviewDue: null };
      },
    },
  ],
  deadlines: [FILING, REFILING],
};

/** Recorded once; corrected by editing. No transitions, no clocks. */
export const DRILL_WORKFLOW: WorkflowDef = {
  initial: 'recorded',
  states: DRILL_STATES,
  transitions: [],
  deadlines: [],
};

const limitOf = (ctx: GuardContext) => REPORT_LIMITS[String(ctx.record.category)] ?? REPORT_LIMITS.natural;
const reportMinutes = (ctx: GuardContext) =>
  minutesBetween(
    String(ctx.record.occurredOn),
    String(ctx.record.occurredTime),
    String(ctx.fields.reportedOn),
    String(ctx.fields.reportedTime),
  );

export const EVENT_WORKFLOW: WorkflowDef = {
  initial: 'responding',
  states: EVENT_STATES,
  transitions: [
    {
      id: 'report',
      label: '信息报送',
      from: ['responding', 'ended'],
      to: null,
      roles: WORKERS,
      fields: ['reportedOn', 'reportedTime', 'reportedTo', 'lateReason'],
      input: reportInput,
      basis: EVENT_BASIS.report,
      guards: [
        (ctx) => (recorded(ctx, 'reportedOn') ? refuse(M.reportedTwice, EVENT_BASIS.report) : null),
        notAfterStep('reportedOn', EVENT_BASIS.report),
        (ctx) => (reportMinutes(ctx) < 0 ? refuse(M.reportBeforeOccurrence, EVENT_BASIS.report) : null),
        (ctx) => {
          const limit = limitOf(ctx);
          return reportMinutes(ctx) > limit.minutes && !field(ctx, 'lateReason')
            ? refuse(M.needLateReason(limitText(limit.minutes)), `${EVENT_BASIS.report}；${limit.basis}`)
            : null;
        },
      ],
      effect: (ctx) => {
        const minutes = reportMinutes(ctx);
        return { reportMinutes: minutes, reportTimely: minutes <= limitOf(ctx).minutes };
      },
    },
    {
      id: 'end',
      label: '结束应急响应',
      from: ['responding'],
      to: 'ended',
      roles: WORKERS,
      fields: ['endedOn'],
      input: endInput,
      basis: EVENT_BASIS.end,
      guards: [
        (ctx) => (recorded(ctx, 'reportedOn') ? null : refuse(M.needReport, EVENT_BASIS.end)),
        notBefore('endedOn', (c) => recorded(c, 'occurredOn'), M.endedBeforeOccurrence, EVENT_BASIS.flow),
        notAfterStep('endedOn', EVENT_BASIS.flow),
      ],
    },
    {
      id: 'evaluate',
      label: '调查评估（总结）',
      from: ['ended'],
      to: 'evaluated',
      roles: WORKERS,
      fields: ['evaluatedOn', 'evaluationSummary', 'improvements'],
      input: evaluateEventInput,
      basis: EVENT_BASIS.evaluate,
      guards: [
        notBefore('evaluatedOn', (c) => recorded(c, 'endedOn'), M.evaluatedBeforeEnd, EVENT_BASIS.evaluate),
        notAfterStep('evaluatedOn', EVENT_BASIS.evaluate),
      ],
    },
  ],
  deadlines: [],
};
