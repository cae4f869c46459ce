// The emergency ledger (突发事件应对): its manifest. Plans (应急预案) with their approval, filing,
// three-yearly review and revision; drills (应急演练) as recorded facts with their evaluation; events
// handled (突发事件) with 信息报送 on time and 调查评估. Everything the machinery needs is declared here.
import { defineLedger, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { DRILL_FIELDS, EVENT_FIELDS, PLAN_FIELDS } from './fields.ts';
import { EMERGENCY_INDICATOR_SETS, EMERGENCY_INDICATORS } from './indicators.ts';
import { drillCreate, drillUpdate, eventCreate, eventUpdate, planInputs } from './inputs.ts';
import { seedEmergency } from './seeds.ts';
import { DRILL_WORKFLOW, EVENT_WORKFLOW, PLAN_WORKFLOW } from './workflow.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'officer', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // The ledger holds no personal information to reveal.
  reveal: [],
} as const;

const plan: RecordTypeDef = {
  type: 'plan',
  label: '应急预案',
  table: 'emergencyPlan',
  titleField: 'name',
  dateField: 'draftedOn',
  fields: PLAN_FIELDS,
  inputs: planInputs,
  workflow: PLAN_WORKFLOW,
  exports: [
    'name',
    'orgId',
    'planType',
    'category',
    'draftedOn',
    'drafter',
    'state',
    'approvedBy',
    'approvedOn',
    'docNumber',
    'publishedOn',
    'disclosed',
    'filedOn',
    'lastRevisedOn',
    'revisionReason',
    'lastEvaluatedOn',
    'evaluationConclusion',
    'nextReviewDue',
    'abolishedOn',
  ],
};

const drill: RecordTypeDef = {
  type: 'drill',
  label: '应急演练',
  table: 'emergencyDrill',
  titleField: 'title',
  dateField: 'heldOn',
  fields: DRILL_FIELDS,
  inputs: { create: drillCreate, update: drillUpdate },
  workflow: DRILL_WORKFLOW,
  exports: [
    'heldOn',
    'orgId',
    'title',
    'planName',
    'form',
    'category',
    'participants',
    'location',
    'evaluated',
    'findings',
    'improvements',
    'note',
  ],
};

const event: RecordTypeDef = {
  type: 'event',
  label: '突发事件',
  table: 'emergencyEvent',
  titleField: 'title',
  dateField: 'occurredOn',
  fields: EVENT_FIELDS,
  inputs: { create: eventCreate, update: eventUpdate },
  workflow: EVENT_WORKFLOW,
  exports: [
    'occurredOn',
    'occurredTime',
    'orgId',
    'title',
    'category',
    'level',
    'location',
    'measures',
    'deaths',
    'injuries',
    'affected',
    'loss',
    'state',
    'reportedOn',
    'reportedTime',
    'reportedTo',
    'reportMinutes',
    'reportTimely',
    'lateReason',
    'endedOn',
    'evaluatedOn',
    'evaluationSummary',
  ],
};

export const emergencyLedger = defineLedger({
  kind: 'emergency',
  label: '突发事件应对台账',
  access: ACCESS,
  recordTypes: [plan, drill, event],
  policy: defaultPolicy(ACCESS, [plan, drill, event]),
  indicators: EMERGENCY_INDICATORS,
  indicatorSets: EMERGENCY_INDICATOR_SETS,
  seeds: seedEmergency,
});
