// zod inputs of the disputes ledger, with Chinese messages.
import { z } from 'zod';
import { isIsoDate } from '../../../shared/calendar/index.ts';
import {
  AGREEMENT_FORMS,
  CATEGORIES,
  METHODS,
  REFERRALS,
  SOURCES,
  TERMINATION_REASONS,
  VISIT_RESULTS,
} from './labels.ts';

const values = (opts: readonly { value: string }[]) => opts.map((o) => o.value) as [string, ...string[]];
const oneOf = (opts: readonly { value: string; label: string }[]) =>
  z.enum(values(opts), { message: `应为以下之一：${opts.map((o) => o.label).join('、')}` });
const date = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不超过${max}字`);
const optionalText = (max: number) => z.string().trim().max(max, `不超过${max}字`).nullish();
/** Mainland mobile or fixed-line numbers (with area code), digits and hyphens only. */
const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '应为11位手机号码或带区号的固定电话')
  .or(z.literal(''))
  .nullish();
/** GB 11643-1999 citizen identity number with its ISO 7064 MOD 11-2 check digit. */
const idcard = z
  .string()
  .trim()
  .toUpperCase()
  .refine(validIdCard, '身份证号码格式或校验位不正确')
  .or(z.literal(''))
  .nullish();

export function validIdCard(v: string): boolean {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, wi, i) => s + wi * Number(v[i]), 0);
  return '10X98765432'[sum % 11] === v[17];
}

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
