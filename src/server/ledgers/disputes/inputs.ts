// zod inputs of the disputes ledger, with Chinese messages.
import { z } from 'zod';
import { date, idcard, oneOf, optionalText, phone, text } from '../inputs.ts';
import {
  AGREEMENT_FORMS,
  CATEGORIES,
  METHODS,
  REFERRALS,
  SOURCES,
  TERMINATION_REASONS,
  VISIT_RESULTS,
} from './labels.ts';

const base = {
  title: text(100),
  orgId: z.number({ message: '请选择发生地' }).int().positive(),
  acceptedOn: date,
  source: oneOf(SOURCES),
  category: oneOf(CATEGORIES),
  method: oneOf(METHODS),
  applicantName: text(50),
  applicantPhone: phone,
  applicantIdcard: idcard,
  respondentName: optionalText(50),
  respondentPhone: phone,
  partyCount: z.number().int('应为整数').min(1, '至少1人').max(100000).nullish(),
  amount: z.number().min(0, '不能为负数').max(1e12).nullish(),
  mediatorId: z.number().int().positive().nullish(),
  summary: optionalText(2000),
};

export const disputeCreate = z.object(base).strict();
export const disputeUpdate = z.object(base).partial().strict();

export const succeedInput = z
  .object({
    agreementForm: oneOf(AGREEMENT_FORMS),
    agreementContent: optionalText(4000),
    concludedOn: date.optional(),
  })
  .strict();

export const failInput = z
  .object({ referral: oneOf(REFERRALS).nullish(), concludedOn: date.optional() })
  .strict();

export const terminateInput = z
  .object({ terminationReason: oneOf(TERMINATION_REASONS).nullish(), concludedOn: date.optional() })
  .strict();

export const followUpInput = z.object({ lastVisitOn: date, visitResult: oneOf(VISIT_RESULTS) }).strict();

export const riskInput = z
  .object({ riskNote: optionalText(2000), reportedToPolice: z.boolean().default(false) })
  .strict();

export const emptyInput = z.object({}).strict();
