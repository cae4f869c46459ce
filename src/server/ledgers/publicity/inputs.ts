// zod inputs of the publicity ledger, with Chinese messages. The records' inputs are derived from
// the fields (fields.ts); only what their declaration cannot say is written here.
import { z } from 'zod';
import { recordInputs, text } from '../inputs.ts';
import { ACTIVITY_FIELDS, DUTY_FIELDS, LIAISON_FIELDS } from './fields.ts';

const count = z.number().int('应为整数').min(0, '不能为负数').max(10_000_000, '数字过大').nullish();

export const activityInputs = recordInputs(ACTIVITY_FIELDS, {
  audience: count,
  materials: count,
  banners: count,
  onlinePosts: count,
  consultations: count,
});

export const liaisonInputs = recordInputs(LIAISON_FIELDS);
export const leaveInput = z.object({ leftReason: text(200) }).strict();

export const dutyInputs = recordInputs(DUTY_FIELDS);
