// The procedure of an administrative normative document (行政规范性文件), 国办发〔2018〕37号 and 115号:
// 起草 → 公开征求意见 (optional, with its period) → 送合法性审核 → 合法性审核意见 (司法所 or the legal
// advisor) → 公平竞争审查 (when the document touches business activity, 《公平竞争审查条例》) → 集体审议
// → 统一登记、统一编号、统一印发 → 公布 → 备案 (a clock after publication) → in force until 有效期
// (warned ahead) → 清理 (继续有效 / 修改 / 废止) or 失效. 终止制定 ends a draft.
import type { GuardContext, WorkflowDef } from '../contract.ts';
import {
  cleanGuards,
  closeCommentsGuard,
  commentGuards,
  dateOr,
  deliberated,
  deliberationAfterReview,
  fairCompetitionPassed,
  fairReviewGuards,
  numberGuards,
  publishGuards,
  refuse,
  reviewedLawfully,
  reviewGuards,
} from './guards.ts';
import {
  abandonInput,
  cleanInput,
  closeCommentsInput,
  deliberateInput,
  fairReviewInput,
  fileInput,
  legalReviewInput,
  publishInput,
  registerInput,
  repealInput,
  startCommentsInput,
  submitReviewInput,
} from './inputs.ts';
import { NORMATIVE_MESSAGES as M, STATES } from './labels.ts';
import { BASIS, FILING_PERIOD, REVIEW_PERIOD, VALIDITY_WARNING } from './rules.ts';

const WORKERS = ['clerk', 'leader'] as const;
/** Before 集体审议: the states in which the draft is still being prepared. */
const DRAFT = ['drafting', 'soliciting', 'under_review', 'reviewed'];
/** Issued and not ended: the document is in force (待备案 or 已备案). */
const IN_FORCE = ['published', 'filed'];

/**
 * The 有效期 watch opens only when the validity ends by the end of the next calendar year (the
 * calendar's holidays are known, or 暂定, that far): at publication, or at the yearly 清理 (37号
 * 动态清理) in the year before the last — a watch years ahead would only say "calendar missing".
 */
const endsByNextYear =
  (from: 'publishedOn' | 'cleanedOn') =>
  (row: Record<string, unknown>): boolean => {
    const until = row.validUntil;
    const on = row[from];
    return (
      typeof until === 'string' &&
      typeof on === 'string' &&
      Number(until.slice(0, 4)) <= Number(on.slice(0, 4)) + 1
    );
  };

/** The body that reviewed: given, else the one it was sent to, else the advisor's own when an advisor answers. */
function reviewBodyOf(ctx: GuardContext): string {
  const given = ctx.fields.reviewBody;
  if (typeof given === 'string' && given) return given;
  if (typeof ctx.record.reviewBody === 'string' && ctx.record.reviewBody) return ctx.record.reviewBody;
  return ctx.actor.roles.some((r) => r.role === 'advisor') ? 'advisor' : 'justice';
}

