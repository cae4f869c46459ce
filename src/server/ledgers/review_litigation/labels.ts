// Chinese labels and options of the reconsideration and litigation ledger (复议应诉).
import type { FieldOption } from '../contract.ts';

/** The proceeding the township answers in: as 被申请人 (行政复议) or as 被告 (行政诉讼, by instance). */
export const CASE_TYPES: readonly FieldOption[] = [
  { value: 'reconsideration', label: '行政复议' },
  { value: 'first', label: '行政诉讼一审' },
  { value: 'second', label: '行政诉讼二审' },
  { value: 'retrial', label: '行政诉讼再审' },
];

export const LITIGATION_TYPES = ['first', 'second', 'retrial'] as const;

/** The two columns of the 政府信息公开工作年度报告 tables (国办公开办函〔2021〕30号). */
export const CLAIMANT_KINDS: readonly FieldOption[] = [
  { value: 'natural', label: '自然人' },
  { value: 'organisation', label: '法人或其他组织' },
];

export const ACT_CATEGORIES: readonly FieldOption[] = [
  { value: 'penalty', label: '行政处罚' },
  { value: 'coercion', label: '行政强制' },
  { value: 'licence', label: '行政许可' },
  { value: 'confirmation', label: '行政确认（确权）' },
  { value: 'expropriation', label: '征收征用及补偿' },
  { value: 'disclosure', label: '政府信息公开' },
  { value: 'inaction', label: '不履行法定职责' },
  { value: 'agreement', label: '行政协议' },
  { value: 'other', label: '其他行政行为' },
];

/**
 * 《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》第八条: the reasons for which a
 * 负责人 “不能出庭”.
 */
export const ABSENCE_REASONS: readonly FieldOption[] = [
  { value: 'force_majeure', label: '不可抗力' },
  { value: 'accident', label: '意外事件' },
  { value: 'duty', label: '需要履行他人不能代替的公务' },
  { value: 'other', label: '无法出庭的其他正当事由' },
];

/** How a result counts: upheld (维持), corrected (纠错; 败诉 in a lawsuit), or other (调解、撤回 …). */
export type ResultClass = 'upheld' | 'corrected' | 'other';

type Outcome = FieldOption & { result: ResultClass };
/** Options as the manifest serves them: value and label only. */
const optionsOf = (xs: readonly Outcome[]): readonly FieldOption[] =>
  xs.map(({ value, label }) => ({ value, label }));

/** 行政复议决定: 《中华人民共和国行政复议法》（2023年修订）第三十三条、第四十一条、第六十三条至第七十四条. */
const REVIEW_RESULTS: readonly Outcome[] = [
  { value: 'uphold', label: '维持', result: 'upheld' },
  { value: 'reject', label: '驳回行政复议请求', result: 'upheld' },
  { value: 'revoke', label: '撤销或者部分撤销', result: 'corrected' },
  { value: 'vary', label: '变更', result: 'corrected' },
  { value: 'illegal', label: '确认违法', result: 'corrected' },
  { value: 'perform', label: '责令履行', result: 'corrected' },
  { value: 'void', label: '确认无效', result: 'corrected' },
  { value: 'mediation', label: '调解结案', result: 'other' },
  { value: 'settlement', label: '和解后撤回申请，终止审理', result: 'other' },
  { value: 'terminated', label: '终止行政复议', result: 'other' },
  { value: 'dismissed', label: '驳回申请（不符合受理条件）', result: 'other' },
];

/**
 * 裁判结果, as it bears on the challenged act: 《中华人民共和国行政诉讼法》第六十条、第六十二条、
 * 第六十九条至第七十八条, 第八十九条 (二审), and the interpretation's 裁定驳回起诉.
 */
const COURT_RESULTS: readonly Outcome[] = [
  { value: 'reject_claim', label: '判决驳回诉讼请求', result: 'upheld' },
  { value: 'revoke', label: '判决撤销或者部分撤销', result: 'corrected' },
  { value: 'perform', label: '判决履行法定职责', result: 'corrected' },
  { value: 'pay', label: '判决履行给付义务', result: 'corrected' },
  { value: 'illegal', label: '判决确认违法', result: 'corrected' },
  { value: 'void', label: '判决确认无效', result: 'corrected' },
  { value: 'vary', label: '判决变更', result: 'corrected' },
  { value: 'agreement', label: '判决继续履行行政协议、采取补救措施或者赔偿', result: 'corrected' },
  { value: 'mediation', label: '调解结案', result: 'other' },
  { value: 'withdrawn', label: '裁定准许撤诉', result: 'other' },
  { value: 'dismissed', label: '裁定驳回起诉', result: 'other' },
  { value: 'remanded', label: '裁定发回重审', result: 'other' },
];

export const REVIEW_OUTCOMES = optionsOf(REVIEW_RESULTS);
export const COURT_OUTCOMES = optionsOf(COURT_RESULTS);

/** How a 行政复议决定 counts (维持 / 纠错 / 其他). */
export const reviewResult = (v: unknown): ResultClass | undefined =>
  REVIEW_RESULTS.find((o) => o.value === v)?.result;
/** How a 裁判结果 counts (维持 / 败诉 / 其他). */
export const courtResult = (v: unknown): ResultClass | undefined =>
  COURT_RESULTS.find((o) => o.value === v)?.result;

/** The court outcomes that are a loss (败诉) of the township. */
export const LOSSES: readonly string[] = COURT_RESULTS.filter((o) => o.result === 'corrected').map(
  (o) => o.value,
);

export const STATES = [
  { id: 'received', label: '已收案，待答复（答辩）' },
  { id: 'answered', label: '已答复（答辩）' },
  { id: 'closed', label: '已审结', final: true },
] as const;

export const REVIEW_MESSAGES = {
  answerBeforeReceipt: '提交答复（答辩）的日期不能早于收到申请书（起诉状）副本的日期',
  hearingBeforeReceipt: '开庭（听证）日期不能早于收到申请书（起诉状）副本的日期',
  hearingAfterStep: '开庭（听证）日期不能晚于办理日期',
  leaderIdentity: (what: string) => `负责人${what}的，应当载明其姓名和职务，请填写出庭负责人的姓名和职务`,
  absence: (what: string, who: string) =>
    `负责人不能${what}的，应当说明理由并委托相应的工作人员${who}，请选择未出庭理由并填写委托的工作人员`,
  needReviewOutcome: '行政复议案件审结应当记录行政复议决定',
  needCourtOutcome: '行政诉讼案件审结应当记录人民法院的裁判结果',
  wrongOutcome: '行政复议案件应当记录行政复议决定，行政诉讼案件应当记录裁判结果，不能同时记录两者',
  remandFirst: '发回重审只适用于二审、再审案件',
  decidedBeforeReceipt: '决定（裁判）日期不能早于收到申请书（起诉状）副本的日期',
  decidedBeforeHearing: '决定（裁判）日期不能早于开庭（听证）日期',
  decidedAfterStep: '决定（裁判）日期不能晚于办理日期',
  needCorrection: '行政行为被撤销、变更、确认违法或者无效、责令履行的，应当说明纠错整改和履行情况',
  claimantName: '申请人（原告）为自然人的，请填写其姓名',
  claimantOrg: '申请人（原告）为法人或其他组织的，请填写其名称',
  lateAlert: '逾期答复（答辩）',
} as const;
