// Inputs of the legal advisor ledger: derived from the fields; only numbers and the cross-field
// checks are written here.
import { z } from 'zod';
import { date, fieldShape, oneOf, optionalText, recordInputs, text } from '../inputs.ts';
import { ADVISOR_FIELDS, CHECKUP_FIELDS, TASK_FIELDS } from './fields.ts';
import { ADVISOR_MESSAGES as M, OPINIONS } from './labels.ts';

const money = z.number({ message: '应为数字' }).min(0, '不能为负数').max(1e12, '金额过大').nullish();

const advisorShape = fieldShape(ADVISOR_FIELDS, { fee: money });
const contractOrder = (v: { contractFrom?: string | null; contractTo?: string | null }) =>
  !v.contractFrom || !v.contractTo || v.contractTo > v.contractFrom;
const orderMessage = { message: M.contractEnd, path: ['contractTo'] };
export const advisorInputs = {
  shape: advisorShape,
  create: z.object(advisorShape).strict().refine(contractOrder, orderMessage),
  update: z.object(advisorShape).partial().strict().refine(contractOrder, orderMessage),
};

const taskShape = fieldShape(TASK_FIELDS, { amount: money });
const taskChecks = (
  v: { kind?: string; counterparty?: string | null; meetingOn?: string | null },
  ctx: z.RefinementCtx,
) => {
  if (v.kind === 'contract' && !v.counterparty)
    ctx.addIssue({ code: 'custom', message: M.contractNeedsParty, path: ['counterparty'] });
  if (v.kind === 'meeting' && !v.meetingOn)
    ctx.addIssue({ code: 'custom', message: M.meetingNeedsDate, path: ['meetingOn'] });
};
export const taskInputs = {
  shape: taskShape,
  create: z.object(taskShape).strict().superRefine(taskChecks),
  update: z.object(taskShape).partial().strict(),
};

export const checkupInputs = recordInputs(CHECKUP_FIELDS, {
  issuesFound: z.number().int('应为整数').min(0, '不能为负数').max(1000, '不超过1000').nullish(),
});

// ── transitions ─────────────────────────────────────────────────────────────────────

export const endInput = z.object({ endedOn: date, endReason: text(200) }).strict();
/** The opinion is required for review kinds: a guard checks it against the task's kind. */
export const answerInput = z
  .object({ opinion: oneOf(OPINIONS).nullish(), reply: optionalText(4000) })
  .strict();
export const withdrawInput = z.object({ withdrawReason: text(200) }).strict();
