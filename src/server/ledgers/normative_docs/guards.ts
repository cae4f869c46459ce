// The statutory checks of a normative document's procedure, each refusing with its source: the
// order 合法性审核 → 公平竞争审查 (when the document touches business activity) → 集体审议 →
// 统一登记编号印发 → 公布 is enforced on the record's own fields, so that a step attempted too early is
// refused with the rule it skips rather than with a bare "wrong state".
import { addPeriod } from '../../../shared/calendar/index.ts';
import type { GuardContext, Refusal } from '../contract.ts';
import { NORMATIVE_MESSAGES as M } from './labels.ts';
import { BASIS, COMMENT_PERIOD } from './rules.ts';

export type NormativeGuard = (ctx: GuardContext) => Refusal | null | Promise<Refusal | null>;

export const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
/** A date the step sets, or the step's own day. */
export const dateOr = (ctx: GuardContext, name: string): string => str(ctx.fields[name]) ?? ctx.on;

/** 37号: a published comment period is kept; 7 working days at least unless a reason is recorded. */
export const commentGuards: NormativeGuard[] = [
  (ctx) =>
    String(ctx.fields.commentFrom) < String(ctx.record.draftedOn)
      ? refuse(M.commentBeforeDraft, BASIS.comments)
      : null,
  (ctx) =>
    String(ctx.fields.commentUntil) <= String(ctx.fields.commentFrom)
      ? refuse(M.commentEnd, BASIS.comments)
      : null,
  (ctx) => {
    if (str(ctx.fields.commentShortReason)) return null;
    // The period starts the day the draft is published; that day is not counted.
    const min = addPeriod(ctx.calendar, {
      start: String(ctx.fields.commentFrom),
      days: COMMENT_PERIOD.minDays,
      unit: COMMENT_PERIOD.unit,
    }).due;
    return String(ctx.fields.commentUntil) < min
      ? refuse(M.commentTooShort(COMMENT_PERIOD.minDays, min), COMMENT_PERIOD.basis)
      : null;
  },
];

export const closeCommentsGuard: NormativeGuard = (ctx) => {
  const until = String(ctx.record.commentUntil ?? '');
  return ctx.on < until ? refuse(M.commentNotOver(until), BASIS.comments) : null;
};

/** 合法性审核: the opinion's day lies between the draft (or its submission) and the step. */
export const reviewGuards: NormativeGuard[] = [
  (ctx) => (dateOr(ctx, 'reviewedOn') > ctx.on ? refuse(M.reviewAfterStep, BASIS.review) : null),
  (ctx) =>
    dateOr(ctx, 'reviewedOn') < String(ctx.record.draftedOn)
      ? refuse(M.reviewBeforeDraft, BASIS.review)
      : null,
  (ctx) => {
    const sent = str(ctx.record.submittedOn);
    return sent && dateOr(ctx, 'reviewedOn') < sent ? refuse(M.reviewBeforeSubmit(sent), BASIS.review) : null;
  },
  (ctx) =>
    ctx.fields.reviewConclusion !== 'lawful' && String(ctx.fields.reviewOpinion ?? '').trim().length < 10
      ? refuse(M.amendedNeedsOpinion, BASIS.review)
      : null,
];

/** 115号: no deliberation (and so no publication) without a review that found the draft lawful. */
export const reviewedLawfully: NormativeGuard[] = [
  (ctx) => (ctx.record.reviewConclusion ? null : refuse(M.needReview, BASIS.reviewBeforeDeliberation)),
  (ctx) =>
    ctx.record.reviewConclusion === 'unlawful' ? refuse(M.unlawful, BASIS.reviewBeforeDeliberation) : null,
];

/** 《公平竞争审查条例》: a document touching business activity is reviewed, and passes, before it is issued. */
export const fairCompetitionPassed: NormativeGuard[] = [
  (ctx) =>
    ctx.record.businessRelated === 1 && !ctx.record.fairConclusion
      ? refuse(M.needFairReview, BASIS.fairReview)
      : null,
  (ctx) =>
    ctx.record.businessRelated === 1 && ctx.record.fairConclusion === 'noncompliant'
      ? refuse(M.fairNoncompliant, BASIS.fairReview)
      : null,
];

