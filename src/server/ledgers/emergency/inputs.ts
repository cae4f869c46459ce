// zod inputs of the emergency ledger, with Chinese messages. Derived from the fields (fields.ts);
// only what their declaration cannot say is written here.
import { z } from 'zod';
import { date, fieldShape, oneOf, optionalText, recordInputs, text } from '../inputs.ts';
import { DRILL_FIELDS, EVENT_FIELDS, PLAN_FIELDS } from './fields.ts';
import {
  EVALUATION_CONCLUSIONS,
  EMERGENCY_MESSAGES as M,
  REVISION_REASONS,
  REVISION_SCOPES,
} from './labels.ts';

const count = (min: number) =>
  z.number().int('应为整数').min(min, `不能少于${min}`).max(1_000_000, '不超过1000000');
/** A China local time of day, HH:MM. */
const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, M.badTime);

export const planInputs = recordInputs(PLAN_FIELDS);

const drill = fieldShape(DRILL_FIELDS, { participants: count(1) });
type DrillValues = { evaluated?: boolean | null; findings?: string | null };
const findingsWhenEvaluated = (v: DrillValues) => v.evaluated !== true || Boolean(v.findings);
export const drillCreate = z
  .object(drill)
  .strict()
  .refine(findingsWhenEvaluated, { message: M.needFindings, path: ['findings'] });
export const drillUpdate = z.object(drill).partial().strict();

const event = fieldShape(EVENT_FIELDS, {
  occurredTime: time,
  deaths: count(0).nullish(),
  injuries: count(0).nullish(),
  affected: count(0).nullish(),
  loss: z.number().min(0, '不能为负数').max(1e9, '数额过大').nullish(),
});
type EventValues = { category?: string; level?: string | null };
/** 第三条: natural disasters, accidents and public-health events are graded in four levels. */
const levelWhenGraded = (v: EventValues) =>
  v.category === undefined || v.category === 'security' || Boolean(v.level);
export const eventCreate = z
  .object(event)
  .strict()
  .refine(levelWhenGraded, { message: M.needLevel, path: ['level'] });
export const eventUpdate = z.object(event).partial().strict();

// ── transitions ──────────────────────────────────────────────────────────────────────────────
export const emptyInput = z.object({}).strict();

export const approveInput = z.object({ approvedBy: text(100), approvedOn: date }).strict();

export const publishInput = z
  .object({ docNumber: text(50), publishedOn: date, disclosed: z.boolean().default(true) })
  .strict();

export const fileInput = z.object({ filedOn: date }).strict();

export const evaluateInput = z
  .object({ lastEvaluatedOn: date, evaluationConclusion: oneOf(EVALUATION_CONCLUSIONS) })
  .strict();

export const reviseInput = z.object({ revisionReason: oneOf(REVISION_REASONS) }).strict();

export const republishInput = z
  .object({
    lastRevisedOn: date,
    revisionScope: oneOf(REVISION_SCOPES),
    docNumber: text(50),
    approvedBy: optionalText(100),
    approvedOn: date.nullish(),
  })
  .strict();

export const abolishInput = z.object({ abolishedOn: date, abolishReason: text(500) }).strict();

export const reportInput = z
  .object({
    reportedOn: date,
    reportedTime: time,
    reportedTo: text(100),
    lateReason: optionalText(500),
  })
  .strict();

export const endInput = z.object({ endedOn: date }).strict();

export const evaluateEventInput = z
  .object({ evaluatedOn: date, evaluationSummary: text(4000), improvements: optionalText(2000) })
  .strict();
