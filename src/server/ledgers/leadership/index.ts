// The leadership ledger (第一责任人): its manifest. Meetings and 述法 are recorded facts with a
// single state; they carry no statutory clock. Everything the machinery needs is declared here.
import { defineLedger, type RecordTypeDef, type WorkflowDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { MEETING_FIELDS, SHUFA_FIELDS } from './fields.ts';
import { LEADERSHIP_INDICATORS } from './indicators.ts';
import { meetingInputs, shufaInputs } from './inputs.ts';
import { STATES } from './labels.ts';
import { seedLeadership } from './seeds.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'officer', 'mediator', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // Leaders' names and posts are public-role data; nothing to reveal.
  reveal: [],
} as const;

/** Recorded once; corrected by editing. No transitions, no clocks. */
const RECORDED: WorkflowDef = { initial: 'recorded', states: STATES, transitions: [], deadlines: [] };

const meeting: RecordTypeDef = {
  type: 'meeting',
  label: '研究法治工作会议',
  table: 'leadershipMeeting',
  titleField: 'topic',
  dateField: 'heldOn',
  fields: MEETING_FIELDS,
  inputs: meetingInputs,
  workflow: RECORDED,
  exports: ['heldOn', 'orgId', 'kind', 'chair', 'topic', 'subject', 'decisions', 'note'],
};

const shufa: RecordTypeDef = {
  type: 'shufa',
  label: '述法',
  table: 'leadershipShufa',
  titleField: 'speaker',
  dateField: 'heldOn',
  fields: SHUFA_FIELDS,
  inputs: shufaInputs,
  workflow: RECORDED,
  exports: ['heldOn', 'orgId', 'speaker', 'post', 'venue', 'summary', 'note'],
};

export const leadershipLedger = defineLedger({
  kind: 'leadership',
  label: '第一责任人台账',
  access: ACCESS,
  recordTypes: [meeting, shufa],
  policy: defaultPolicy(ACCESS, [meeting, shufa]),
  indicators: LEADERSHIP_INDICATORS,
  seeds: seedLeadership,
});
