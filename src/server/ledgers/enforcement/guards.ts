// The statutory checks of an enforcement case, each refusing with its rule and its article. Some
// read other records in the step's transaction (officers' certificates, the decision clock) and
// count working days with the shared calendar.

import { computeDue } from '../../core/workflow/deadlines.ts';
import type { GuardContext, Refusal } from '../contract.ts';
import { EXECUTED_OUTCOMES, ENFORCEMENT_MESSAGES as M } from './labels.ts';
import { BASIS, HEARING_NOTICE_PERIOD, HEARING_REQUEST_PERIOD } from './rules.ts';

export type Guard = (ctx: GuardContext) => Refusal | null | Promise<Refusal | null>;

const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const flag = (v: unknown): boolean => v === 1 || v === true;

/** The last day of a working-day period, or null while the calendar does not cover it. */
function workingDue(ctx: GuardContext, start: string, days: number): string | null {
  return computeDue(ctx.calendar, { start, days, unit: 'working', pauses: [], extensions: [] }).due;
}

/** Whether the user holds a certificate valid on `on` (issued, not expired, not revoked). */
export async function hasValidCertificate(ctx: GuardContext, userId: number, on: string): Promise<boolean> {
  const row = await ctx.tx
    .selectFrom('enforcementOfficer')
    .select('id')
    .where('userId', '=', userId)
    .where('issuedOn', '<=', on)
    .where('validUntil', '>=', on)
    .where((eb) => eb.or([eb('revokedOn', 'is', null), eb('revokedOn', '>', on)]))
    .executeTakeFirst();
  return row !== undefined;
}

/** 第42条: two officers, each with a certificate valid on the day of the step. */
export const twoCertifiedOfficers: Guard = async (ctx) => {
  const lead = ctx.record.leadOfficerId;
  const second = ctx.record.secondOfficerId;
  if (typeof lead !== 'number' || typeof second !== 'number')
    return refuse(M.needTwoOfficers, BASIS.twoOfficers);
  if (lead === second) return refuse(M.sameOfficer, BASIS.twoOfficers);
  for (const userId of [lead, second]) {
    if (await hasValidCertificate(ctx, userId, ctx.on)) continue;
    const u = await ctx.tx
      .selectFrom('appUser')
      .select('displayName')
      .where('id', '=', userId)
      .executeTakeFirst();
    return refuse(M.officerNoCertificate(u?.displayName ?? String(userId), ctx.on), BASIS.twoOfficers);
  }
  return null;
};

/** 第46、47条: a step of 调查取证 carries its evidence. */
export const evidenceAttached: Guard = (ctx) =>
  ctx.attachmentIds.length > 0 ? null : refuse(M.needEvidence, BASIS.evidence);

export const attachmentGiven: Guard = (ctx) =>
  ctx.attachmentIds.length > 0 ? null : refuse(M.needAttachment, BASIS.evidence);

/** 第63、64条(一): a hearing is asked for within 5 working days of the notice that offered it. */
export const hearingRequestInTime: Guard = (ctx) => {
  const notice = str(ctx.record.noticeOn);
  if (!notice || !flag(ctx.record.hearingOffered)) return refuse(M.hearingNotAvailable, BASIS.hearingRequest);
  const requested = String(ctx.fields.hearingRequestedOn);
  if (requested < notice) return refuse(M.hearingRequestBeforeNotice, BASIS.hearingRequest);
  const due = workingDue(ctx, notice, HEARING_REQUEST_PERIOD.days);
  return due !== null && requested > due
    ? refuse(M.hearingRequestLate(due), HEARING_REQUEST_PERIOD.basis)
    : null;
};

/** 第64条(二): the party is notified at least 7 working days before the hearing. */
export const hearingNoticeInTime: Guard = (ctx) => {
  if (!str(ctx.record.hearingRequestedOn)) return refuse(M.hearingNotRequested, BASIS.hearingNotice);
  const noticeOn = String(ctx.fields.hearingNoticeOn);
  const hearingOn = String(ctx.fields.hearingOn);
  if (noticeOn < String(ctx.record.noticeOn ?? '')) return refuse(M.hearingBeforeNotice, BASIS.hearingNotice);
  const earliest = workingDue(ctx, noticeOn, HEARING_NOTICE_PERIOD.days);
  return earliest !== null && hearingOn < earliest
    ? refuse(M.hearingNoticeLate(earliest), HEARING_NOTICE_PERIOD.basis)
    : null;
};

/** 第64条(一): no decision while the party may still ask for the hearing it was offered. */
export const hearingWindowClosed: Guard = (ctx) => {
  const notice = str(ctx.record.noticeOn);
  if (!notice || !flag(ctx.record.hearingOffered) || str(ctx.record.hearingRequestedOn)) return null;
  const due = workingDue(ctx, notice, HEARING_REQUEST_PERIOD.days);
  return due !== null && ctx.on <= due
    ? refuse(M.hearingWindowOpen(due), HEARING_REQUEST_PERIOD.basis)
    : null;
};

/** 第65条: a hearing that was asked for is held before the decision. */
export const hearingHeldIfRequested: Guard = (ctx) =>
  str(ctx.record.hearingRequestedOn) && !str(ctx.record.hearingOn)
    ? refuse(M.hearingNotHeld, BASIS.hearingBeforeDecision)
    : null;

const reviewPassed = (ctx: GuardContext) =>
  ctx.record.legalReviewOpinion === 'approve' || ctx.record.legalReviewOpinion === 'approve_modified';

/** 第58条, 国办发〔2018〕118号: a 重大执法决定 only after its 法制审核 passed. */
export const legalReviewPassedIfMajor: Guard = (ctx) => {
  if (!flag(ctx.record.isMajor) || reviewPassed(ctx)) return null;
  return refuse(
    ctx.record.legalReviewOpinion === 'reject' ? M.reviewRejected : M.reviewRequired,
    BASIS.legalReview,
  );
};

