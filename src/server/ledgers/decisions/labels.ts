// Chinese labels, options and messages of the decisions ledger (重大行政决策).
import type { FieldOption } from '../contract.ts';
import { COMMENT_PERIOD, REVIEW_PERIOD } from './rules.ts';

/** 《重大行政决策程序暂行条例》第三条第一款 (一)–(五). */
export const CATEGORIES: readonly FieldOption[] = [
  { value: 'policy', label: '重大公共政策和措施' },
  { value: 'plan', label: '经济和社会发展等方面的重要规划' },
  { value: 'resources', label: '重要自然资源和文化资源的开发利用与保护' },
  { value: 'project', label: '重大公共建设项目' },
  { value: 'other', label: '其他对经济社会发展有重大影响的事项' },
];

export const RISK_LEVELS: readonly FieldOption[] = [
  { value: 'controllable', label: '风险可控' },
  { value: 'mitigated', label: '采取措施后风险可控' },
  { value: 'uncontrollable', label: '风险不可控' },
];

/** The conclusion of the 合法性审查 (shared with the advisor ledger's review tasks). */
export const REVIEW_CONCLUSIONS: readonly FieldOption[] = [
  { value: 'lawful', label: '合法' },
  { value: 'amend', label: '修改后合法' },
  { value: 'unlawful', label: '不合法' },
];

/** 第三十条: 决策机关常务会议或者全体会议; a township's 党政联席会议 where it decides so. */
export const MEETINGS: readonly FieldOption[] = [
  { value: 'executive', label: '政府常务会议（镇长、乡长、主任办公会议）' },
  { value: 'plenary', label: '政府全体会议' },
  { value: 'joint', label: '党政联席会议' },
];

export const CHANNELS: readonly FieldOption[] = [
  { value: 'portal', label: '政府网站（公开门户）' },
  { value: 'letter', label: '信函' },
  { value: 'email', label: '电子邮件' },
  { value: 'visit', label: '来访' },
  { value: 'meeting', label: '座谈会、听证会' },
];

export const REJECT_REASONS: readonly FieldOption[] = [
  { value: 'off_topic', label: '与征求意见的决策事项无关' },
  { value: 'abusive', label: '含有侮辱、诽谤等违法信息' },
  { value: 'duplicate', label: '重复提交' },
  { value: 'late', label: '超过征求意见期限' },
];

export const ADOPTION: readonly FieldOption[] = [
  { value: 'adopted', label: '采纳' },
  { value: 'partial', label: '部分采纳' },
  { value: 'not_adopted', label: '未采纳' },
];

export const DECISION_STATES = [
  { id: 'drafting', label: '草案拟订' },
  { id: 'consulting', label: '公开征求意见中' },
  { id: 'reviewing', label: '合法性审查中' },
  { id: 'reviewed', label: '合法性审查完毕' },
  { id: 'decided', label: '已集体讨论决定' },
  { id: 'implementing', label: '已公布执行' },
  { id: 'evaluated', label: '已完成决策后评估', final: true },
  { id: 'terminated', label: '已终止', final: true },
] as const;

export const CATALOGUE_STATES = [
  { id: 'draft', label: '编制中' },
  { id: 'approved', label: '已经党委同意' },
  { id: 'published', label: '已公布' },
] as const;

export const COMMENT_STATES = [
  { id: 'received', label: '待审核' },
  { id: 'accepted', label: '已受理' },
  { id: 'replied', label: '已答复采纳情况' },
  { id: 'published', label: '采纳情况已公开', final: true },
  { id: 'rejected', label: '不予受理', final: true },
] as const;

export const DECISION_MESSAGES = {
  commentTooShort: (days: number) =>
    `公开征求意见的期限一般不少于${COMMENT_PERIOD.days}日（本次为${days}日）；因情况紧急等原因需要缩短期限的，应当说明理由`,
  commentNotOver: (until: string) => `公开征求意见期限至${until}届满，期限届满前不得结束征求意见`,
  needParticipationSummary: '请填写公众参与情况（收到意见数量、主要意见及处理情况）',
  needParticipationReason: '不开展公众参与的，应当记录依法不予公开等法定理由',
  alreadyParticipated: '该决策事项已公开征求意见，不能再记为未开展公众参与',
  needExpertOpinion: '请填写参加论证的专家、专业机构及论证意见',
  needExpertReason: '不组织专家论证的，应当记录理由（如不属于专业性、技术性较强的决策事项）',
  needRiskReason:
    '不开展风险评估的，应当记录理由（如不会对社会稳定、公共安全等造成不利影响，或者已按有关规定评估）',
  noParticipation: '尚未开展公众参与，也未记录不开展的法定理由，不得送请合法性审查',
  noExpert: '尚未组织专家论证，也未记录不论证的理由，不得送请合法性审查',
  noRisk: '尚未开展风险评估，也未记录不评估的理由，不得送请合法性审查',
  reviewTooShort: (days: number) =>
    `送请合法性审查应当保证必要的审查时间，一般不少于${REVIEW_PERIOD.days}个工作日（本次为${days}个工作日）；缩短的应当说明理由`,
  needReviewOpinion: '请填写合法性审查意见',
  notReviewed: '决策草案未经合法性审查的，不得提交决策机关讨论',
  unlawful: '决策草案经合法性审查不合法的，不得提交决策机关讨论，请修改后重新送审',
  riskUncontrollable: '风险评估结论为风险不可控的，应当采取调整决策草案等措施确保风险可控后，方可作出决策',
  needMinutes: '集体讨论决定情况应当如实记录，不同意见应当如实载明，请填写讨论决定情况',
  needPublishReason: '不予公开的，应当记录依法不予公开的理由',
  needEvaluation: '请填写决策后评估的结论',
  needTermination: '请填写终止决策程序的理由',
  beforeStart: '日期不能早于决策启动日期',
  beforeSent: '审查日期不能早于送审日期',
  beforeReview: '决定日期不能早于合法性审查日期',
  beforeDecision: '日期不能早于决定日期',
  beforeCompiled: '日期不能早于目录编制日期',
  beforeApproval: '公布日期不能早于党委同意日期',
  catalogueNotApproved: '决策事项目录应当经同级党委同意后向社会公布，该目录尚未报经党委同意',
  decisionUnknown: '所涉决策事项不存在或不在本机关管辖范围内',
  noCommentPeriod: '所涉决策事项未公开征求意见，不能受理公众意见',
  outsidePeriod: (from: string, until: string) => `该意见不在公开征求意见期限（${from}至${until}）内提出`,
  needRejectReason: '不予受理的，应当选择原因并说明理由',
  needReply: '请填写采纳情况说明',
  replyBeforeDecision: '公众意见的采纳情况应当在决策作出后随决策一并公布，该决策事项尚未作出决定',
} as const;
