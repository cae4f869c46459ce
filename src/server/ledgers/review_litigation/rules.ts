// Statutory numbers of the reconsideration and litigation ledger (复议应诉), as configurable data
// with their sources. A deployment whose practice differs changes them here.

/**
 * 《中华人民共和国行政复议法》（2023年修订）第四十八条：被申请人应当自收到申请书副本或者申请笔录
 * 复印件之日起十日内，提出书面答复，并提交作出行政行为的证据、依据和其他有关材料。第八十八条第二款：
 * 本法关于行政复议期间有关“三日”“五日”“七日”“十日”的规定是指工作日，不含法定休假日。
 */
export const REPLY_PERIOD = {
  days: 10,
  unit: 'working' as const,
  basis: '《中华人民共和国行政复议法》第四十八条、第八十八条',
  warnDays: 3,
};

/** 同法第五十四条：适用简易程序的，被申请人应当自收到副本之日起五日内提出书面答复（工作日，第八十八条）. */
export const SIMPLE_REPLY_PERIOD = {
  days: 5,
  unit: 'working' as const,
  basis: '《中华人民共和国行政复议法》第五十四条、第八十八条',
  warnDays: 2,
};

/**
 * 《中华人民共和国行政诉讼法》第六十七条第一款：被告应当在收到起诉状副本之日起十五日内向人民法院
 * 提交作出行政行为的证据和所依据的规范性文件，并提出答辩状。Calendar days; a period whose last day is
 * a holiday ends on the next working day (第一百零一条 applying 民事诉讼法's rules on periods).
 * The law sets no such period for the appellee of an appeal or a retrial, so no clock runs there.
 */
export const DEFENCE_PERIOD = {
  days: 15,
  unit: 'calendar' as const,
  basis: '《中华人民共和国行政诉讼法》第六十七条',
  warnDays: 3,
};

const SPC_APPEARANCE = '《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》';

export const BASIS = {
  reply: '《中华人民共和国行政复议法》第四十八条',
  defence: '《中华人民共和国行政诉讼法》第六十七条',
  /** 被申请人的负责人应当参加听证；不能参加的，应当说明理由并委托相应的工作人员参加听证. */
  reviewHearing: '《中华人民共和国行政复议法》第五十一条',
  /** 被诉行政机关负责人应当出庭应诉；不能出庭的，应当委托行政机关相应的工作人员出庭. */
  appearance: '《中华人民共和国行政诉讼法》第三条第三款',
  appearanceIdentity: `《中华人民共和国行政诉讼法》第三条第三款，${SPC_APPEARANCE}第六条`,
  appearanceAbsence: `《中华人民共和国行政诉讼法》第三条第三款，${SPC_APPEARANCE}第八条、第九条、第十条`,
  reviewDecision: '《中华人民共和国行政复议法》第六十三条至第七十四条',
  judgment: '《中华人民共和国行政诉讼法》第六十九条至第七十八条',
  remand: '《中华人民共和国行政诉讼法》第八十九条',
  /** 被申请人应当履行行政复议决定；当事人必须履行人民法院发生法律效力的判决. */
  performReview: '《中华人民共和国行政复议法》第七十七条',
  performJudgment: '《中华人民共和国行政诉讼法》第九十四条',
  claimant: '《中华人民共和国个人信息保护法》第六条',
} as const;
