// zod inputs of the publicity ledger, with Chinese messages.
import { z } from 'zod';
import { date, oneOf, optionalText, phone, text } from '../inputs.ts';
import { ACTIVITY_KINDS, KEY_DATES, LIAISON_ROLES, VENUES } from './labels.ts';

const count = z.number().int('应为整数').min(0, '不能为负数').max(10_000_000, '数字过大').nullish();
const flag = z.boolean().nullish();

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
