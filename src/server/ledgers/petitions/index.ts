// The petitions ledger (信访 and 12345-style hotline 诉求): its manifest, with two record types.
// Everything the machinery needs is declared here.
import { defineLedger, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { PETITION_FIELDS, TICKET_FIELDS } from './fields.ts';
import { PETITION_INDICATORS } from './indicators.ts';
import { petitionInputs, ticketCreate, ticketUpdate } from './inputs.ts';
import { seedPetitions } from './seeds.ts';
import { PETITION_WORKFLOW, TICKET_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // Petitioners' numbers are for those who answer them (个人信息保护法 第六条 最小必要).
  reveal: ['clerk', 'leader'],
} as const;

const petition: RecordTypeDef = {
  type: 'petition',
  label: '信访事项',
  table: 'petition',
  titleField: 'title',
  dateField: 'receivedOn',
  assigneeField: 'handlerId',
  fields: PETITION_FIELDS,
  inputs: petitionInputs,
  workflow: PETITION_WORKFLOW,
  exports: [
    'receivedOn',
    'title',
    'orgId',
    'channel',
    'category',
    'petitionerName',
    'headcount',
    'handlingUnit',
    'handlerId',
    'state',
    'disposedOn',
    'transferredTo',
    'extensionDays',
    'opinion',
    'answeredOn',
    'reviewRequestedOn',
    'reviewOpinion',
    'recheckRequestedOn',
    'recheckOpinion',
    'satisfaction',
    'concludedOn',
  ],
};

const ticket: RecordTypeDef = {
  type: 'ticket',
  label: '热线诉求工单',
  table: 'hotlineTicket',
  titleField: 'title',
  dateField: 'receivedOn',
  assigneeField: 'handlerId',
  fields: TICKET_FIELDS,
  inputs: { create: ticketCreate, update: ticketUpdate },
  workflow: TICKET_WORKFLOW,
  exports: [
    'ticketNo',
    'receivedOn',
    'title',
    'orgId',
    'channel',
    'category',
    'callerName',
    'handlerId',
    'state',
    'signedOn',
    'repliedOn',
    'replyText',
    'satisfaction',
    'returnReason',
  ],
};

export const petitionsLedger = defineLedger({
  kind: 'petitions',
  label: '信访和热线诉求台账',
  access: ACCESS,
  recordTypes: [petition, ticket],
  policy: defaultPolicy(ACCESS, [petition, ticket]),
  indicators: PETITION_INDICATORS,
  seeds: seedPetitions,
});
