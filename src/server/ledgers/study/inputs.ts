// zod inputs of the study ledger, with Chinese messages. Derived from the fields (fields.ts); only
// what their declaration cannot say is written here.
import { z } from 'zod';
import { fieldShape, recordInputs } from '../inputs.ts';
import { EXAM_FIELDS, SESSION_FIELDS } from './fields.ts';
import { STUDY_MESSAGES as M } from './labels.ts';

const count = (min: number) =>
  z.number().int('应为整数').min(min, `不能少于${min}`).max(100000, '不超过100000');

export const sessionInputs = recordInputs(SESSION_FIELDS, {
  attendees: count(1),
  hours: z.number().min(0, '不能为负数').max(100, '不超过100').nullish(),
});

const exam = fieldShape(EXAM_FIELDS, { takers: count(1), passed: count(0) });

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
