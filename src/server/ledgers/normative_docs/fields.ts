// Fields of a normative document record (行政规范性文件台账): what the drafter registers, then what
// each step of the procedure records (workflow fields).
import type { FieldDef } from '../contract.ts';
import {
  ABANDON_REASONS,
  CLEAN_RESULTS,
  COMMENT_CHANNELS,
  DELIBERATION_RESULTS,
  DRAFTING_UNITS,
  FAIR_CONCLUSIONS,
  PUBLISH_CHANNELS,
  REVIEW_BODIES,
  REVIEW_CONCLUSIONS,
} from './labels.ts';

export const NORMATIVE_DOC_FIELDS: readonly FieldDef[] = [
  {
    name: 'title',
    label: '文件名称',
    type: 'text',
    max: 100,
    required: true,
    list: true,
    search: true,
    portal: true,
  },
  { name: 'orgId', label: '制定机关', type: 'org', required: true, list: true },
  { name: 'draftedOn', label: '起草日期', type: 'date', required: true, list: true },
  { name: 'draftingUnit', label: '起草单位', type: 'enum', options: DRAFTING_UNITS, required: true },
  { name: 'drafter', label: '起草人', type: 'text', max: 50 },
  {
    name: 'businessRelated',
    label: '涉及经营者经济活动',
    type: 'bool',
    help: '涉及市场准入和退出、产业发展、招商引资、政府采购、招标投标等经营者经济活动的，应当进行公平竞争审查',
  },
  { name: 'summary', label: '主要内容', type: 'textarea', max: 2000, search: true },
  // 征求意见
  { name: 'commentFrom', label: '征求意见开始日期', type: 'date', workflow: true },
  { name: 'commentUntil', label: '征求意见截止日期', type: 'date', workflow: true },
  { name: 'commentChannel', label: '征求意见方式', type: 'enum', options: COMMENT_CHANNELS, workflow: true },
  { name: 'commentShortReason', label: '征求意见期限较短的理由', type: 'textarea', max: 500, workflow: true },
  { name: 'commentCount', label: '收到意见（条）', type: 'int', workflow: true },
  { name: 'commentAdoption', label: '意见采纳情况', type: 'textarea', max: 2000, workflow: true },
  // 合法性审核
  { name: 'submittedOn', label: '送审日期', type: 'date', workflow: true },
  {
    name: 'reviewBody',
    label: '审核机构',
    type: 'enum',
    options: REVIEW_BODIES,
    workflow: true,
    help: '由法律顾问审核的，送审后在“法律顾问台账—审查任务”中新建任务（任务类别选“规范性文件合法性审核”）并关联本文件；顾问出具意见后，本文件的合法性审核环节自动完成',
  },
  {
    name: 'reviewConclusion',
    label: '合法性审核结论',
    type: 'enum',
    options: REVIEW_CONCLUSIONS,
    workflow: true,
  },
  { name: 'reviewOpinion', label: '合法性审核意见', type: 'textarea', max: 4000, workflow: true },
  { name: 'reviewedOn', label: '审核日期', type: 'date', workflow: true },
  { name: 'reviewer', label: '审核人', type: 'text', max: 50, workflow: true },
  // 公平竞争审查
  {
    name: 'fairConclusion',
    label: '公平竞争审查结论',
    type: 'enum',
    options: FAIR_CONCLUSIONS,
    workflow: true,
  },
  { name: 'fairOpinion', label: '公平竞争审查说明', type: 'textarea', max: 4000, workflow: true },
  { name: 'fairReviewedOn', label: '公平竞争审查日期', type: 'date', workflow: true },
  // 集体审议
  { name: 'meeting', label: '审议会议', type: 'text', max: 100, workflow: true },
  { name: 'deliberatedOn', label: '审议日期', type: 'date', workflow: true },
  {
    name: 'deliberationResult',
    label: '审议结果',
    type: 'enum',
    options: DELIBERATION_RESULTS,
    workflow: true,
  },
  // 统一登记、统一编号、统一印发
  { name: 'docPrefix', label: '发文机关代字', type: 'text', max: 20, workflow: true },
  { name: 'docYear', label: '文号年度', type: 'int', workflow: true },
  { name: 'docSeq', label: '文号序号', type: 'int', workflow: true },
  {
    name: 'docNumber',
    label: '文号',
    type: 'text',
    max: 50,
    workflow: true,
    list: true,
    search: true,
    portal: true,
  },
  { name: 'registeredOn', label: '登记印发日期', type: 'date', workflow: true },
  // 公布、有效期
  { name: 'publishedOn', label: '公布日期', type: 'date', workflow: true, list: true, portal: true },
  { name: 'publishChannel', label: '公布载体', type: 'enum', options: PUBLISH_CHANNELS, workflow: true },
  { name: 'effectiveOn', label: '施行日期', type: 'date', workflow: true, portal: true },
  { name: 'validUntil', label: '有效期至', type: 'date', workflow: true, list: true, portal: true },
  // 备案
  { name: 'filedOn', label: '报送备案日期', type: 'date', workflow: true },
  { name: 'filedWith', label: '备案机关', type: 'text', max: 50, workflow: true },
  { name: 'filingNo', label: '备案登记号', type: 'text', max: 50, workflow: true },
  // 清理
  { name: 'cleanedOn', label: '清理日期', type: 'date', workflow: true },
  {
    name: 'cleanResult',
    label: '清理结论',
    type: 'enum',
    options: CLEAN_RESULTS,
    workflow: true,
    portal: true,
  },
  { name: 'cleanReason', label: '清理理由', type: 'textarea', max: 2000, workflow: true },
  // 终止制定
  { name: 'abandonReason', label: '终止制定原因', type: 'enum', options: ABANDON_REASONS, workflow: true },
];
