// Inputs of the supervision ledger: derived from the fields; the order of the two dates and the
// steps' inputs are written here.
import { z } from 'zod';
import { fieldShape, optionalText, text } from '../inputs.ts';
import { NOTICE_FIELDS } from './fields.ts';
import { SUPERVISION_MESSAGES as M } from './labels.ts';

const shape = fieldShape(NOTICE_FIELDS);
const ordered = (v: { issuedOn?: string | null; dueOn?: string | null }) =>
  !v.issuedOn || !v.dueOn || v.dueOn >= v.issuedOn;
const orderMessage = { message: M.dueBeforeIssue, path: ['dueOn'] };
export const noticeInputs = {
  shape,
  create: z.object(shape).strict().refine(ordered, orderMessage),
  update: z.object(shape).partial().strict().refine(ordered, orderMessage),
};

export const replyInput = z.object({ reply: text(4000) }).strict();
export const returnInput = z.object({ returnReason: text(2000) }).strict();
export const closeInput = z.object({ closeNote: optionalText(2000) }).strict();
