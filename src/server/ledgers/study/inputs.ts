// zod inputs of the study ledger, with Chinese messages.
import { z } from 'zod';
import { date, oneOf, optionalText, text } from '../inputs.ts';
import { EXAM_FORMS, STUDY_MESSAGES as M, SESSION_KINDS } from './labels.ts';

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
