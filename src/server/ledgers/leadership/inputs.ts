// zod inputs of the leadership ledger: every rule is in the fields' declarations (fields.ts).
import { recordInputs } from '../inputs.ts';
import { MEETING_FIELDS, SHUFA_FIELDS } from './fields.ts';

export const meetingInputs = recordInputs(MEETING_FIELDS);
export const shufaInputs = recordInputs(SHUFA_FIELDS);
