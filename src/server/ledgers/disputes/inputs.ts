// zod inputs of the disputes ledger, with Chinese messages.
import { z } from 'zod';
import { date, oneOf, optionalText, recordInputs } from '../inputs.ts';
import { DISPUTE_FIELDS } from './fields.ts';
import { AGREEMENT_FORMS, REFERRALS, TERMINATION_REASONS, VISIT_RESULTS } from './labels.ts';

// Derived from the fields (fields.ts); only what their declaration cannot say is written here.
export const disputeInputs = recordInputs(DISPUTE_FIELDS, {
  orgId: z.number({ message: '请选择发生地' }).int().positive(),
  partyCount: z.number().int('应为整数').min(1, '至少1人').max(100000).nullish(),
  amount: z.number().min(0, '不能为负数').max(1e12).nullish(),
});

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
