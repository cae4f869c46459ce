// zod inputs of the decisions ledger, with Chinese messages. The create/update inputs derive from the
// fields (fields.ts); each transition's input names exactly the fields the transition sets.
import { z } from 'zod';
import { date, oneOf, oneOfOrLabel, optionalText, recordInputs, text } from '../inputs.ts';
import { CATALOGUE_FIELDS, COMMENT_FIELDS, DECISION_FIELDS } from './fields.ts';
import { ADOPTION, MEETINGS, REJECT_REASONS, REVIEW_CONCLUSIONS, RISK_LEVELS } from './labels.ts';
import { COMMENT_PERIOD, MAX_PERIOD_DAYS, REVIEW_PERIOD } from './rules.ts';

const orgId = (label: string) =>
  z
    .number({ message: `请选择${label}` })
    .int()
    .positive();

export const catalogueInputs = recordInputs(CATALOGUE_FIELDS, {
  orgId: orgId('决策机关'),
  year: z.number({ message: '请填写年度' }).int('应为整数').min(2019, '不早于2019年').max(2100, '年度不正确'),
  itemCount: z
    .number({ message: '请填写事项数量' })
    .int('应为整数')
    .min(0, '不能为负数')
    .max(200, '不超过200项'),
});

export const decisionInputs = recordInputs(DECISION_FIELDS, { orgId: orgId('决策机关') });

export const commentInputs = recordInputs(COMMENT_FIELDS, {
  orgId: orgId('决策机关'),
  decisionId: z.number({ message: '请填写所涉决策事项的记录编号' }).int('应为整数').positive('应为正整数'),
});

const days = (fallback: number) =>
  z
    .number({ message: '应为天数' })
    .int('应为整数')
    .min(1, '至少1日')
    .max(MAX_PERIOD_DAYS, `不超过${MAX_PERIOD_DAYS}日`)
    .default(fallback);

/** A conclusion given by its value or by its Chinese label (the advisor's review task sends either). */
const conclusion = oneOfOrLabel(REVIEW_CONCLUSIONS);

export const approveCatalogueInput = z.object({ approvedOn: date, approvalMeeting: text(100) }).strict();
export const publishCatalogueInput = z.object({ publishedOn: date, publishChannel: text(200) }).strict();

export const openCommentInput = z
  .object({
    commentFrom: date,
    commentDays: days(COMMENT_PERIOD.days),
    commentChannel: text(200),
    commentShortReason: optionalText(1000),
  })
  .strict();
export const closeCommentInput = z.object({ participationSummary: optionalText(2000) }).strict();
export const skipParticipationInput = z.object({ participationSkipReason: optionalText(1000) }).strict();
export const expertInput = z.object({ expertOn: date, expertOpinion: optionalText(2000) }).strict();
export const skipExpertInput = z.object({ expertSkipReason: optionalText(1000) }).strict();
export const riskInput = z
  .object({ riskOn: date, riskLevel: oneOf(RISK_LEVELS), riskOpinion: optionalText(2000) })
  .strict();
export const skipRiskInput = z.object({ riskSkipReason: optionalText(1000) }).strict();
export const sendReviewInput = z
  .object({
    reviewSentOn: date,
    reviewDays: days(REVIEW_PERIOD.days),
    reviewShortReason: optionalText(1000),
  })
  .strict();
/** The legality review (contract with the advisor ledger: these four fields, transition `legal_review`). */
export const legalReviewInput = z
  .object({
    reviewConclusion: conclusion,
    reviewOpinion: optionalText(4000),
    reviewedOn: date,
    reviewer: text(50),
  })
  .strict();
export const decideInput = z
  .object({ decidedOn: date, meetingKind: oneOf(MEETINGS), meetingMinutes: optionalText(4000) })
  .strict();
export const publishInput = z.object({ publishedOn: date, publishChannel: text(200) }).strict();
export const skipPublishInput = z.object({ publishSkipReason: optionalText(1000) }).strict();
export const evaluateInput = z.object({ evaluatedOn: date, evaluationSummary: optionalText(4000) }).strict();
export const terminateInput = z
  .object({ terminatedOn: date.optional(), terminationReason: optionalText(1000) })
  .strict();

export const acceptCommentInput = z.object({}).strict();
export const rejectCommentInput = z
  .object({ rejectReason: oneOf(REJECT_REASONS).nullish(), moderationNote: optionalText(1000) })
  .strict();
export const replyInput = z
  .object({ adoption: oneOf(ADOPTION), replyText: optionalText(2000), repliedOn: date.optional() })
  .strict();
export const publishReplyInput = z.object({ replyPublishedOn: date.optional() }).strict();