export const fairReviewGuards: NormativeGuard[] = [
  (ctx) => (ctx.record.businessRelated === 1 ? null : refuse(M.notBusiness, BASIS.fairScope)),
  (ctx) =>
    ctx.fields.fairConclusion === 'exception' && String(ctx.fields.fairOpinion ?? '').trim().length < 10
      ? refuse(M.exceptionNeedsOpinion, BASIS.fairException)
      : null,
];

export const deliberated: NormativeGuard = (ctx) =>
  ctx.record.deliberatedOn ? null : refuse(M.needDeliberation, BASIS.deliberation);

export const deliberationAfterReview: NormativeGuard = (ctx) =>
  String(ctx.fields.deliberatedOn) < String(ctx.record.reviewedOn ?? '')
    ? refuse(M.deliberationBeforeReview, BASIS.deliberation)
    : null;

/** 三统一: a number is the issuing organisation's own for the year, never used twice. */
export const numberGuards: NormativeGuard[] = [
  (ctx) => {
    const year = Number(dateOr(ctx, 'registeredOn').slice(0, 4));
    return Number(ctx.fields.docYear) !== year ? refuse(M.numberYear(year), BASIS.registration) : null;
  },
  async (ctx) => {
    const taken = await ctx.tx
      .selectFrom('normativeDoc')
      .select(['id', 'title', 'docNumber'])
      .where('orgId', '=', ctx.record.orgId)
      .where('docYear', '=', Number(ctx.fields.docYear))
      .where('docSeq', '=', Number(ctx.fields.docSeq))
      .where('id', '!=', ctx.record.id)
      .executeTakeFirst();
    if (!taken) return null;
    const next = await nextFreeSeq(ctx, Number(ctx.fields.docYear));
    return {
      ...refuse(
        M.numberTaken(taken.docNumber ?? String(ctx.fields.docSeq), taken.title, next),
        BASIS.registration,
      ),
      details: { nextSeq: next },
    };
  },
];

/** The next number of the organisation's year: one past the highest used. */
export async function nextFreeSeq(ctx: Pick<GuardContext, 'tx' | 'record'>, year: number): Promise<number> {
  const r = await ctx.tx
    .selectFrom('normativeDoc')
    .select((eb) => eb.fn.max('docSeq').as('top'))
    .where('orgId', '=', ctx.record.orgId)
    .where('docYear', '=', year)
    .executeTakeFirst();
  return Number(r?.top ?? 0) + 1;
}

/** 公布: reviewed lawfully, fair competition passed, deliberated, registered; dates in order. */
export const publishGuards: NormativeGuard[] = [
  ...reviewedLawfully,
  ...fairCompetitionPassed,
  deliberated,
  (ctx) => (ctx.record.docNumber ? null : refuse(M.needRegistration, BASIS.registration)),
  (ctx) =>
    dateOr(ctx, 'publishedOn') < String(ctx.record.registeredOn ?? '')
      ? refuse(M.publishedBeforeRegistered, BASIS.publication)
      : null,
  (ctx) =>
    String(ctx.fields.effectiveOn) < dateOr(ctx, 'publishedOn')
      ? refuse(M.effectiveBeforePublished, BASIS.publication)
      : null,
  (ctx) =>
    String(ctx.fields.validUntil) <= String(ctx.fields.effectiveOn)
      ? refuse(M.validUntilBeforeEffective, BASIS.cleaning)
      : null,
];

export const cleanGuards: NormativeGuard[] = [
  (ctx) => (ctx.fields.cleanResult === 'repeal' ? refuse(M.cleanRepealHere, BASIS.cleaning) : null),
  (ctx) =>
    dateOr(ctx, 'cleanedOn') < String(ctx.record.publishedOn ?? '')
      ? refuse(M.cleanBeforePublished, BASIS.cleaning)
      : null,
  (ctx) =>
    ctx.fields.cleanResult === 'amend' && !str(ctx.fields.cleanReason)
      ? refuse(M.cleanReason, BASIS.cleaning)
      : null,
  (ctx) => {
    const until = str(ctx.fields.validUntil);
    return until && until <= dateOr(ctx, 'cleanedOn')
      ? refuse(M.validUntilBeforeClean, BASIS.cleaning)
      : null;
  },
];
