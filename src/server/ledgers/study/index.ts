// The study ledger (学法考法): its manifest. Sessions and exams are recorded facts with a single
// state; they carry no statutory clock. Everything the machinery needs is declared here.
import { defineLedger, type RecordTypeDef, type WorkflowDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { EXAM_FIELDS, SESSION_FIELDS } from './fields.ts';
import { STUDY_INDICATOR_SETS, STUDY_INDICATORS } from './indicators.ts';
import { examCreate, examUpdate, sessionInputs } from './inputs.ts';
import { STATES } from './labels.ts';
import { seedStudy } from './seeds.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'officer', 'mediator', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // The ledger holds no personal information to reveal.
  reveal: [],
} as const;

/** Recorded once; corrected by editing. No transitions, no clocks. */
const RECORDED: WorkflowDef = { initial: 'recorded', states: STATES, transitions: [], deadlines: [] };

const session: RecordTypeDef = {
  type: 'session',
  label: '学法活动',
  table: 'studySession',
  titleField: 'topic',
  dateField: 'heldOn',
  fields: SESSION_FIELDS,
  inputs: sessionInputs,
  workflow: RECORDED,
  exports: ['heldOn', 'orgId', 'kind', 'topic', 'speaker', 'attendees', 'hours', 'laws', 'note'],
};

const exam: RecordTypeDef = {
  type: 'exam',
  label: '学法考试',
  table: 'studyExam',
  titleField: 'title',
  dateField: 'heldOn',
  fields: EXAM_FIELDS,
  inputs: { create: examCreate, update: examUpdate },
  workflow: RECORDED,
  exports: ['heldOn', 'orgId', 'title', 'form', 'takers', 'passed', 'note'],
};

export const studyLedger = defineLedger({
  kind: 'study',
  label: '学法考法台账',
  access: ACCESS,
  recordTypes: [session, exam],
  policy: defaultPolicy(ACCESS, [session, exam]),
  indicators: STUDY_INDICATORS,
  indicatorSets: STUDY_INDICATOR_SETS,
  seeds: seedStudy,
});
