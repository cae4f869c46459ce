// Chinese labels, options and messages of the normative documents ledger (行政规范性文件).
import type { FieldOption } from '../contract.ts';

/** 起草单位: the township office that drafts the document. */
export const DRAFTING_UNITS: readonly FieldOption[] = [
  { value: 'office', label: '党政办公室' },
  { value: 'justice', label: '司法所' },
  { value: 'economy', label: '经济发展办公室' },
  { value: 'social', label: '社会事务办公室' },
  { value: 'planning', label: '规划建设办公室' },
  { value: 'safety', label: '平安法治办公室' },
  { value: 'agriculture', label: '农业农村办公室' },
  { value: 'enforcement', label: '综合行政执法大队' },
];

export const COMMENT_CHANNELS: readonly FieldOption[] = [
  { value: 'website', label: '政府网站' },
  { value: 'board', label: '政务公开栏' },
  { value: 'media', label: '政务新媒体' },
  { value: 'meeting', label: '座谈会、论证会' },
  { value: 'visit', label: '实地走访' },
];

/** 115号: the legality review is done by the 司法所 or the township's legal advisor (or both). */
export const REVIEW_BODIES: readonly FieldOption[] = [
  { value: 'justice', label: '司法所' },
  { value: 'advisor', label: '法律顾问' },
  { value: 'joint', label: '司法所会同法律顾问' },
];

/** The legality review's conclusion (合法性审核意见书). */
export const REVIEW_CONCLUSIONS: readonly FieldOption[] = [
  { value: 'lawful', label: '合法' },
  { value: 'lawful_if_amended', label: '修改后合法' },
  { value: 'unlawful', label: '不合法' },
];

/** 《公平竞争审查条例》第十七条: the review's conclusion; 第十二条: the exceptions. */
export const FAIR_CONCLUSIONS: readonly FieldOption[] = [
  { value: 'compliant', label: '符合公平竞争审查标准' },
  { value: 'exception', label: '具有排除、限制竞争效果，但符合第十二条规定的情形' },
  { value: 'noncompliant', label: '违反审查标准，不得出台' },
];

export const DELIBERATION_RESULTS: readonly FieldOption[] = [
  { value: 'approved', label: '审议通过' },
  { value: 'approved_amended', label: '原则通过，按审议意见修改后印发' },
];

export const PUBLISH_CHANNELS: readonly FieldOption[] = [
  { value: 'website', label: '政府网站' },
  { value: 'board', label: '政务公开栏' },
  { value: 'media', label: '政务新媒体' },
  { value: 'gazette', label: '政府公报' },
];

/** 清理 results that keep the document in force; 废止 is its own step (it ends the document). */
export const CLEAN_RESULTS: readonly FieldOption[] = [
  { value: 'continue', label: '继续有效' },
  { value: 'amend', label: '修改' },
  { value: 'repeal', label: '废止' },
];

export const ABANDON_REASONS: readonly FieldOption[] = [
  { value: 'not_needed', label: '经评估无需制定' },
  { value: 'superseded', label: '上位法或上级文件已作规定' },
  { value: 'unlawful', label: '经合法性审核不合法且无法修改' },
  { value: 'not_approved', label: '集体审议未通过' },
];

export const STATES = [
  { id: 'drafting', label: '起草中' },
  { id: 'soliciting', label: '征求意见中' },
  { id: 'under_review', label: '合法性审核中' },
  { id: 'reviewed', label: '已出具审核意见' },
  { id: 'deliberated', label: '已集体审议' },
  { id: 'registered', label: '已统一登记编号' },
  { id: 'published', label: '已公布（待备案）' },
  { id: 'filed', label: '已备案（有效）' },
  { id: 'repealed', label: '已废止', final: true },
  { id: 'expired', label: '已失效', final: true },
  { id: 'abandoned', label: '已终止制定', final: true },
] as const;

export const NORMATIVE_MESSAGES = {
  commentEnd: '征求意见截止日期应当晚于开始日期',
  commentBeforeDraft: '征求意见开始日期不能早于起草日期',
  commentTooShort: (min: number, until: string) =>
    `公开征求意见的期限一般不少于${min}个工作日（按此计算截止日期不早于${until}）；期限较短的，请说明理由`,
  commentNotOver: (until: string) => `征求意见期限至${until}届满，期限届满前不能结束征求意见`,
  reviewBeforeDraft: '审核日期不能早于起草日期',
  reviewBeforeSubmit: (on: string) => `审核日期不能早于送审日期（${on}）`,
  reviewAfterStep: '审核日期不能晚于办理日期',
  needReview: '未经合法性审核的行政规范性文件，不得提交集体审议，不得公布',
  unlawful: '经合法性审核不合法的行政规范性文件，不得提交集体审议，不得公布；请修改后重新送审',
  amendedNeedsOpinion: '审核结论为“修改后合法”或“不合法”的，应当在审核意见中写明修改意见或不合法的理由',
  notBusiness: '本文件未标记为涉及经营者经济活动，无需进行公平竞争审查；如涉及，请先修改记录',
  needFairReview: '本文件涉及经营者经济活动，未经公平竞争审查的，不得出台（不得提交集体审议、不得公布）',
  fairNoncompliant: '经公平竞争审查认为违反审查标准且不符合例外情形的，不得出台',
  exceptionNeedsOpinion: '适用第十二条例外情形的，应当在审查结论中详细说明',
  deliberationBeforeReview: '集体审议日期不能早于合法性审核日期',
  needDeliberation: '未经集体审议决定的行政规范性文件，不得统一编号印发，不得公布',
  needRegistration: '行政规范性文件应当由制定机关统一登记、统一编号、统一印发后公布',
  numberYear: (year: number) => `文号年度应当为登记印发的年度（${year}年）`,
  numberTaken: (docNumber: string, title: string, next: number) =>
    `文号“${docNumber}”已由本机关规范性文件《${title}》使用，同一制定机关同一年度的规范性文件编号不得重复。下一个可用编号为第${next}号`,
  effectiveBeforePublished: '施行日期不能早于公布日期',
  validUntilBeforeEffective: '有效期截止日期应当晚于施行日期',
  publishedBeforeRegistered: '公布日期不能早于统一登记编号日期',
  filedBeforePublished: '报送备案日期不能早于公布日期',
  validUntilBeforeClean: '继续有效的，新的有效期截止日期应当晚于清理日期',
  cleanReason: '清理结论为“修改”或“废止”的，应当说明理由',
  cleanRepealHere: '清理结论为“废止”的，请办理“清理：废止”',
  cleanBeforePublished: '清理日期不能早于公布日期',
  notExpired: (until: string) => `有效期至${until}，尚未届满`,
  abandonReason: '请选择终止制定的原因',
} as const;