export const NORMATIVE_DOC_WORKFLOW: WorkflowDef = {
  initial: 'drafting',
  states: STATES,
  transitions: [
    {
      id: 'start_comments',
      label: '公开征求意见',
      from: ['drafting'],
      to: 'soliciting',
      roles: WORKERS,
      fields: ['commentFrom', 'commentUntil', 'commentChannel', 'commentShortReason'],
      input: startCommentsInput,
      basis: BASIS.comments,
      guards: commentGuards,
    },
    {
      id: 'close_comments',
      label: '结束征求意见',
      from: ['soliciting'],
      to: 'drafting',
      roles: WORKERS,
      fields: ['commentCount', 'commentAdoption'],
      input: closeCommentsInput,
      basis: BASIS.comments,
      guards: [closeCommentsGuard],
    },
    {
      id: 'submit_review',
      label: '送合法性审核',
      from: ['drafting'],
      to: 'under_review',
      roles: WORKERS,
      fields: ['reviewBody'],
      input: submitReviewInput,
      basis: BASIS.review,
      effect: (ctx) => ({ submittedOn: ctx.on }),
    },
    {
      // The contract with the advisor ledger: an advisor's answer to a review task linked to the
      // document runs this step (roles include `advisor`; see index.ts for the advisor's policy).
      id: 'legal_review',
      label: '出具合法性审核意见',
      from: ['drafting', 'under_review'],
      to: 'reviewed',
      roles: ['advisor', 'clerk', 'leader'],
      fields: ['reviewConclusion', 'reviewOpinion', 'reviewedOn', 'reviewer', 'reviewBody'],
      input: legalReviewInput,
      basis: BASIS.review,
      guards: reviewGuards,
      effect: (ctx) => ({ reviewedOn: dateOr(ctx, 'reviewedOn'), reviewBody: reviewBodyOf(ctx) }),
    },
    {
      id: 'revise',
      label: '修改后重新送审',
      from: ['reviewed'],
      to: 'drafting',
      roles: WORKERS,
      basis: BASIS.review,
      guards: [
        (ctx) =>
          ctx.record.reviewConclusion === 'lawful'
            ? refuse('审核结论为“合法”，无需重新送审', BASIS.review)
            : null,
      ],
      effect: () => ({ reviewConclusion: null, reviewOpinion: null, reviewedOn: null, submittedOn: null }),
    },
    {
      id: 'fair_review',
      label: '公平竞争审查',
      from: DRAFT,
      to: null,
      roles: WORKERS,
      fields: ['fairConclusion', 'fairOpinion', 'fairReviewedOn'],
      input: fairReviewInput,
      basis: BASIS.fairReview,
      guards: fairReviewGuards,
      effect: (ctx) => ({ fairReviewedOn: dateOr(ctx, 'fairReviewedOn') }),
    },
    {
      id: 'deliberate',
      label: '集体审议',
      from: DRAFT,
      to: 'deliberated',
      roles: WORKERS,
      fields: ['meeting', 'deliberatedOn', 'deliberationResult'],
      input: deliberateInput,
      basis: BASIS.deliberation,
      guards: [
        ...reviewedLawfully,
        ...fairCompetitionPassed,
        deliberationAfterReview,
        (ctx) =>
          String(ctx.fields.deliberatedOn) > ctx.on
            ? refuse('审议日期不能晚于办理日期', BASIS.deliberation)
            : null,
      ],
    },
    {
      id: 'register',
      label: '统一登记编号印发',
      from: [...DRAFT, 'deliberated'],
      to: 'registered',
      roles: WORKERS,
      fields: ['docPrefix', 'docYear', 'docSeq', 'registeredOn'],
      input: registerInput,
      basis: BASIS.registration,
      guards: [...reviewedLawfully, ...fairCompetitionPassed, deliberated, ...numberGuards],
      effect: (ctx) => ({
        registeredOn: dateOr(ctx, 'registeredOn'),
        docNumber: `${String(ctx.fields.docPrefix)}〔${Number(ctx.fields.docYear)}〕${Number(ctx.fields.docSeq)}号`,
      }),
    },
    {
      id: 'publish',
      label: '公布',
      from: [...DRAFT, 'deliberated', 'registered'],
      to: 'published',
      roles: WORKERS,
      fields: ['publishedOn', 'publishChannel', 'effectiveOn', 'validUntil'],
      input: publishInput,
      basis: BASIS.publication,
      guards: publishGuards,
      effect: (ctx) => ({ publishedOn: dateOr(ctx, 'publishedOn') }),
    },
    {
      id: 'file',
      label: '报送备案',
      from: ['published'],
      to: 'filed',
      roles: WORKERS,
      fields: ['filedOn', 'filedWith', 'filingNo'],
      input: fileInput,
      basis: FILING_PERIOD.basis,
      guards: [
        (ctx) =>
          dateOr(ctx, 'filedOn') < String(ctx.record.publishedOn ?? '')
            ? refuse(M.filedBeforePublished, BASIS.filing)
            : null,
      ],
      effect: (ctx) => ({ filedOn: dateOr(ctx, 'filedOn') }),
    },
    {
      id: 'clean',
      label: '清理',
      from: IN_FORCE,
      to: null,
      roles: WORKERS,
      fields: ['cleanedOn', 'cleanResult', 'cleanReason', 'validUntil'],
      input: cleanInput,
      basis: BASIS.cleaning,
      guards: cleanGuards,
      effect: (ctx) => ({ cleanedOn: dateOr(ctx, 'cleanedOn') }),
    },
    {
      id: 'repeal',
      label: '清理：废止',
      from: IN_FORCE,
      to: 'repealed',
      roles: WORKERS,
      fields: ['cleanedOn', 'cleanReason'],
      input: repealInput,
      basis: BASIS.cleaning,
      guards: [
        (ctx) =>
          dateOr(ctx, 'cleanedOn') < String(ctx.record.publishedOn ?? '')
            ? refuse(M.cleanBeforePublished, BASIS.cleaning)
            : null,
      ],
      effect: (ctx) => ({ cleanedOn: dateOr(ctx, 'cleanedOn'), cleanResult: 'repeal' }),
    },
    {
      id: 'expire',
      label: '有效期届满失效',
      from: IN_FORCE,
      to: 'expired',
      roles: WORKERS,
      basis: BASIS.cleaning,
      guards: [
        (ctx) => {
          const until = String(ctx.record.validUntil ?? '');
          return ctx.on <= until ? refuse(M.notExpired(until), BASIS.cleaning) : null;
        },
      ],
    },
    {
      id: 'abandon',
      label: '终止制定',
      from: [...DRAFT, 'deliberated'],
      to: 'abandoned',
      roles: WORKERS,
      fields: ['abandonReason'],
      input: abandonInput,
      basis: BASIS.flow,
    },
  ],
  deadlines: [
    {
      id: 'legal_review',
      label: '合法性审核期限',
      from: { event: 'submit_review' },
      days: REVIEW_PERIOD.days,
      unit: REVIEW_PERIOD.unit,
      basis: REVIEW_PERIOD.basis,
      warnDays: REVIEW_PERIOD.warnDays,
      until: ['legal_review', 'abandon'],
    },
    {
      id: 'filing',
      label: '报送备案期限',
      from: { event: 'publish', field: 'publishedOn' },
      days: FILING_PERIOD.days,
      unit: FILING_PERIOD.unit,
      basis: FILING_PERIOD.basis,
      warnDays: FILING_PERIOD.warnDays,
      until: ['file', 'repeal', 'expire'],
    },
    {
      id: 'validity',
      label: '有效期届满',
      from: { event: 'publish', field: 'validUntil' },
      days: VALIDITY_WARNING.days,
      unit: VALIDITY_WARNING.unit,
      basis: VALIDITY_WARNING.basis,
      warnDays: VALIDITY_WARNING.warnDays,
      until: ['clean', 'repeal', 'expire'],
      when: endsByNextYear('publishedOn'),
    },
    {
      // A 清理 that keeps the document in force restarts the watch on its (possibly new) 有效期.
      id: 'validity_after_clean',
      label: '有效期届满',
      from: { event: 'clean', field: 'validUntil' },
      days: VALIDITY_WARNING.days,
      unit: VALIDITY_WARNING.unit,
      basis: VALIDITY_WARNING.basis,
      warnDays: VALIDITY_WARNING.warnDays,
      until: ['clean', 'repeal', 'expire'],
      when: endsByNextYear('cleanedOn'),
    },
  ],
};
