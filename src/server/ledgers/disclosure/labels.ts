// Chinese labels and options of the disclosure ledger (政务公开): the request's answer types and
// reasons exactly as the national annual-report table lists them (《中华人民共和国政府信息公开工作
// 年度报告格式》，国办公开办函〔2021〕30号), the catalogue's classifications and headings.
import type { FieldOption } from '../contract.ts';

/** The columns of the annual report's request table: 自然人, then 法人或其他组织 by kind. */
export const APPLICANT_TYPES: readonly FieldOption[] = [
  { value: 'natural', label: '自然人' },
  { value: 'commercial', label: '商业企业' },
  { value: 'research', label: '科研机构' },
  { value: 'welfare', label: '社会公益组织' },
  { value: 'legal_service', label: '法律服务机构' },
  { value: 'other_org', label: '其他组织' },
];

/** 《条例》第三十一条: how the request came, which fixes the day it counts as received. */
export const CHANNELS: readonly FieldOption[] = [
  { value: 'in_person', label: '当面提交' },
  { value: 'post', label: '邮寄、快递' },
  { value: 'online', label: '互联网渠道' },
  { value: 'fax', label: '传真' },
];

/** The applicant's identity document (a natural person's; an organisation's representative's). */
export const ID_TYPES: readonly FieldOption[] = [
  { value: 'resident_id', label: '居民身份证' },
  { value: 'passport', label: '护照' },
  { value: 'hk_macao', label: '港澳居民来往内地通行证' },
  { value: 'taiwan', label: '台湾居民来往大陆通行证' },
  { value: 'foreign_pr', label: '外国人永久居留身份证' },
  { value: 'other', label: '其他有效身份证件' },
];

/** 第二十九条: the form in which the applicant asks to receive the information. */
export const DELIVERY_METHODS: readonly FieldOption[] = [
  { value: 'paper_post', label: '纸质文本（邮寄）' },
  { value: 'paper_pickup', label: '纸质文本（当面领取）' },
  { value: 'email', label: '电子邮件' },
  { value: 'disc', label: '光盘等电子介质（当面领取）' },
];

/** The sentence of 第三十一条 for each channel. */
export const RECEIPT_RULES: Record<string, string> = {
  in_person: '当面提交的，以提交之日为收到申请之日（第三十一条第一项）',
  post: '以邮寄、快递等方式提交的，以行政机关签收之日为收到申请之日（第三十一条第二项）',
  online: '通过互联网渠道提交的，以双方确认之日为收到申请之日（第三十一条第三项）',
  fax: '通过传真提交的，以双方确认之日为收到申请之日（第三十一条第三项）',
};

/** 办理结果 of the annual report (三、（一）至（六）). */
export const ANSWER_TYPES: readonly FieldOption[] = [
  { value: 'disclose', label: '予以公开' },
  { value: 'partial', label: '部分公开' },
  { value: 'withhold', label: '不予公开' },
  { value: 'unavailable', label: '无法提供' },
  { value: 'not_processed', label: '不予处理' },
  { value: 'other', label: '其他处理' },
];

/** The numbered reasons under 不予公开, 无法提供, 不予处理 and 其他处理, with their answer type. */
export const ANSWER_REASONS: readonly (FieldOption & { type: string })[] = [
  { type: 'withhold', value: 'state_secret', label: '属于国家秘密' },
  { type: 'withhold', value: 'law_prohibited', label: '其他法律行政法规禁止公开' },
  { type: 'withhold', value: 'three_safety', label: '危及“三安全一稳定”' },
  { type: 'withhold', value: 'third_party', label: '保护第三方合法权益' },
  { type: 'withhold', value: 'internal', label: '属于三类内部事务信息' },
  { type: 'withhold', value: 'process', label: '属于四类过程性信息' },
  { type: 'withhold', value: 'enforcement_file', label: '属于行政执法案卷' },
  { type: 'withhold', value: 'inquiry', label: '属于行政查询事项' },
  { type: 'unavailable', value: 'not_held', label: '本机关不掌握相关政府信息' },
  { type: 'unavailable', value: 'need_create', label: '没有现成信息需要另行制作' },
  { type: 'unavailable', value: 'unclear', label: '补正后申请内容仍不明确' },
  { type: 'not_processed', value: 'petition', label: '信访举报投诉类申请' },
  { type: 'not_processed', value: 'repeat', label: '重复申请' },
  { type: 'not_processed', value: 'publication', label: '要求提供公开出版物' },
  { type: 'not_processed', value: 'mass', label: '无正当理由大量反复申请' },
  { type: 'not_processed', value: 'confirm', label: '要求行政机关确认或重新出具已获取信息' },
  {
    type: 'other',
    value: 'no_supplement',
    label: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  },
  {
    type: 'other',
    value: 'fee_unpaid',
    label: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  },
  { type: 'other', value: 'other', label: '其他' },
];

