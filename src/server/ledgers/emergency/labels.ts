// Chinese labels, options and messages of the emergency ledger (突发事件应对).
import type { FieldOption } from '../contract.ts';

/** 《突发事件应急预案管理办法》（国办发〔2024〕5号）第二章: the kinds of plan a township keeps. */
export const PLAN_TYPES: readonly FieldOption[] = [
  { value: 'overall', label: '总体应急预案' },
  { value: 'special', label: '专项应急预案' },
  { value: 'department', label: '部门应急预案' },
  { value: 'grassroots', label: '基层单位应急预案' },
];

/** 《中华人民共和国突发事件应对法》第二条: the four categories of 突发事件. */
export const CATEGORIES: readonly FieldOption[] = [
  { value: 'natural', label: '自然灾害' },
  { value: 'accident', label: '事故灾难' },
  { value: 'health', label: '公共卫生事件' },
  { value: 'security', label: '社会安全事件' },
];

/** 《中华人民共和国突发事件应对法》第三条: 特别重大、重大、较大和一般四级. */
export const LEVELS: readonly FieldOption[] = [
  { value: 'especially_major', label: '特别重大' },
  { value: 'major', label: '重大' },
  { value: 'larger', label: '较大' },
  { value: 'general', label: '一般' },
];

export const DRILL_FORMS: readonly FieldOption[] = [
  { value: 'tabletop', label: '桌面推演' },
  { value: 'field', label: '实战演练' },
  { value: 'combined', label: '综合演练' },
];

/** 《突发事件应急预案管理办法》第三十五条: the situations in which a plan is revised. */
export const REVISION_REASONS: readonly FieldOption[] = [
  { value: 'law_changed', label: '有关法律、法规、规章、标准、上位预案中的有关规定发生重大变化' },
  { value: 'command_changed', label: '应急指挥机构及其职责发生重大调整' },
  { value: 'risk_changed', label: '面临的风险发生重大变化' },
  { value: 'resources_changed', label: '重要应急资源发生重大变化' },
  { value: 'lessons', label: '在突发事件实际应对和应急演练中发现问题需要作出重大调整' },
  { value: 'other', label: '应急预案制定单位认为应当修订的其他情况' },
];

/** 《突发事件应急预案管理办法》第三十六条: whether a revision touches the plan's key content. */
export const REVISION_SCOPES: readonly FieldOption[] = [
  { value: 'major', label: '涉及组织指挥体系与职责、处置程序、主要措施、分级标准等重要内容' },
  { value: 'minor', label: '仅涉及其他内容（简化程序）' },
];

export const EVALUATION_CONCLUSIONS: readonly FieldOption[] = [
  { value: 'valid', label: '继续适用' },
  { value: 'revise', label: '需要修订' },
];

export const PLAN_STATES = [
  { id: 'drafting', label: '起草中' },
  { id: 'submitted', label: '报送审批' },
  { id: 'approved', label: '已审批' },
  { id: 'published', label: '已印发' },
  { id: 'revising', label: '修订中' },
  { id: 'abolished', label: '已废止', final: true },
] as const;

export const DRILL_STATES = [{ id: 'recorded', label: '已登记' }] as const;

export const EVENT_STATES = [
  { id: 'responding', label: '应急处置中' },
  { id: 'ended', label: '应急响应已结束' },
  { id: 'evaluated', label: '已调查评估', final: true },
] as const;

export const EMERGENCY_MESSAGES = {
  needDraftText: '报送审批时应当附应急预案送审稿、征求意见情况和编制说明等材料，请上传',
  approvedBeforeDraft: '审批日期不能早于起草日期',
  dateAfterStep: '所填日期不能晚于办理日期',
  needReturnNote: '退回修改应当说明需要修改的内容',
  publishedBeforeApproval: '印发日期不能早于审批日期',
  filedBeforePublished: '备案日期不能早于印发日期',
  evaluatedBeforePublished: '评估日期不能早于印发日期',
  majorNeedsApproval:
    '修订涉及组织指挥体系与职责、应急处置程序、主要处置措施、突发事件分级标准等重要内容的，应当参照编制、审批程序办理，请填写审批机关（会议）和审批日期',
  revisedBeforePublished: '修订日期不能早于原印发日期',
  needFindings: '已开展演练评估的，请填写评估发现的问题',
  needLevel: '自然灾害、事故灾难、公共卫生事件应当确定事件级别（特别重大、重大、较大、一般）',
  badTime: '时间应为“时:分”格式（如 08:30）',
  reportedTwice: '该事件已报送首报信息',
  reportBeforeOccurrence: '报送时间不能早于事件发生时间',
  needLateReason: (limit: string) => `首报超过规定时限（${limit}），应当如实说明迟报原因`,
  needReport: '结束应急响应前应当已向上级报送突发事件信息',
  endedBeforeOccurrence: '响应结束日期不能早于事件发生日期',
  evaluatedBeforeEnd: '调查评估日期不能早于应急响应结束日期',
} as const;
