// Fields of the supervision ledger (督办通知): what the county supervisor asks of a township, by
// when, about which record, board card or report finding; the township's reply; the county's 办结
// or 退回.
import type { FieldDef } from '../contract.ts';
import { SUBJECT_KINDS } from './labels.ts';

export const NOTICE_FIELDS: readonly FieldDef[] = [
  { name: 'title', label: '督办事项', type: 'text', max: 200, required: true, list: true, search: true },
  {
    name: 'orgId',
    label: '被督办单位',
    type: 'org',
    required: true,
    list: true,
    help: '选择下级乡镇（街道）；只能向本级以下的单位下发督办通知',
  },
  {
    name: 'subjectKind',
    label: '督办对象',
    type: 'enum',
    required: true,
    options: SUBJECT_KINDS,
    list: true,
  },
  {
    name: 'subjectLink',
    label: '关联事项',
    type: 'text',
    max: 300,
    hidden: true,
  },
  { name: 'issuedOn', label: '下发日期', type: 'date', required: true, list: true },
  { name: 'dueOn', label: '办理期限', type: 'date', required: true, list: true },
  { name: 'requirement', label: '督办要求', type: 'textarea', max: 4000, required: true, search: true },
  { name: 'reply', label: '办理情况', type: 'textarea', workflow: true },
  { name: 'repliedOn', label: '回复日期', type: 'date', workflow: true, list: true },
  { name: 'returnReason', label: '退回原因', type: 'textarea', workflow: true },
  { name: 'closeNote', label: '办结意见', type: 'textarea', workflow: true },
  { name: 'closedOn', label: '办结日期', type: 'date', workflow: true },
];
