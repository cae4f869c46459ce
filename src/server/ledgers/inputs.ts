// zod building blocks shared by every ledger's inputs, with Chinese messages.
import { z } from 'zod';
import { isIsoDate } from '../../shared/calendar/index.ts';
import type { FieldOption } from './contract.ts';

export const values = (opts: readonly Pick<FieldOption, 'value'>[]) =>
  opts.map((o) => o.value) as [string, ...string[]];

/** One of the options of an enum field; the message lists the allowed labels. */
export const oneOf = (opts: readonly FieldOption[]) =>
  z.enum(values(opts), { message: `应为以下之一：${opts.map((o) => o.label).join('、')}` });

export const date = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');
export const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不超过${max}字`);
export const optionalText = (max: number) => z.string().trim().max(max, `不超过${max}字`).nullish();

/** Mainland mobile or fixed-line numbers (with area code), digits and hyphens only. */
export const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '应为11位手机号码或带区号的固定电话')
  .or(z.literal(''))
  .nullish();

/** GB 11643-1999 citizen identity number with its ISO 7064 MOD 11-2 check digit. */
export function validIdCard(v: string): boolean {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = w.reduce((s, wi, i) => s + wi * Number(v[i]), 0);
  return '10X98765432'[sum % 11] === v[17];
}

export const idcard = z
  .string()
  .trim()
  .toUpperCase()
  .refine(validIdCard, '身份证号码格式或校验位不正确')
  .or(z.literal(''))
  .nullish();
