// Fields of the study ledger's records: study sessions and exams (学法考法台账).
import type { FieldDef } from '../contract.ts';
import { EXAM_FORMS, SESSION_KINDS } from './labels.ts';

export const SESSION_FIELDS: readonly FieldDef[] = [
  { name: 'topic', label: '学习主题', type: 'text', max: 100, required: true, list: true, search: true },
  { name: 'orgId', label: '组织单位', type: 'org', required: true, list: true },
  { name: 'heldOn', label: '日期', type: 'date', required: true, list: true },
  { name: 'kind', label: '学法形式', type: 'enum', required: true, options: SESSION_KINDS, list: true },
  { name: 'speaker', label: '主讲人（领学人）', type: 'text', max: 50, list: true, search: true },
  { name: 'attendees', label: '参加人数', type: 'int', required: true, list: true },
  { name: 'hours', label: '学时', type: 'decimal' },
  { name: 'laws', label: '学习的法律法规', type: 'textarea', max: 2000, search: true },
  { name: 'note', label: '备注', type: 'textarea', max: 2000 },
];

export const EXAM_FIELDS: readonly FieldDef[] = [
  { name: 'title', label: '考试名称', type: 'text', max: 100, required: true, list: true, search: true },
  { name: 'orgId', label: '组织单位', type: 'org', required: true, list: true },
  { name: 'heldOn', label: '考试日期', type: 'date', required: true, list: true },
  { name: 'form', label: '考试形式', type: 'enum', required: true, options: EXAM_FORMS, list: true },
  { name: 'takers', label: '参考人数', type: 'int', required: true, list: true },
  { name: 'passed', label: '合格人数', type: 'int', required: true, list: true },
  { name: 'note', label: '备注', type: 'textarea', max: 2000 },
];
