// The enforcement registers' workflows: officers and their certificates (持证上岗), the list of
// enforcement items, equipment, and the inspection plan. The case workflow is workflow.ts.
import type { GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import { cancelInput, emptyInput, reassignInput, renewInput, retireInput, revokeInput } from './inputs.ts';
import {
  EQUIPMENT_STATES,
  INSPECTION_STATES,
  ITEM_STATES,
  ENFORCEMENT_MESSAGES as M,
  OFFICER_STATES,
} from './labels.ts';
import { BASIS } from './rules.ts';

const WORKERS = ['officer', 'clerk', 'leader'] as const;

const renewLater = (ctx: GuardContext): Refusal | null =>
  String(ctx.fields.validUntil) > String(ctx.record.validUntil)
    ? null
    : { rule: M.renewEarlier, basis: BASIS.certificate };

export const OFFICER_WORKFLOW: WorkflowDef = {
  initial: 'active',
  states: OFFICER_STATES,
  transitions: [
    {
      id: 'renew',
      label: '换发执法证',
      from: ['active'],
      to: null,
      roles: ['clerk', 'leader'],
      fields: ['certNo', 'validUntil'],
      input: renewInput,
      basis: BASIS.certificate,
      guards: [renewLater],
    },
    {
      id: 'revoke',
      label: '注销执法证',
      from: ['active'],
      to: 'revoked',
      roles: ['clerk', 'leader'],
      fields: ['revokeReason'],
      input: revokeInput,
      basis: BASIS.certificate,
      effect: (ctx) => ({ revokedOn: ctx.on }),
    },
  ],
  deadlines: [],
};

export const ITEM_WORKFLOW: WorkflowDef = {
  initial: 'active',
  states: ITEM_STATES,
  transitions: [
    {
      id: 'cancel',
      label: '取消事项',
      from: ['active'],
      to: 'cancelled',
      roles: ['clerk', 'leader'],
      fields: ['cancelReason'],
      input: cancelInput,
      effect: (ctx) => ({ cancelledOn: ctx.on }),
    },
  ],
  deadlines: [],
};

export const EQUIPMENT_WORKFLOW: WorkflowDef = {
  initial: 'in_use',
  states: EQUIPMENT_STATES,
  transitions: [
    {
      id: 'reassign',
      label: '调整配发对象',
      from: ['in_use'],
      to: null,
      roles: ['clerk', 'leader'],
      fields: ['holderId'],
      input: reassignInput,
    },
    {
      id: 'retire',
      label: '报废',
      from: ['in_use'],
      to: 'retired',
      roles: ['clerk', 'leader'],
      fields: ['retireReason'],
      input: retireInput,
      effect: (ctx) => ({ retiredOn: ctx.on }),
    },
  ],
  deadlines: [],
};

export const INSPECTION_WORKFLOW: WorkflowDef = {
  initial: 'recorded',
  states: INSPECTION_STATES,
  transitions: [
    {
      id: 'conclude',
      label: '办结（整改复查）',
      from: ['recorded'],
      to: 'closed',
      roles: WORKERS,
      input: emptyInput,
      effect: (ctx) => (ctx.record.result === 'rectify' ? { rectifiedOn: ctx.on } : {}),
    },
  ],
  deadlines: [],
};
