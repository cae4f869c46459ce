// zod inputs of the study ledger, with Chinese messages.
import { z } from 'zod';
import { isIsoDate } from '../../../shared/calendar/index.ts';
import type { FieldOption } from '../contract.ts';
import { EXAM_FORMS, STUDY_MESSAGES as M, SESSION_KINDS } from './labels.ts';

const values = (opts: readonly FieldOption[]) => opts.map((o) => o.value) as [string, ...string[]];
const oneOf = (opts: readonly FieldOption[]) =>
  z.enum(values(opts), { message: `应为以下之一：${opts.map((o) => o.label).join('、')}` });
const date = z.string().refine(isIsoDate, '日期应为有效的 YYYY-MM-DD 格式');
const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不超过${max}字`);
const optionalText = (max: number) => z.string().trim().max(max, `不超过${max}字`).nullish();
const count = (min: number) =>
  z.number().int('应为整数').min(min, `不能少于${min}`).max(100000, '不超过100000');

const session = {
  topic: text(100),
  orgId: z.number({ message: '请选择组织单位' }).int().positive(),
  heldOn: date,
  kind: oneOf(SESSION_KINDS),
  speaker: optionalText(50),
  attendees: count(1),
  hours: z.number().min(0, '不能为负数').max(100, '不超过100').nullish(),
  laws: optionalText(2000),
  note: optionalText(2000),
};

export const sessionCreate = z.object(session).strict();
export const sessionUpdate = z.object(session).partial().strict();

const exam = {
  title: text(100),
  orgId: z.number({ message: '请选择组织单位' }).int().positive(),
  heldOn: date,
  form: oneOf(EXAM_FORMS),
  takers: count(1),
  passed: count(0),
  note: optionalText(2000),
};

type Counts = { takers?: number; passed?: number };
const passedWithin = (v: Counts) => v.takers === undefined || v.passed === undefined || v.passed <= v.takers;
const bothOrNeither = (v: Counts) => (v.takers === undefined) === (v.passed === undefined);

export const examCreate = z
  .object(exam)
  .strict()
  .refine(passedWithin, { message: M.passedOverTakers, path: ['passed'] });
// An update changes the two counts together, so the pass rate can never be computed from a pair
// that was never entered at once.
export const examUpdate = z
  .object(exam)
  .partial()
  .strict()
  .refine(bothOrNeither, { message: M.takersWithPassed, path: ['passed'] })
  .refine(passedWithin, { message: M.passedOverTakers, path: ['passed'] });
