// The disclosure ledger (政务公开): its manifest — 依申请公开 requests with their statutory clocks and
// the proactive catalogue (主动公开) with its index numbers.
import { defineLedger, type LedgerDef, portalOf, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { ITEM_FIELDS, REQUEST_FIELDS } from './fields.ts';
import { DISCLOSURE_INDICATORS } from './indicators.ts';
import { itemInputs, requestInputs } from './inputs.ts';
import { ITEM_WORKFLOW } from './item-workflow.ts';
import { REQUEST_WORKFLOW } from './request-workflow.ts';
import { seedDisclosure } from './seeds.ts';
import { disclosureViews } from './views.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // The applicant's numbers are for whoever answers the request (个人信息保护法 第六条 最小必要).
  reveal: ['clerk', 'leader'],
} as const;

const request: RecordTypeDef = {
  type: 'disclosure_request',
  label: '依申请公开',
  table: 'disclosureRequest',
  titleField: 'title',
  dateField: 'receivedOn',
  assigneeField: 'handlerId',
  fields: REQUEST_FIELDS,
  inputs: requestInputs,
  workflow: REQUEST_WORKFLOW,
  exports: [
    'receivedOn',
    'title',
    'orgId',
    'applicantType',
    'applicantName',
    'channel',
    'submittedOn',
    'handlerId',
    'state',
    'correctionRequestedOn',
    'supplementOn',
    'consultParty',
    'extensionDays',
    'answerType',
    'answerReason',
    'answeredOn',
    'feeAmount',
  ],
};

const item: RecordTypeDef = {
  type: 'disclosure_item',
  label: '主动公开',
  table: 'disclosureItem',
  titleField: 'title',
  dateField: 'writtenOn',
  fields: ITEM_FIELDS,
  inputs: itemInputs,
  workflow: ITEM_WORKFLOW,
  exports: [
    'indexNo',
    'title',
    'orgId',
    'publisher',
    'heading',
    'topic',
    'genre',
    'docNo',
    'writtenOn',
    'publishedOn',
    'validity',
    'normative',
    'state',
  ],
  portal: portalOf(ITEM_FIELDS, (r) => r.state === 'published'),
};

export const disclosureLedger = defineLedger({
  kind: 'disclosure',
  label: '政务公开台账',
  access: ACCESS,
  recordTypes: [request, item],
  policy: defaultPolicy(ACCESS, [request, item]),
  indicators: DISCLOSURE_INDICATORS,
  seeds: seedDisclosure,
  // The manifest refers to itself lazily: the views need the ledger's access rules.
  views: disclosureViews((): LedgerDef => disclosureLedger),
});
