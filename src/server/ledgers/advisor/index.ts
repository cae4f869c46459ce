// The legal advisor ledger (法律顾问台账): its manifest. The township's clerk engages advisors and
// sends them review tasks; the advisor reads the tasks sent to it and nothing else (access.own),
// and answers them; an answer to a task linked to a record completes that record's review step.

import { isAdminRole } from '../../../shared/roles.ts';
import { rolesAt } from '../../core/policy.ts';
import { defineLedger, type LedgerDef, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { advisorAssignable } from './contract-period.ts';
import { ADVISOR_FIELDS, CHECKUP_FIELDS, TASK_FIELDS } from './fields.ts';
import { ADVISOR_INDICATOR_SETS, ADVISOR_INDICATORS } from './indicators.ts';
import { advisorInputs, checkupInputs, taskInputs } from './inputs.ts';
import { seedAdvisor } from './seeds.ts';
import { ADVISOR_WORKFLOW, CHECKUP_WORKFLOW, TASK_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'leader', 'supervisor', 'advisor'],
  write: ['clerk', 'leader'],
  // The advisors' phone numbers: the staff who contact them.
  reveal: ['clerk', 'leader'],
  // 法律顾问: only the tasks sent to it (SPEC §1).
  own: ['advisor'],
} as const;

const advisor: RecordTypeDef = {
  type: 'advisor',
  label: '法律顾问',
  table: 'legalAdvisor',
  titleField: 'name',
  dateField: 'contractFrom',
  fields: ADVISOR_FIELDS,
  inputs: advisorInputs,
  workflow: ADVISOR_WORKFLOW,
  exports: [
    'name',
    'orgId',
    'kind',
    'firm',
    'licenceNo',
    'contractFrom',
    'contractTo',
    'fee',
    'phone',
    'state',
    'endedOn',
    'endReason',
  ],
};

const task: RecordTypeDef = {
  type: 'task',
  label: '审查任务',
  table: 'advisorTask',
  titleField: 'title',
  dateField: 'sentOn',
  assigneeField: 'advisorId',
  fields: TASK_FIELDS,
  inputs: taskInputs,
  workflow: TASK_WORKFLOW,
  exports: [
    'sentOn',
    'title',
    'orgId',
    'kind',
    'advisorId',
    'counterparty',
    'amount',
    'caseId',
    'normativeDocId',
    'decisionId',
    'meetingOn',
    'state',
    'opinion',
    'answeredOn',
    'reply',
  ],
};

const checkup: RecordTypeDef = {
  type: 'checkup',
  label: '法治体检',
  table: 'advisorCheckup',
  titleField: 'title',
  dateField: 'visitedOn',
  fields: CHECKUP_FIELDS,
  inputs: checkupInputs,
  workflow: CHECKUP_WORKFLOW,
  exports: ['visitedOn', 'title', 'orgId', 'advisorId', 'items', 'issuesFound', 'suggestions'],
};

const RECORD_TYPES = [advisor, task, checkup];
const base = defaultPolicy(ACCESS, RECORD_TYPES);
const answerFrom = TASK_WORKFLOW.transitions.find((t) => t.id === 'answer')?.from ?? [];

/**
 * The default policy, and the advisor's one step: it answers the tasks sent to it (the store shows
 * it no other record, so holding the role over the task's organisation is enough here).
 */
const policy: LedgerDef['policy'] = (actor, action, record) => {
  if (base(actor, action, record)) return true;
  if (action !== 'transition:answer') return false;
  if (actor.system || actor.roles.some((r) => isAdminRole(r.role))) return false;
  const held = record ? rolesAt(actor, record.orgPath) : new Set(actor.roles.map((r) => r.role));
  if (!held.has('advisor')) return false;
  return record?.state === undefined || answerFrom.includes(record.state);
};

export const advisorLedger = defineLedger({
  kind: 'advisor',
  label: '法律顾问台账',
  access: ACCESS,
  recordTypes: RECORD_TYPES,
  policy,
  indicators: ADVISOR_INDICATORS,
  indicatorSets: ADVISOR_INDICATOR_SETS,
  seeds: seedAdvisor,
  // A task or a visit goes only to an advisor under contract on its date.
  assignable: advisorAssignable,
});
