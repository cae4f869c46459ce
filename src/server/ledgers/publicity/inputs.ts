// zod inputs of the publicity ledger, with Chinese messages.
import { z } from 'zod';
import { isIsoDate } from '../../../shared/calendar/index.ts';
import type { FieldOption } from '../contract.ts';
import { ACTIVITY_KINDS, KEY_DATES, LIAISON_ROLES, VENUES } from './labels.ts';

const values = (opts: readonly FieldOption[]) => opts.map((o) => o.value) as [string, ...string[]];
const oneOf = (opts: readonly FieldOption[]) =>
  z.enum(values(opts), { message: `应为以下之一：${opts.map((o) => o.label).join('、')}` });
const date = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不超过${max}字`);
const optionalText = (max: number) => z.string().trim().max(max, `不超过${max}字`).nullish();
const count = z.number().int('应为整数').min(0, '不能为负数').max(10_000_000, '数字过大').nullish();
const flag = z.boolean().nullish();
const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '应为11位手机号码或带区号的固定电话')
  .or(z.literal(''))
  .nullish();

const activity = {
  title: text(100),
  orgId: z.number({ message: '请选择组织单位' }).int().positive(),
  heldOn: date,
  kind: oneOf(ACTIVITY_KINDS),
  venue: oneOf(VENUES),
  keyDate: oneOf(KEY_DATES).nullish(),
  themeConstitution: flag,
  themeCivilCode: flag,
  themeNationalSecurity: flag,
  themeAntiDrug: flag,
  themeAntiFraud: flag,
  themeMinors: flag,
  themeConsumer: flag,
  themeSafety: flag,
  otherTheme: optionalText(50),
  organiser: optionalText(200),
  audience: count,
  materials: count,
  banners: count,
  onlinePosts: count,
  consultations: count,
  note: optionalText(2000),
};
export const activityCreate = z.object(activity).strict();
export const activityUpdate = z.object(activity).partial().strict();

const liaison = {
  name: text(50),
  orgId: z.number({ message: '请选择所在村（社区）' }).int().positive(),
  phone,
  role: oneOf(LIAISON_ROLES),
  appointedOn: date,
  trainedOn: date.nullish(),
};
export const liaisonCreate = z.object(liaison).strict();
export const liaisonUpdate = z.object(liaison).partial().strict();
export const leaveInput = z.object({ leftReason: text(200) }).strict();

const duty = {
  unit: text(100),
  orgId: z.number({ message: '请选择所属乡镇（街道）' }).int().positive(),
  listedOn: date,
  laws: text(2000),
  duties: text(2000),
  targets: optionalText(200),
  measures: optionalText(2000),
};
export const dutyCreate = z.object(duty).strict();
export const dutyUpdate = z.object(duty).partial().strict();
