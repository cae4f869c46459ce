// zod inputs of the leadership ledger, with Chinese messages.
import { z } from 'zod';
import { date, oneOf, optionalText, text } from '../inputs.ts';
import { MEETING_KINDS, MEETING_SUBJECTS, SHUFA_VENUES } from './labels.ts';

const orgId = z.number({ message: '请选择组织单位' }).int().positive();

const meeting = {
  topic: text(100),
  orgId,
  heldOn: date,
  kind: oneOf(MEETING_KINDS),
  chair: text(50),
  subject: oneOf(MEETING_SUBJECTS),
  decisions: text(2000),
  note: optionalText(2000),
};

export const meetingCreate = z.object(meeting).strict();
export const meetingUpdate = z.object(meeting).partial().strict();

const shufa = {
  speaker: text(50),
  post: text(50),
  orgId,
  heldOn: date,
  venue: oneOf(SHUFA_VENUES),
  summary: text(2000),
  note: optionalText(2000),
};

export const shufaCreate = z.object(shufa).strict();
export const shufaUpdate = z.object(shufa).partial().strict();
