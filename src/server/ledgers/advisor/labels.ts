// Every Chinese string of the legal advisor ledger (法律顾问): enum options, states, messages.
import type { FieldOption, StateDef } from '../contract.ts';

export const ADVISOR_KINDS: readonly FieldOption[] = [
  { value: 'township', label: '乡镇（街道）法律顾问' },
  { value: 'village', label: '村（社区）法律顾问' },
];

export const TASK_KINDS: readonly FieldOption[] = [
  { value: 'contract', label: '合同审查' },
  { value: 'normative_doc', label: '规范性文件合法性审核' },
  { value: 'decision', label: '重大行政决策合法性审查' },
  { value: 'case', label: '重大执法决定法制审核' },
  { value: 'consultation', label: '法律咨询' },
  { value: 'meeting', label: '列席会议' },
];

/** Kinds whose answer is an opinion 同意/修改后同意/不同意 (the others are answered with a reply). */
export const REVIEW_KINDS: readonly string[] = ['contract', 'normative_doc', 'decision', 'case'];

export const OPINIONS: readonly FieldOption[] = [
  { value: 'approve', label: '同意' },
  { value: 'approve_modified', label: '修改后同意' },
  { value: 'reject', label: '不同意' },
];

export const ADVISOR_STATES: readonly StateDef[] = [
  { id: 'engaged', label: '在聘' },
  { id: 'ended', label: '已解聘', final: true },
];

export const TASK_STATES: readonly StateDef[] = [
  { id: 'sent', label: '待办理' },
  { id: 'answered', label: '已出具意见', final: true },
  { id: 'withdrawn', label: '已撤回', final: true },
];

export const CHECKUP_STATES: readonly StateDef[] = [{ id: 'recorded', label: '已登记' }];

export const ADVISOR_MESSAGES = {
  opinionRequired: '审查类任务须选择审查意见（同意、修改后同意或不同意）',
  replyRequired: '请填写意见或答复内容',
  endBeforeStart: '解聘日期不能早于聘期开始日期',
  contractEnd: '聘期结束日期应晚于开始日期',
  notEngaged: '该法律顾问未在聘期内，不能交办任务',
  contractExpired: (name: string, to: string, basis: string) =>
    `法律顾问${name}的聘期已于${to}届满，不能向其交办任务；请先续聘。依据：${basis}`,
  advisorEnded: (name: string, on: string, basis: string) =>
    `法律顾问${name}已于${on}解聘，不能向其交办任务。依据：${basis}`,
  meetingNeedsDate: '列席会议须填写会议日期',
  contractNeedsParty: '合同审查须填写合同相对方',
} as const;
