// The reconsideration and litigation ledger (复议应诉): its manifest. Everything the machinery needs
// is declared here.
import { inOrgSubtree } from '../../db/scope.ts';
import { defineLedger, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { CASE_FIELDS } from './fields.ts';
import { REVIEW_INDICATOR_SETS, REVIEW_INDICATORS } from './indicators.ts';
import { caseInputs } from './inputs.ts';
import { REVIEW_MESSAGES } from './labels.ts';
import { seedReviewLitigation } from './seeds.ts';
import { CASE_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // The claimant's number is for those who answer the case (个人信息保护法 第六条 最小必要).
  reveal: ['clerk', 'leader'],
} as const;

const reviewCase: RecordTypeDef = {
  type: 'review_case',
  label: '复议应诉案件',
  table: 'reviewCase',
  titleField: 'act',
  dateField: 'receivedOn',
  assigneeField: 'handlerId',
  fields: CASE_FIELDS,
  inputs: caseInputs,
  workflow: CASE_WORKFLOW,
  exports: [
    'receivedOn',
    'caseType',
    'caseNo',
    'body',
    'orgId',
    'claimantKind',
    'claimantName',
    'claimantOrg',
    'act',
    'actCategory',
    'enforcementCaseNo',
    'simplified',
    'handlerId',
    'counsel',
    'state',
    'answeredOn',
    'answerLate',
    'hearingOn',
    'leaderAppeared',
    'leaderName',
    'leaderPost',
    'absenceReason',
    'delegateName',
    'decidedOn',
    'reviewOutcome',
    'courtOutcome',
  ],
};

export const reviewLitigationLedger = defineLedger({
  kind: 'review_litigation',
  label: '复议应诉台账',
  access: ACCESS,
  recordTypes: [reviewCase],
  policy: defaultPolicy(ACCESS, [reviewCase]),
  indicators: REVIEW_INDICATORS,
  indicatorSets: REVIEW_INDICATOR_SETS,
  // Answers submitted after their due date stay on the board as red cards until the case is closed.
  async alerts(k, paths) {
    const rows = await k
      .selectFrom('reviewCase')
      .select(['id', 'orgId', 'act', 'answeredOn', 'receivedOn'])
      .where('answerLate', '=', 1)
      .where('state', '!=', 'closed')
      .where((eb) => inOrgSubtree(eb, 'reviewCase.orgId', paths))
      .orderBy('answeredOn', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      type: 'review_case',
      recordId: r.id,
      orgId: r.orgId,
      title: r.act,
      label: REVIEW_MESSAGES.lateAlert,
      since: r.answeredOn ?? r.receivedOn,
    }));
  },
  seeds: seedReviewLitigation,
});