export const CONSULT_PARTIES: readonly FieldOption[] = [
  { value: 'third_party', label: '第三方' },
  { value: 'agency', label: '其他机关' },
];

export const CONSULT_OPINIONS: readonly FieldOption[] = [
  { value: 'agree', label: '同意公开' },
  { value: 'object', label: '不同意公开' },
  { value: 'none', label: '逾期未提出意见' },
];

/**
 * The catalogue's headings: what a 乡（镇）人民政府 discloses besides 第二十条 (《条例》第二十一条),
 * then the items of 第二十条 a township most often has.
 */
export const HEADINGS: readonly FieldOption[] = [
  { value: 'agri_policy', label: '贯彻落实农业农村政策' },
  { value: 'irrigation', label: '农田水利工程建设运营' },
  { value: 'land_transfer', label: '农村土地承包经营权流转' },
  { value: 'homestead', label: '宅基地使用情况审核' },
  { value: 'land_expropriation', label: '土地征收' },
  { value: 'house_expropriation', label: '房屋征收' },
  { value: 'fundraising', label: '筹资筹劳' },
  { value: 'social_assistance', label: '社会救助' },
  { value: 'normative', label: '行政规范性文件' },
  { value: 'functions', label: '机构职能' },
  { value: 'budget', label: '财政预算、决算' },
  { value: 'enforcement', label: '行政执法' },
  { value: 'other', label: '其他' },
];

/** 主题分类 as government portals' catalogues list it. */
export const TOPICS: readonly FieldOption[] = [
  { value: 'general', label: '综合政务' },
  { value: 'finance', label: '财政、金融、审计' },
  { value: 'land', label: '国土资源、能源' },
  { value: 'agriculture', label: '农业、林业、水利' },
  { value: 'market', label: '市场监管、安全生产监管' },
  { value: 'construction', label: '城乡建设、环境保护' },
  { value: 'education', label: '科技、教育' },
  { value: 'health', label: '卫生、体育' },
  { value: 'labour', label: '劳动、人事、监察' },
  { value: 'justice', label: '公安、安全、司法' },
  { value: 'civil', label: '民政、扶贫、救灾' },
  { value: 'other', label: '其他' },
];

/** 体裁分类: the 文种 of 《党政机关公文处理工作条例》 a township issues, and the usual others. */
export const GENRES: readonly FieldOption[] = [
  { value: 'decision', label: '决定' },
  { value: 'announcement', label: '公告' },
  { value: 'notice_public', label: '通告' },
  { value: 'opinion', label: '意见' },
  { value: 'notice', label: '通知' },
  { value: 'bulletin', label: '通报' },
  { value: 'report', label: '报告' },
  { value: 'reply', label: '批复' },
  { value: 'letter', label: '函' },
  { value: 'minutes', label: '纪要' },
  { value: 'plan', label: '规划、计划、方案' },
  { value: 'measures', label: '办法、规定、细则' },
  { value: 'publicity', label: '公示' },
  { value: 'other', label: '其他' },
];

export const VALIDITY: readonly FieldOption[] = [
  { value: 'valid', label: '有效' },
  { value: 'expired', label: '失效' },
  { value: 'repealed', label: '废止' },
];

