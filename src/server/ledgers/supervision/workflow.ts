// The workflow of a supervision notice: 已下发 → (the township replies) 已回复 → (the county) 已办结,
// or 退回 with a reason → 已回复 again. The 办理期限 the county set is the notice's clock (dueField:
// a fixed date); it stops at the reply and opens again, with the same date, when a reply is returned,
// so that a notice past its date is red on both boards until the township answers.
import type { DeadlineDef, WorkflowDef } from '../contract.ts';
import { closeInput, replyInput, returnInput } from './inputs.ts';
import { SUPERVISION_MESSAGES as M, NOTICE_STATES } from './labels.ts';
import { BASIS, DEFAULT_REPLY_DAYS, WARN_DAYS } from './rules.ts';

const clock = (id: string, label: string, event: string): DeadlineDef => ({
  id,
  label,
  from: { event, field: 'issuedOn' },
  days: DEFAULT_REPLY_DAYS,
  unit: 'calendar',
  dueField: 'dueOn',
  basis: BASIS.steps,
  warnDays: WARN_DAYS,
  until: ['reply'],
});

export const NOTICE_WORKFLOW: WorkflowDef = {
  initial: 'issued',
  states: NOTICE_STATES,
  transitions: [
    {
      id: 'reply',
      label: '回复办理情况',
      from: ['issued', 'returned'],
      to: 'replied',
      roles: ['clerk', 'leader'],
      fields: ['reply'],
      input: replyInput,
      basis: BASIS.steps,
      effect: (ctx) => ({ repliedOn: ctx.on }),
    },
    {
      id: 'close',
      label: '办结',
      from: ['replied'],
      to: 'closed',
      roles: ['supervisor'],
      fields: ['closeNote'],
      input: closeInput,
      basis: BASIS.steps,
      effect: (ctx) => ({ closedOn: ctx.on }),
    },
    {
      id: 'return',
      label: '退回',
      from: ['replied'],
      to: 'returned',
      roles: ['supervisor'],
      fields: ['returnReason'],
      input: returnInput,
      basis: BASIS.steps,
    },
  ],
  deadlines: [clock('reply_due', M.clockLabel, 'create'), clock('reply_again', M.again, 'return')],
};
