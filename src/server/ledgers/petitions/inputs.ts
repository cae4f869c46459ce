// zod inputs of the petitions ledger, with Chinese messages.
import { z } from 'zod';
import { date, fieldShape, oneOf, optionalText, recordInputs, text } from '../inputs.ts';
import { PETITION_FIELDS, TICKET_FIELDS } from './fields.ts';
import { OPINIONS, REVIEW_OPINIONS, SATISFACTION } from './labels.ts';

// The records' inputs are derived from the fields (fields.ts); only what their declaration cannot
// say is written here.
export const petitionInputs = recordInputs(PETITION_FIELDS, {
  headcount: z.number().int('应为整数').min(1, '至少1人').max(10000).nullish(),
});

export const acceptInput = z.object({ handlingUnit: optionalText(100) }).strict();
export const transferInput = z.object({ transferredTo: text(100), notice: optionalText(2000) }).strict();
export const notifyInput = z.object({ notice: text(2000) }).strict();
export const extendInput = z
  .object({
    extensionDays: z.number().int('应为整数').min(1, '至少1日').max(365, '不超过365日'),
    extensionReason: text(2000),
    extensionApprover: optionalText(50),
    extensionApprovedOn: date.nullish(),
  })
  .strict();
export const answerInput = z
  .object({ opinion: oneOf(OPINIONS), opinionText: optionalText(4000), deliveredOn: date.nullish() })
  .strict();
export const requestReviewInput = z.object({ reviewRequestedOn: date.nullish() }).strict();
export const answerReviewInput = z
  .object({ reviewOpinion: oneOf(REVIEW_OPINIONS), reviewDeliveredOn: date.nullish() })
  .strict();
export const requestRecheckInput = z.object({ recheckRequestedOn: date.nullish() }).strict();
export const answerRecheckInput = z.object({ recheckOpinion: oneOf(REVIEW_OPINIONS) }).strict();
export const evaluateInput = z.object({ satisfaction: oneOf(SATISFACTION) }).strict();
export const emptyInput = z.object({}).strict();

const ticket = fieldShape(TICKET_FIELDS);

export const ticketCreate = z.object(ticket).strict();
// The channel fixes a ticket's clocks when it is dispatched, so it is not changed afterwards.
export const ticketUpdate = z.object(ticket).omit({ channel: true }).partial().strict();

export const replyInput = z.object({ replyText: text(4000) }).strict();
export const returnInput = z.object({ returnReason: optionalText(2000) }).strict();
