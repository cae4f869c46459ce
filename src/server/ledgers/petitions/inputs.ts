// zod inputs of the petitions ledger, with Chinese messages.
import { z } from 'zod';
import { date, idcard, oneOf, optionalText, phone, text } from '../inputs.ts';
import {
  CATEGORIES,
  CHANNELS,
  OPINIONS,
  REVIEW_OPINIONS,
  SATISFACTION,
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
} from './labels.ts';

const petition = {
  title: text(100),
  orgId: z.number({ message: '请选择所属乡镇（村、社区）' }).int().positive(),
  receivedOn: date,
  channel: oneOf(CHANNELS),
  category: oneOf(CATEGORIES),
  petitionerName: text(50),
  petitionerPhone: phone,
  petitionerIdcard: idcard,
  headcount: z.number().int('应为整数').min(1, '至少1人').max(10000).nullish(),
  content: optionalText(4000),
  handlingUnit: optionalText(100),
  handlerId: z.number().int().positive().nullish(),
};

export const petitionCreate = z.object(petition).strict();
export const petitionUpdate = z.object(petition).partial().strict();

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

const ticket = {
  ticketNo: text(40),
  title: text(100),
  orgId: z.number({ message: '请选择承办乡镇（村、社区）' }).int().positive(),
  receivedOn: date,
  channel: oneOf(TICKET_CHANNELS),
  category: oneOf(TICKET_CATEGORIES),
  content: optionalText(4000),
  callerName: optionalText(50),
  callerPhone: phone,
  handlerId: z.number().int().positive().nullish(),
};

export const ticketCreate = z.object(ticket).strict();
// The channel fixes a ticket's clocks when it is dispatched, so it is not changed afterwards.
export const ticketUpdate = z.object(ticket).omit({ channel: true }).partial().strict();

export const replyInput = z.object({ replyText: text(4000) }).strict();
export const returnInput = z.object({ returnReason: optionalText(2000) }).strict();
