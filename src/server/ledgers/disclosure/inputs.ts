// zod inputs of the disclosure ledger, with Chinese messages.
import { z } from 'zod';
import { date, oneOf, optionalText, recordInputs, text } from '../inputs.ts';
import { ITEM_FIELDS, REQUEST_FIELDS } from './fields.ts';
import {
  ANSWER_REASONS,
  ANSWER_TYPES,
  CONSULT_OPINIONS,
  CONSULT_PARTIES,
  DISCLOSURE_MESSAGES as M,
  VALIDITY,
} from './labels.ts';
import { EXTENSION_MAX_DAYS } from './rules.ts';

const requestBase = recordInputs(REQUEST_FIELDS, {
  orgId: z.number({ message: '请选择受理机关' }).int().positive(),
});

/** 第三十一条: the day of receipt is never before the day of submission, and is that day in person. */
function receiptRule(v: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const { channel, submittedOn, receivedOn } = v as Record<string, string | undefined>;
  if (!submittedOn || !receivedOn) return;
  if (receivedOn < submittedOn)
    ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: M.receivedBeforeSubmitted });
  else if (channel === 'in_person' && receivedOn !== submittedOn)
    ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: M.inPersonSameDay });
}

export const requestInputs = {
  shape: requestBase.shape,
  create: requestBase.create.superRefine(receiptRule),
  update: requestBase.update.superRefine(receiptRule),
};

export const itemInputs = recordInputs(ITEM_FIELDS, {
  orgId: z.number({ message: '请选择公开主体' }).int().positive(),
  normative: z.boolean().default(false),
});

export const emptyInput = z.object({}).strict();

export const correctionInput = z.object({ correctionItems: text(1000), correctionDueOn: date }).strict();

export const supplementInput = z.object({ supplementOn: date }).strict();

export const consultInput = z
  .object({
    consultParty: oneOf(CONSULT_PARTIES),
    consultee: text(100),
    consultServedOn: date,
    consultReplyBy: date.nullish(),
  })
  .strict();

export const consultReplyInput = z
  .object({ consultRepliedOn: date.nullish(), consultOpinion: oneOf(CONSULT_OPINIONS) })
  .strict();

export const extendInput = z
  .object({
    extensionDays: z
      .number({ message: '请填写延长的工作日数' })
      .int('应为整数')
      .min(1, '至少1个工作日')
      .max(EXTENSION_MAX_DAYS, `延长的期限最长不得超过${EXTENSION_MAX_DAYS}个工作日（第三十三条第一款）`),
    extensionApprover: text(50),
    extensionReason: text(500),
  })
  .strict();

export const answerInput = z
  .object({
    answerType: oneOf(ANSWER_TYPES),
    answerReason: oneOf(ANSWER_REASONS).nullish(),
    answeredOn: date.optional(),
    answerSummary: optionalText(2000),
    feeAmount: z.number().min(0, '不能为负数').max(1e7).nullish(),
    feeNote: optionalText(500),
  })
  .strict();

export const publishInput = z.object({ publishedOn: date.optional() }).strict();

export const validityInput = z.object({ validity: oneOf(VALIDITY), repealedOn: date.nullish() }).strict();
