// Chinese labels and options of the enforcement ledger (行政执法).
import type { FieldOption } from '../contract.ts';
import { FILE_REVIEW_GRADES } from './rules.ts';

/** 执法领域 of a certificate. */
export const FIELDS_OF_ENFORCEMENT: readonly FieldOption[] = [
  { value: 'comprehensive', label: '综合行政执法' },
  { value: 'market', label: '市场监管' },
  { value: 'natural_resources', label: '自然资源' },
  { value: 'environment', label: '生态环境' },
  { value: 'agriculture', label: '农业农村' },
  { value: 'health', label: '卫生健康' },
  { value: 'emergency', label: '应急管理' },
  { value: 'construction', label: '住房城乡建设' },
  { value: 'transport', label: '交通运输' },
  { value: 'culture', label: '文化旅游' },
  { value: 'other', label: '其他' },
];

/** How the township holds the power (法定 by law, 赋权 by the province's 赋权清单, 委托 by a department). */
export const ITEM_SOURCES: readonly FieldOption[] = [
  { value: 'statutory', label: '法定' },
  { value: 'delegated', label: '赋权' },
  { value: 'entrusted', label: '委托' },
];

export const ITEM_CATEGORIES: readonly FieldOption[] = [
  { value: 'penalty', label: '行政处罚' },
  { value: 'coercion', label: '行政强制' },
  { value: 'inspection', label: '行政检查' },
  { value: 'licensing', label: '行政许可' },
  { value: 'levy', label: '行政征收' },
  { value: 'confirmation', label: '行政确认' },
  { value: 'other', label: '其他行政权力' },
];

export const EQUIPMENT_KINDS: readonly FieldOption[] = [
  { value: 'recorder', label: '执法记录仪' },
  { value: 'terminal', label: '移动执法终端' },
  { value: 'vehicle', label: '执法车辆' },
  { value: 'detector', label: '快速检测设备' },
  { value: 'camera', label: '照相摄像设备' },
  { value: 'other', label: '其他执法装备' },
];

export const PARTY_TYPES: readonly FieldOption[] = [
  { value: 'person', label: '自然人' },
  { value: 'business', label: '个体工商户' },
  { value: 'entity', label: '法人或其他组织' },
];

export const CASE_SOURCES: readonly FieldOption[] = [
  { value: 'inspection', label: '监督检查发现' },
  { value: 'complaint', label: '投诉举报' },
  { value: 'referral', label: '上级交办、部门移送' },
  { value: 'other', label: '其他途径' },
];

/** 第9条 kinds of penalty, and the two outcomes without one (第33条, 第57条第一款第（二）（三）项). */
export const OUTCOMES: readonly FieldOption[] = [
  { value: 'first_offense', label: '首违不罚' },
  { value: 'no_penalty', label: '不予处罚' },
  { value: 'warning', label: '警告、通报批评' },
  { value: 'fine', label: '罚款' },
  { value: 'confiscation', label: '没收违法所得、没收非法财物' },
  { value: 'suspension', label: '责令停产停业、责令关闭、限制从业' },
  { value: 'revocation', label: '暂扣、吊销许可证件或降低资质等级' },
];

/** Outcomes that are 行政处罚 decisions (published within 7 working days); the others within 20. */
export const PENALTY_OUTCOMES = ['warning', 'fine', 'confiscation', 'suspension', 'revocation'];
/** Outcomes whose execution must be recorded before the case is closed. */
export const EXECUTED_OUTCOMES = ['fine', 'confiscation', 'suspension', 'revocation'];

export const REVIEW_OPINIONS: readonly FieldOption[] = [
  { value: 'approve', label: '同意' },
  { value: 'approve_modified', label: '修改后同意' },
  { value: 'reject', label: '不同意' },
];

export const SERVICE_METHODS: readonly FieldOption[] = [
  { value: 'direct', label: '直接送达' },
  { value: 'left', label: '留置送达' },
  { value: 'mail', label: '邮寄送达' },
  { value: 'electronic', label: '电子送达' },
  { value: 'entrusted', label: '委托送达' },
  { value: 'public', label: '公告送达' },
];

export const EXECUTION_WAYS: readonly FieldOption[] = [
  { value: 'voluntary', label: '自觉履行' },
  { value: 'installment', label: '延期或分期缴纳' },
  { value: 'enforced', label: '申请人民法院强制执行' },
  { value: 'not_needed', label: '无需执行' },
];

export const TERMINATION_REASONS: readonly FieldOption[] = [
  { value: 'not_established', label: '违法事实不能成立' },
  { value: 'transferred', label: '涉嫌犯罪移送司法机关' },
  { value: 'no_jurisdiction', label: '不属于本机关管辖，已移送' },
  { value: 'party_gone', label: '当事人死亡或终止，无权利义务承受人' },
];

export const EXEMPT_REASONS: readonly FieldOption[] = [
  { value: 'state_secret', label: '涉及国家秘密' },
  { value: 'business_secret', label: '涉及商业秘密' },
  { value: 'privacy', label: '涉及个人隐私' },
  { value: 'security', label: '可能危及国家安全、公共安全、经济安全、社会稳定' },
  { value: 'other_law', label: '法律、行政法规规定不予公开的其他情形' },
];

export const FILE_GRADES: readonly FieldOption[] = FILE_REVIEW_GRADES.map((g) => ({
  value: g.value,
  label: g.label,
}));

export const INSPECTION_KINDS: readonly FieldOption[] = [
  { value: 'routine', label: '日常检查' },
  { value: 'random', label: '“双随机、一公开”抽查' },
  { value: 'special', label: '专项检查' },
  { value: 'complaint', label: '投诉举报核查' },
];

