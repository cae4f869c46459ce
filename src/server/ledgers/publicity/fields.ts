// Fields of the publicity ledger's records: activities, the 法律明白人 roster and the
// “谁执法谁普法” responsibility list.
import type { FieldDef } from '../contract.ts';
import { ACTIVITY_KINDS, KEY_DATES, LIAISON_ROLES, THEMES, VENUES } from './labels.ts';

export const ACTIVITY_FIELDS: readonly FieldDef[] = [
  {
    name: 'title',
    label: '活动名称',
    type: 'text',
    max: 100,
    required: true,
    list: true,
    search: true,
    portal: true,
  },
  { name: 'orgId', label: '组织单位', type: 'org', required: true, list: true },
  { name: 'heldOn', label: '日期', type: 'date', required: true, list: true, portal: true },
  { name: 'kind', label: '活动形式', type: 'enum', required: true, options: ACTIVITY_KINDS, list: true },
  { name: 'venue', label: '开展场所', type: 'enum', required: true, options: VENUES, list: true },
  { name: 'keyDate', label: '重要节点', type: 'enum', options: KEY_DATES },
  ...THEMES.map((t): FieldDef => ({ name: t.field, label: `主题：${t.label}`, type: 'bool' })),
  { name: 'otherTheme', label: '其他主题', type: 'text', max: 50, search: true },
  { name: 'organiser', label: '承办（联合）单位', type: 'text', max: 200, search: true },
  { name: 'audience', label: '受众人数（人次）', type: 'int', list: true },
  { name: 'materials', label: '发放宣传资料（份）', type: 'int', list: true },
  { name: 'banners', label: '悬挂横幅、张贴标语（条）', type: 'int' },
  { name: 'onlinePosts', label: '新媒体推送（条）', type: 'int' },
  { name: 'consultations', label: '解答法律咨询（人次）', type: 'int' },
  { name: 'note', label: '活动情况', type: 'textarea', max: 2000, search: true },
];

export const LIAISON_FIELDS: readonly FieldDef[] = [
  {
    name: 'name',
    label: '姓名',
    type: 'person',
    max: 50,
    required: true,
    sensitive: true,
    list: true,
    search: true,
  },
  { name: 'orgId', label: '所在村（社区）', type: 'org', required: true, list: true },
  { name: 'phone', label: '联系电话', type: 'phone', sensitive: true },
  { name: 'role', label: '身份', type: 'enum', required: true, options: LIAISON_ROLES, list: true },
  { name: 'appointedOn', label: '确认日期', type: 'date', required: true, list: true },
  { name: 'trainedOn', label: '最近培训日期', type: 'date', list: true },
  { name: 'leftOn', label: '退出日期', type: 'date', workflow: true },
  { name: 'leftReason', label: '退出原因', type: 'text', workflow: true },
];

export const DUTY_FIELDS: readonly FieldDef[] = [
  {
    name: 'unit',
    label: '责任单位',
    type: 'text',
    max: 100,
    required: true,
    list: true,
    search: true,
    portal: true,
  },
  { name: 'orgId', label: '所属乡镇（街道）', type: 'org', required: true, list: true },
  { name: 'listedOn', label: '清单制定日期', type: 'date', required: true, list: true },
  {
    name: 'laws',
    label: '重点普法法律法规',
    type: 'textarea',
    max: 2000,
    required: true,
    search: true,
    portal: true,
  },
  { name: 'duties', label: '普法责任内容', type: 'textarea', max: 2000, required: true, portal: true },
  { name: 'targets', label: '普法对象', type: 'text', max: 200, list: true, portal: true },
  { name: 'measures', label: '主要措施', type: 'textarea', max: 2000 },
];