export const REQUEST_STATES = [
  { id: 'received', label: '已收到申请' },
  { id: 'correcting', label: '待补正' },
  { id: 'processing', label: '办理中' },
  { id: 'consulting', label: '征求意见中' },
  { id: 'answered', label: '已办结', final: true },
] as const;

export const ITEM_STATES = [
  { id: 'draft', label: '待公开' },
  { id: 'published', label: '已公开' },
] as const;

export const DISCLOSURE_MESSAGES = {
  receivedBeforeSubmitted: '收到申请之日不能早于申请人提交之日',
  inPersonSameDay: '当面提交的，以提交之日为收到申请之日（第三十一条第一项）',
  correctionLate: (due: string) =>
    `补正告知应当自收到申请之日起7个工作日内一次性作出，本申请的告知期限已于 ${due} 届满`,
  correctionOnce: '补正只能一次性告知，本申请已告知过补正',
  correctionDueBeforeNotice: '补正期限应晚于告知补正之日',
  supplementBeforeNotice: '收到补正之日不能早于告知补正之日',
  supplementNotLapsed: (due: string) => `补正期限 ${due} 尚未届满，不能以逾期不补正为由不再处理`,
  consultReplyByNeeded: '征求其他机关意见的，请填写商请答复日期',
  consultReplyByOrder: '商请答复日期应晚于送达之日',
  consultServedBeforeReceipt: '征求意见书送达之日不能早于收到申请之日',
  replyBeforeServed: '收到意见之日不能早于征求意见书送达之日',
  replyDateNeeded: '请填写收到意见之日',
  extensionOnce: '答复期限只能延长一次（第三十三条第一款）',
  extensionLate: (due: string) =>
    `延长答复期限应当在答复期限届满前批准并告知申请人，本申请的答复期限已于 ${due} 届满`,
  reasonNeeded: (type: string) => `答复类型为“${type}”的，请选择具体情形`,
  reasonMismatch: (type: string) => `所选情形不属于“${type}”`,
  reasonNotAllowed: (type: string) => `答复类型为“${type}”的，不选择具体情形`,
  noSupplementViaClose: '逾期不补正的，请通过“逾期未补正，不再处理”办理',
  unclearNeedsCorrection: '“补正后申请内容仍不明确”只适用于已告知补正并收到补正的申请（第三十条）',
  summaryNeeded: '请说明不予公开的内容及理由（第三十六条、第三十七条）',
  feeNoteNeeded: '收取信息处理费的，请说明申请数量、频次明显超过合理范围的情形（第四十二条）',
  feeNotWithType: '只有提供政府信息的答复（予以公开、部分公开）才能收取信息处理费（第四十二条）',
  feeUnpaidNeedsFee: '“逾期未按收费通知要求缴纳费用”只适用于已决定收取信息处理费的申请',
  answeredBeforeReceipt: '答复日期不能早于收到申请之日',
  publishedBeforeWritten: '发布日期不能早于成文日期',
  correctionStop: (on: string) =>
    `${on} 已一次性告知申请人补正，答复期限自收到补正之日起重新计算（第三十条）`,
  restart: (on: string, received: string, notified: string) =>
    `收到申请之日 ${received}，${notified} 一次性告知补正；申请人于 ${on} 提交补正，答复期限自收到补正之日起重新计算（第三十条）`,
  pauseThirdParty: (party: string) => `征求第三方“${party}”意见（第三十二条）`,
  pauseThirdPartyPending: (party: string) =>
    `征求第三方“${party}”意见，尚未答复，暂计至第三方15个工作日答复期限届满（第三十二条）`,
  pauseAgency: (agency: string) => `征求${agency}意见（第三十三条第二款）`,
  pauseAgencyPending: (agency: string) =>
    `征求${agency}意见，尚未答复，暂计至商请答复日期（第三十三条第二款）`,
  extension: (approver: string, reason: string) => `经${approver}同意延长：${reason}（第三十三条第一款）`,
  itemStart: '自政府信息形成（成文）之日起计算（第二十六条）',
} as const;
