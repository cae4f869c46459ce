// zod inputs of the normative documents ledger, with Chinese messages: the record's form (derived
// from its fields) and one strict input per step, naming exactly the fields the step sets.
import { z } from 'zod';
import { date, oneOf, oneOfOrLabel, optionalText, recordInputs, text } from '../inputs.ts';
import { NORMATIVE_DOC_FIELDS } from './fields.ts';
import {
  ABANDON_REASONS,
  CLEAN_RESULTS,
  COMMENT_CHANNELS,
  DELIBERATION_RESULTS,
  FAIR_CONCLUSIONS,
  PUBLISH_CHANNELS,
  REVIEW_BODIES,
  REVIEW_CONCLUSIONS,
} from './labels.ts';

export const normativeDocInputs = recordInputs(NORMATIVE_DOC_FIELDS, {
  orgId: z.number({ message: '请选择制定机关' }).int().positive(),
});

export const emptyInput = z.object({}).strict();

export const startCommentsInput = z
  .object({
    commentFrom: date,
    commentUntil: date,
    commentChannel: oneOf(COMMENT_CHANNELS),
    commentShortReason: optionalText(500),
  })
  .strict();

export const closeCommentsInput = z
  .object({
    commentCount: z.number().int('应为整数').min(0, '不能为负数').max(100000),
    commentAdoption: optionalText(2000),
  })
  .strict();

export const submitReviewInput = z.object({ reviewBody: oneOf(REVIEW_BODIES) }).strict();

/**
 * 合法性审核 — the contract with the advisor ledger (a review task answered by the advisor completes
 * this step): reviewConclusion, reviewOpinion, reviewedOn (the step's day when absent), reviewer,
 * and optionally the reviewing body (by default the body it was sent to, or the advisor's own).
 */
export const legalReviewInput = z
  .object({
    reviewConclusion: oneOfOrLabel(REVIEW_CONCLUSIONS),
    reviewOpinion: text(4000),
    reviewedOn: date.optional(),
    reviewer: text(50),
    reviewBody: oneOf(REVIEW_BODIES).nullish(),
  })
  .strict();

export const fairReviewInput = z
  .object({
    fairConclusion: oneOf(FAIR_CONCLUSIONS),
    fairOpinion: optionalText(4000),
    fairReviewedOn: date.optional(),
  })
  .strict();

export const deliberateInput = z
  .object({
    meeting: text(100),
    deliberatedOn: date,
    deliberationResult: oneOf(DELIBERATION_RESULTS),
  })
  .strict();

export const registerInput = z
  .object({
    docPrefix: text(20),
    docYear: z.number().int('应为整数').min(2000, '年度不正确').max(2100, '年度不正确'),
    docSeq: z.number().int('应为整数').min(1, '序号至少为1').max(9999, '序号不超过9999'),
    registeredOn: date.optional(),
  })
  .strict();

export const publishInput = z
  .object({
    publishedOn: date.optional(),
    publishChannel: oneOf(PUBLISH_CHANNELS),
    effectiveOn: date,
    validUntil: date,
  })
  .strict();

export const fileInput = z
  .object({ filedOn: date.optional(), filedWith: text(50), filingNo: optionalText(50) })
  .strict();

export const cleanInput = z
  .object({
    cleanedOn: date.optional(),
    cleanResult: oneOf(CLEAN_RESULTS),
    cleanReason: optionalText(2000),
    validUntil: date.optional(),
  })
  .strict();

export const repealInput = z.object({ cleanedOn: date.optional(), cleanReason: text(2000) }).strict();

export const abandonInput = z.object({ abandonReason: oneOf(ABANDON_REASONS) }).strict();