export const INSPECTION_RESULTS: readonly FieldOption[] = [
  { value: 'ok', label: '未发现问题' },
  { value: 'rectify', label: '责令限期整改' },
  { value: 'case', label: '移交立案查处' },
];

export const CASE_STATES = [
  { id: 'filed', label: '已立案' },
  { id: 'investigating', label: '调查取证' },
  { id: 'notified', label: '已告知' },
  { id: 'reviewed', label: '已法制审核' },
  { id: 'discussed', label: '已集体讨论' },
  { id: 'decided', label: '已决定' },
  { id: 'served', label: '已送达' },
  { id: 'executed', label: '已执行' },
  { id: 'closed', label: '已结案' },
  { id: 'archived', label: '已归档', final: true },
  { id: 'terminated', label: '已终止（撤销立案）', final: true },
] as const;

export const OFFICER_STATES = [
  { id: 'active', label: '持证在岗' },
  { id: 'revoked', label: '已注销', final: true },
] as const;

export const ITEM_STATES = [
  { id: 'active', label: '有效' },
  { id: 'cancelled', label: '已取消', final: true },
] as const;

export const EQUIPMENT_STATES = [
  { id: 'in_use', label: '在用' },
  { id: 'retired', label: '已报废', final: true },
] as const;

export const INSPECTION_STATES = [
  { id: 'recorded', label: '已检查' },
  { id: 'closed', label: '已办结', final: true },
] as const;

export const ENFORCEMENT_MESSAGES = {
  certificateHint: (certNo: string, validUntil: string) => `执法证号 ${certNo}，有效期至 ${validUntil}`,
  needTwoOfficers: '执法人员不得少于两人，请在案件中登记两名承办执法人员',
  sameOfficer: '两名承办执法人员不能为同一人',
  officerNoCertificate: (name: string, on: string) =>
    `执法人员“${name}”在 ${on} 没有有效的行政执法证件，不能实施行政执法`,
  needEvidence: '调查取证应当附证据材料（笔录、照片、音像记录等），请上传后再办理',
  needAttachment: '请上传证据材料',
  hearingNotAvailable: '拟作出的处罚不属于听证范围，或告知时未告知听证权利',
  hearingRequestLate: (due: string) => `当事人应当在告知后五个工作日内（${due} 前）提出听证要求，已逾期`,
  hearingRequestBeforeNotice: '听证申请日期不能早于告知日期',
  hearingWindowOpen: (due: string) => `当事人提出听证要求的期限至 ${due} 届满，期限届满前不能作出决定`,
  hearingNotRequested: '当事人未提出听证要求，无需举行听证',
  hearingNoticeLate: (earliest: string) =>
    `应当在举行听证的七个工作日前通知当事人，按通知日期最早可于 ${earliest} 举行听证`,
  hearingBeforeNotice: '听证通知日期不能早于告知日期',
  hearingNotHeld: '当事人已要求听证，应当在听证结束后依据听证笔录作出决定',
  reviewRequired: '重大执法决定应当在作出决定前经法制审核，未经法制审核或者审核未通过的，不得作出决定',
  reviewRejected: '法制审核意见为“不同意”，不能作出决定',
  collectiveRequired: '对情节复杂或者重大违法行为给予行政处罚，应当由行政机关负责人集体讨论决定',
  collectiveNotMajor: '集体讨论用于重大执法决定或情节复杂的案件，请先登记为重大执法决定',
  decisionLate: (due: string) => `办案期限已于 ${due} 届满，未经批准延长的不能再作出处罚决定；可依法终止调查`,
  extensionTwice: '办案期限只能经批准延长一次',
  extensionLate: (due: string) => `办案期限已于 ${due} 届满，延长应当在期限届满前报批`,
  extensionNeedsApproval: '延长办案期限应当经行政机关负责人批准，请填写批准人和延长理由',
  fineRequired: '罚款决定应当填写罚款金额',
  confiscationRequired: '没收决定应当填写没收违法所得或非法财物的金额（价值）',
  noPenaltyWithAmount: '不予处罚（含首违不罚）的决定不能有罚款或没收金额',
  firstOffenseConditions: '首违不罚应当同时符合初次违法、危害后果轻微、及时改正三项条件，请逐项确认',
  needExecution: '罚款、没收、责令停产停业、吊销许可证件等决定应当执行完毕后才能结案',
  executeNotNeeded: '该决定无需执行，可直接结案',
  serviceBeforeDecision: '送达日期不能早于决定日期',
  alreadyDisclosed: '该决定已公开或已登记不予公开',
  notPublished: '该决定尚未公开，无需撤回',
  alreadyWithdrawn: '该决定的公开信息已撤回',
  alreadyOverturned: '该决定被变更、撤销或确认违法、无效的情况已登记',
  overturnDate: (published: string) =>
    `决定被变更、撤销或确认违法、无效的日期应在公开之日（${published}）之后，且不晚于今天`,
  notDecided: '尚未作出决定，无需公开',
  exemptNeedsReason: '不予公开的，应当记录不予公开的理由',
  publishNeedsPlace: '请填写公开的平台或网址',
  reviewScoreRange: '案卷评查得分应为0至100分',
  alreadyReviewed: '该案卷已评查',
  renewEarlier: '新证件有效期应晚于原有效期',
  certificateExpired: (date: string) => `执法证已于 ${date} 到期`,
  certificateExpiring: (date: string) => `执法证将于 ${date} 到期，请及时换证`,
  inspectionOverCap: (name: string, year: number, n: number, cap: number) =>
    `涉企检查频次超限：${name} ${year}年已被检查 ${n} 次（上限 ${cap} 次）`,
  rectifyNotRequired: '检查结果不是“责令限期整改”，无需整改复查',
} as const;
