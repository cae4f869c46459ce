import { defineLedger, portalOf, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { CATALOGUE_FIELDS, COMMENT_FIELDS, DECISION_FIELDS } from './fields.ts';
import { DECISION_INDICATOR_SETS, DECISION_INDICATORS } from './indicators.ts';
import { catalogueInputs, commentInputs, decisionInputs } from './inputs.ts';
import { CATALOGUE_WORKFLOW, COMMENT_WORKFLOW } from './registers.ts';
import { seedDecisions } from './seeds.ts';
import { DECISION_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  // Supervisors read the county's. The legal advisor reads none: its 合法性审查 (第二十八条 法律顾问
  // 提出法律意见) reaches the decision as the answer of a review task (advisor ledger, delegated step).
  read: ['clerk', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // Commenters' numbers are for the staff who answer them (个人信息保护法 第六条 最小必要).
  reveal: ['clerk', 'leader'],
} as const;

const decision: RecordTypeDef = {
  type: 'decision',
  label: '重大行政决策',
  table: 'decision',
  titleField: 'title',
  dateField: 'startedOn',
  fields: DECISION_FIELDS,
  inputs: decisionInputs,
  workflow: DECISION_WORKFLOW,
  exports: [
    'startedOn',
    'title',
    'orgId',
    'category',
    'inCatalogue',
    'sponsor',
    'state',
    'commentFrom',
    'commentUntil',
    'participationSkipReason',
    'expertOn',
    'expertSkipReason',
    'riskLevel',
    'riskSkipReason',
    'reviewSentOn',
    'reviewConclusion',
    'reviewedOn',
    'reviewer',
    'decidedOn',
    'meetingKind',
    'publishedOn',
    'publishSkipReason',
    'evaluatedOn',
  ],
};

const comment: RecordTypeDef = {
  type: 'comment',
  label: '公众意见',
  table: 'decisionComment',
  titleField: 'topic',
  dateField: 'receivedOn',
  fields: COMMENT_FIELDS,
  inputs: commentInputs,
  workflow: COMMENT_WORKFLOW,
  exports: [
    'receivedOn',
    'topic',
    'orgId',
    'decisionId',
    'channel',
    'commenterName',
    'commenterPhone',
    'content',
    'state',
    'rejectReason',
    'adoption',
    'replyText',
    'replyPublishedOn',
  ],
};

const catalogue: RecordTypeDef = {
  type: 'catalogue',
  label: '决策事项目录',
  table: 'decisionCatalogue',
  titleField: 'title',
  dateField: 'compiledOn',
  fields: CATALOGUE_FIELDS,
  inputs: catalogueInputs,
  workflow: CATALOGUE_WORKFLOW,
  // 决策事项目录 经同级党委同意后向社会公布 (第三条第三款): the published catalogues.
  portal: portalOf(CATALOGUE_FIELDS, (r) => r.state === 'published'),
  exports: [
    'year',
    'title',
    'orgId',
    'compiledOn',
    'itemCount',
    'items',
    'state',
    'approvedOn',
    'publishedOn',
  ],
};

const RECORD_TYPES = [decision, comment, catalogue];
const base = defaultPolicy(ACCESS, RECORD_TYPES);

export const decisionsLedger = defineLedger({
  kind: 'decisions',
  label: '重大行政决策台账',
  access: ACCESS,
  recordTypes: RECORD_TYPES,
  policy: base,
  indicators: DECISION_INDICATORS,
  indicatorSets: DECISION_INDICATOR_SETS,
  seeds: seedDecisions,
});
