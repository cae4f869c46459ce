// The disputes ledger (矛盾纠纷): its manifest. Everything the machinery needs is declared here.
import { inOrgSubtree } from '../../db/scope.ts';
import { defineLedger, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { DISPUTE_FIELDS } from './fields.ts';
import { DISPUTE_INDICATOR_SETS, DISPUTE_INDICATORS } from './indicators.ts';
import { disputeInputs } from './inputs.ts';
import { DISPUTE_MESSAGES } from './labels.ts';
import { seedDisputes } from './seeds.ts';
import { DISPUTE_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'mediator', 'leader', 'supervisor'],
  write: ['clerk', 'mediator', 'leader'],
  // Parties' numbers are for those who contact them: the mediator and the leader (个人信息保护法 第六条 最小必要).
  reveal: ['mediator', 'leader'],
} as const;

const dispute: RecordTypeDef = {
  type: 'dispute',
  label: '矛盾纠纷',
  table: 'dispute',
  titleField: 'title',
  dateField: 'acceptedOn',
  assigneeField: 'mediatorId',
  fields: DISPUTE_FIELDS,
  inputs: disputeInputs,
  workflow: DISPUTE_WORKFLOW,
  exports: [
    'acceptedOn',
    'title',
    'orgId',
    'source',
    'category',
    'method',
    'applicantName',
    'respondentName',
    'partyCount',
    'amount',
    'mediatorId',
    'state',
    'concludedOn',
    'agreementForm',
    'referral',
    'terminationReason',
    'risk',
    'visitCount',
  ],
};

export const disputesLedger = defineLedger({
  kind: 'disputes',
  label: '矛盾纠纷台账',
  access: ACCESS,
  recordTypes: [dispute],
  policy: defaultPolicy(ACCESS, [dispute]),
  indicators: DISPUTE_INDICATORS,
  indicatorSets: DISPUTE_INDICATOR_SETS,
  // Disputes flagged 民转刑 risk are red cards on the board of the township (leader, supervisor).
  async alerts(k, paths) {
    const rows = await k
      .selectFrom('dispute')
      .select(['id', 'orgId', 'title', 'updatedAt', 'acceptedOn'])
      .where('risk', '=', 1)
      .where((eb) => inOrgSubtree(eb, 'dispute.orgId', paths))
      .orderBy('updatedAt', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      type: 'dispute',
      recordId: r.id,
      orgId: r.orgId,
      title: r.title,
      label: DISPUTE_MESSAGES.riskAlert,
      since: r.updatedAt.slice(0, 10),
    }));
  },
  seeds: seedDisputes,
});
