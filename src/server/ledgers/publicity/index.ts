// The publicity ledger (普法宣传): activities, the 法律明白人 roster and the “谁执法谁普法”
// responsibility list. Activities and the list are recorded facts; a 法律明白人 stays on the roster
// until recorded as having left. No statutory clocks.
import { defineLedger, portalOf, type RecordTypeDef } from '../contract.ts';
import { defaultPolicy } from '../policy.ts';
import { ACTIVITY_FIELDS, DUTY_FIELDS, LIAISON_FIELDS } from './fields.ts';
import { PUBLICITY_INDICATOR_SETS, PUBLICITY_INDICATORS } from './indicators.ts';
import { activityInputs, dutyInputs, leaveInput, liaisonInputs } from './inputs.ts';
import { ACTIVITY_STATES, DUTY_STATES, LIAISON_STATES, THEMES } from './labels.ts';
import { seedPublicity } from './seeds.ts';
import './types.ts';

const ACCESS = {
  read: ['clerk', 'officer', 'mediator', 'leader', 'supervisor'],
  write: ['clerk', 'leader'],
  // The roster's phone numbers are for those who organise the 法律明白人.
  reveal: ['clerk', 'leader'],
} as const;

const activity: RecordTypeDef = {
  type: 'activity',
  label: '普法宣传活动',
  table: 'publicityActivity',
  titleField: 'title',
  dateField: 'heldOn',
  fields: ACTIVITY_FIELDS,
  inputs: activityInputs,
  workflow: { initial: 'recorded', states: ACTIVITY_STATES, transitions: [], deadlines: [] },
  portal: portalOf(ACTIVITY_FIELDS, () => true),
  exports: [
    'heldOn',
    'title',
    'orgId',
    'kind',
    'venue',
    'keyDate',
    ...THEMES.map((t) => t.field),
    'otherTheme',
    'organiser',
    'audience',
    'materials',
    'banners',
    'onlinePosts',
    'consultations',
    'note',
  ],
};

const liaison: RecordTypeDef = {
  type: 'liaison',
  label: '法律明白人',
  table: 'legalLiaison',
  titleField: 'name',
  dateField: 'appointedOn',
  fields: LIAISON_FIELDS,
  inputs: liaisonInputs,
  workflow: {
    initial: 'active',
    states: LIAISON_STATES,
    transitions: [
      {
        id: 'leave',
        label: '退出名册',
        from: ['active'],
        to: 'left',
        roles: ['clerk', 'leader'],
        fields: ['leftReason'],
        input: leaveInput,
        basis: '《乡村“法律明白人”培养工作规范（试行）》',
        effect: (ctx) => ({ leftOn: ctx.on }),
      },
    ],
    deadlines: [],
  },
  exports: ['name', 'orgId', 'role', 'appointedOn', 'trainedOn', 'state', 'leftOn', 'leftReason'],
};

const duty: RecordTypeDef = {
  type: 'duty',
  label: '“谁执法谁普法”责任清单',
  table: 'publicityDuty',
  titleField: 'unit',
  dateField: 'listedOn',
  fields: DUTY_FIELDS,
  inputs: dutyInputs,
  workflow: { initial: 'recorded', states: DUTY_STATES, transitions: [], deadlines: [] },
  // 普法责任清单 are published (“谁执法谁普法”).
  portal: portalOf(DUTY_FIELDS, () => true),
  exports: ['listedOn', 'unit', 'orgId', 'laws', 'duties', 'targets', 'measures'],
};

export const publicityLedger = defineLedger({
  kind: 'publicity',
  label: '普法宣传台账',
  access: ACCESS,
  recordTypes: [activity, liaison, duty],
  policy: defaultPolicy(ACCESS, [activity, liaison, duty]),
  indicators: PUBLICITY_INDICATORS,
  indicatorSets: PUBLICITY_INDICATOR_SETS,
  seeds: seedPublicity,
});
