// Fields of the legal advisor ledger's record types (法律顾问台账): the advisors engaged (the
// township's and the villages' 一村一法律顾问), the review tasks sent to them, and the village
// advisors' 法治体检 visits.
import type { FieldDef } from '../contract.ts';
import { ADVISOR_KINDS, OPINIONS, TASK_KINDS } from './labels.ts';

const ADVISOR_ROLE = ['advisor'] as const;

export const ADVISOR_FIELDS: readonly FieldDef[] = [
  { name: 'name', label: '姓名', type: 'text', max: 50, required: true, list: true, search: true },
  {
    name: 'orgId',
    label: '服务单位',
    type: 'org',
    required: true,
    list: true,
    help: '乡镇（街道）法律顾问选本乡镇；一村一法律顾问选其服务的村（社区）',
  },
  { name: 'kind', label: '顾问类别', type: 'enum', required: true, options: ADVISOR_KINDS, list: true },
  { name: 'firm', label: '执业机构', type: 'text', max: 100, required: true, list: true, search: true },
  { name: 'licenceNo', label: '执业证号', type: 'text', max: 50, search: true },
  { name: 'contractFrom', label: '聘期开始', type: 'date', required: true, list: true },
  { name: 'contractTo', label: '聘期结束', type: 'date', required: true, list: true },
  { name: 'fee', label: '年度顾问费（元）', type: 'decimal' },
  { name: 'phone', label: '联系电话', type: 'phone', sensitive: true },
  {
    name: 'userId',
    label: '系统账号',
    type: 'user',
    roles: ADVISOR_ROLE,
    help: '法律顾问登录本系统的账号；交办任务按账号发送',
  },
  { name: 'endedOn', label: '解聘日期', type: 'date', workflow: true },
  { name: 'endReason', label: '解聘原因', type: 'text', workflow: true },
];

export const TASK_FIELDS: readonly FieldDef[] = [
  { name: 'title', label: '事项名称', type: 'text', max: 200, required: true, list: true, search: true },
  { name: 'orgId', label: '交办单位', type: 'org', required: true },
  { name: 'kind', label: '任务类别', type: 'enum', required: true, options: TASK_KINDS, list: true },
  {
    name: 'advisorId',
    label: '法律顾问',
    type: 'user',
    required: true,
    list: true,
    roles: ADVISOR_ROLE,
  },
  { name: 'sentOn', label: '交办日期', type: 'date', required: true, list: true },
  { name: 'counterparty', label: '合同相对方', type: 'text', max: 200, search: true },
  { name: 'amount', label: '合同金额（元）', type: 'decimal' },
  {
    name: 'caseId',
    label: '关联执法案件',
    type: 'link',
    link: { ledger: 'enforcement', type: 'case', grantsRead: true },
    help: '重大执法决定法制审核：顾问出具意见后，自动完成该案件的“法制审核”环节',
  },
  {
    name: 'normativeDocId',
    label: '关联规范性文件',
    type: 'link',
    link: { ledger: 'normative_docs', type: 'normative_doc', grantsRead: true },
    help: '规范性文件合法性审核：顾问出具意见后，自动完成该文件的“合法性审核”环节',
  },
  {
    name: 'decisionId',
    label: '关联重大行政决策',
    type: 'link',
    link: { ledger: 'decisions', type: 'decision', grantsRead: true },
    help: '重大行政决策合法性审查：顾问出具意见后，自动完成该决策的“合法性审查”环节',
  },
  { name: 'meetingOn', label: '会议日期', type: 'date' },
  { name: 'request', label: '审查或咨询内容', type: 'textarea', max: 4000, search: true },
  {
    name: 'opinion',
    label: '审查意见',
    type: 'enum',
    options: OPINIONS,
    workflow: true,
    list: true,
    help: '合同、规范性文件、重大行政决策和执法决定的审查任务须选择。关联规范性文件或重大行政决策的，“同意”记为合法性审核结论“合法”，“修改后同意”记为“修改后合法”，“不同意”记为“不合法”，并自动完成该记录的合法性审核（审查）环节',
  },
  { name: 'reply', label: '意见或答复内容', type: 'textarea', workflow: true },
  { name: 'answeredOn', label: '出具意见日期', type: 'date', workflow: true, list: true },
  { name: 'withdrawReason', label: '撤回原因', type: 'text', workflow: true },
];

export const CHECKUP_FIELDS: readonly FieldDef[] = [
  { name: 'title', label: '体检主题', type: 'text', max: 200, required: true, list: true, search: true },
  { name: 'orgId', label: '村（社区）', type: 'org', required: true, list: true },
  { name: 'advisorId', label: '法律顾问', type: 'user', required: true, list: true, roles: ADVISOR_ROLE },
  { name: 'visitedOn', label: '体检日期', type: 'date', required: true, list: true },
  { name: 'items', label: '体检内容', type: 'textarea', max: 4000, required: true, search: true },
  { name: 'issuesFound', label: '发现问题（个）', type: 'int', list: true },
  { name: 'suggestions', label: '法律意见建议', type: 'textarea', max: 4000 },
];
