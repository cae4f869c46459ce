// Every number of the legal advisor ledger, with its source. The periods for the advisor's answer
// are configuration: where a rule fixes them it is cited; the others are the county's defaults.

export const BASIS = {
  advisorSystem:
    '《关于推行法律顾问制度和公职律师公司律师制度的意见》（中共中央办公厅、国务院办公厅，2016年）',
  normativeReview:
    '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）：审核时间一般不少于5个工作日，最长不超过15个工作日',
  decisionReview: '《重大行政决策程序暂行条例》第二十八条：合法性审查一般不少于7个工作日',
  caseReview: '《中华人民共和国行政处罚法》第五十八条（重大执法决定法制审核）',
  contractReview:
    '《关于推行法律顾问制度和公职律师公司律师制度的意见》（法律顾问审查以党政机关为一方当事人的重大合同；期限为本县默认10个工作日，可配置）',
  consultation:
    '《关于推行法律顾问制度和公职律师公司律师制度的意见》（法律顾问为重大决策、重大行政行为提供法律意见；期限为本县默认5个工作日，可配置）',
} as const;

/** 国办发〔2018〕115号: the review takes at most 15 working days. */
export const NORMATIVE_REVIEW_DAYS = 15;
/** 《重大行政决策程序暂行条例》第二十八条: the reviewer is given at least 7 working days. */
export const DECISION_REVIEW_DAYS = 7;
/** County default for a 法制审核 of a major enforcement decision (no national period). */
export const CASE_REVIEW_DAYS = 10;
/** County default for a contract review (no national period). */
export const CONTRACT_REVIEW_DAYS = 10;
/** County default for answering a consultation. */
export const CONSULTATION_DAYS = 5;
/** Warn this many working days ahead. */
export const WARN_DAYS = 2;

/**
 * 聘期 warning: a card to the township this many calendar days before the contract ends, so that it
 * renews or engages another advisor in time. A configured value, not a statutory period.
 */
export const CONTRACT_WARNING = {
  /** The clock falls due the day after the last day of the 聘期 (the first day without a contract). */
  days: 1,
  unit: 'calendar' as const,
  warnDays: 30,
  basis: `${BASIS.advisorSystem}：党政机关应当与法律顾问签订聘用合同，法律顾问在聘期内履行职责（本系统于聘期届满前30日预警，可配置）`,
};
