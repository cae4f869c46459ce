// Fields of the leadership ledger's records: meetings and 述法 (第一责任人台账). Leaders' names and
// posts are public-role data, not personal information to mask.
import type { FieldDef } from '../contract.ts';
import { MEETING_KINDS, MEETING_SUBJECTS, SHUFA_VENUES } from './labels.ts';

export const MEETING_FIELDS: readonly FieldDef[] = [
  { name: 'topic', label: '会议议题', type: 'text', max: 100, required: true, list: true, search: true },
  { name: 'orgId', label: '组织单位', type: 'org', required: true, list: true },
  { name: 'heldOn', label: '会议日期', type: 'date', required: true, list: true },
  { name: 'kind', label: '会议类型', type: 'enum', required: true, options: MEETING_KINDS, list: true },
  { name: 'chair', label: '主持人', type: 'text', max: 50, required: true, list: true, search: true },
  {
    name: 'subject',
    label: '研究方式',
    type: 'enum',
    required: true,
    options: MEETING_SUBJECTS,
    list: true,
  },
  {
    name: 'decisions',
    label: '研究决定和工作部署',
    type: 'textarea',
    max: 2000,
    required: true,
    search: true,
  },
  { name: 'note', label: '备注', type: 'textarea', max: 2000 },
];

export const SHUFA_FIELDS: readonly FieldDef[] = [
  { name: 'speaker', label: '述法人', type: 'text', max: 50, required: true, list: true, search: true },
  { name: 'post', label: '职务', type: 'text', max: 50, required: true, list: true, search: true },
  { name: 'orgId', label: '组织单位', type: 'org', required: true, list: true },
  { name: 'heldOn', label: '述法日期', type: 'date', required: true, list: true },
  { name: 'venue', label: '述法场合', type: 'enum', required: true, options: SHUFA_VENUES, list: true },
  { name: 'summary', label: '述法内容摘要', type: 'textarea', max: 2000, required: true, search: true },
  { name: 'note', label: '备注', type: 'textarea', max: 2000 },
];
