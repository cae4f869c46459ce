// Every Chinese string of the supervision ledger (督办通知): enum options, states, messages.
import type { FieldOption, StateDef } from '../contract.ts';

export const SUBJECT_KINDS: readonly FieldOption[] = [
  { value: 'record', label: '台账记录' },
  { value: 'overdue', label: '逾期事项' },
  { value: 'finding', label: '报告体检问题' },
  { value: 'other', label: '其他事项' },
];

export const NOTICE_STATES: readonly StateDef[] = [
  { id: 'issued', label: '已下发' },
  { id: 'replied', label: '已回复' },
  { id: 'returned', label: '已退回' },
  { id: 'closed', label: '已办结', final: true },
];

export const SUPERVISION_MESSAGES = {
  dueBeforeIssue: '办理期限不能早于下发日期',
  clockLabel: '督办办理期限',
  again: '退回后重新办理期限',
} as const;