/** 第57条第二款: 重大违法行为 are decided by the heads collectively. */
export const collectiveIfMajor: Guard = (ctx) =>
  flag(ctx.record.isMajor) && !str(ctx.record.discussedOn)
    ? refuse(M.collectiveRequired, BASIS.collective)
    : null;

async function decisionDue(ctx: GuardContext): Promise<string | null> {
  const d = await ctx.tx
    .selectFrom('deadline')
    .select('due')
    .where('ledger', '=', 'enforcement')
    .where('recordType', '=', 'case')
    .where('recordId', '=', ctx.record.id)
    .where('deadlineId', '=', 'decision')
    .executeTakeFirst();
  return d?.due ?? null;
}

/** 第60条: decided within 90 days of 立案, or within the once-extended period. */
export const withinDecisionPeriod: Guard = async (ctx) => {
  const due = await decisionDue(ctx);
  return due !== null && ctx.on > due ? refuse(M.decisionLate(due), BASIS.decisionPeriod) : null;
};

/** 第60条: one extension, approved by the head, asked for before the period ends. */
export const extensionAllowed: Guard = async (ctx) => {
  if (str(ctx.record.extendedOn)) return refuse(M.extensionTwice, BASIS.decisionPeriod);
  if (!str(ctx.fields.extensionApprover) || !str(ctx.fields.extensionReason)) {
    return refuse(M.extensionNeedsApproval, BASIS.decisionPeriod);
  }
  const due = await decisionDue(ctx);
  return due !== null && ctx.on > due ? refuse(M.extensionLate(due), BASIS.decisionPeriod) : null;
};

/** 第9条, 第33条: the outcome and its amounts agree. */
export const outcomeConsistent: Guard = (ctx) => {
  const outcome = ctx.fields.outcome;
  const fine = Number(ctx.fields.fineAmount ?? 0);
  const confiscated = Number(ctx.fields.confiscatedAmount ?? 0);
  if (outcome === 'fine' && !(fine > 0)) return refuse(M.fineRequired, BASIS.decision);
  if (outcome === 'confiscation' && !(confiscated > 0)) return refuse(M.confiscationRequired, BASIS.decision);
  if ((outcome === 'first_offense' || outcome === 'no_penalty') && (fine > 0 || confiscated > 0)) {
    return refuse(M.noPenaltyWithAmount, BASIS.decision);
  }
  if (
    outcome === 'first_offense' &&
    !(ctx.fields.firstViolation && ctx.fields.harmMinor && ctx.fields.corrected)
  ) {
    return refuse(M.firstOffenseConditions, BASIS.firstOffense);
  }
  return null;
};

export const serviceAfterDecision: Guard = (ctx) =>
  ctx.on < String(ctx.record.decidedOn ?? '') ? refuse(M.serviceBeforeDecision, BASIS.service) : null;

export const executionNeeded: Guard = (ctx) =>
  EXECUTED_OUTCOMES.includes(String(ctx.record.outcome)) ? null : refuse(M.executeNotNeeded, BASIS.execution);

export const executedIfNeeded: Guard = (ctx) =>
  EXECUTED_OUTCOMES.includes(String(ctx.record.outcome)) && ctx.record.state !== 'executed'
    ? refuse(M.needExecution, BASIS.execution)
    : null;

const disclosureSettled = (ctx: GuardContext) =>
  str(ctx.record.publishedOn) !== null || str(ctx.record.disclosureExemptReason) !== null;

export const disclosurePending: Guard = (ctx) => {
  if (!str(ctx.record.decidedOn)) return refuse(M.notDecided, BASIS.disclosure);
  return disclosureSettled(ctx) ? refuse(M.alreadyDisclosed, BASIS.disclosure) : null;
};

/** 第四十八条: only a published decision, not yet withdrawn, is withdrawn. */
export const disclosureWithdrawable: Guard = (ctx) => {
  if (str(ctx.record.publishedOn) === null) return refuse(M.notPublished, BASIS.disclosure);
  return str(ctx.record.disclosureWithdrawnOn) !== null ? refuse(M.alreadyWithdrawn, BASIS.disclosure) : null;
};

/**
 * 第四十八条第二款: what starts the three days — a published decision, not withdrawn, changed,
 * revoked or found unlawful or void on a day after its publication and not in the future.
 */
export const overturnRecordable: Guard = (ctx) => {
  const published = str(ctx.record.publishedOn);
  if (published === null) return refuse(M.notPublished, BASIS.disclosure);
  if (str(ctx.record.disclosureWithdrawnOn) !== null) return refuse(M.alreadyWithdrawn, BASIS.disclosure);
  if (str(ctx.record.disclosureOverturnedOn) !== null) return refuse(M.alreadyOverturned, BASIS.disclosure);
  const on = str(ctx.fields.disclosureOverturnedOn);
  if (on !== null && (on < published || on > ctx.on))
    return refuse(M.overturnDate(published), BASIS.disclosure);
  return null;
};

/** 国办发〔2018〕118号: a decision not published is recorded with the reason. */
export const exemptionReasoned: Guard = (ctx) =>
  ctx.fields.disclosureExemptReason ? null : refuse(M.exemptNeedsReason, BASIS.disclosure);

export const fileReviewValid: Guard = (ctx) => {
  if (ctx.record.fileReviewScore !== null && ctx.record.fileReviewScore !== undefined) {
    return refuse(M.alreadyReviewed, BASIS.fileReview);
  }
  const score = Number(ctx.fields.fileReviewScore);
  return score >= 0 && score <= 100 ? null : refuse(M.reviewScoreRange, BASIS.fileReview);
};
