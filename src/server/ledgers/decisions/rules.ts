// Statutory numbers of the decisions ledger (重大行政决策), as configurable data with their sources.
// Townships follow 《重大行政决策程序暂行条例》（国务院令第713号） by reference: “县级以上人民政府部门
// 和乡级人民政府重大行政决策的作出和调整程序，参照本条例规定执行。” (第四十二条).

const REG = '《重大行政决策程序暂行条例》';

/**
 * 第十五条第一款：“公开征求意见的期限一般不少于30日；因情况紧急等原因需要缩短期限的，公开征求
 * 意见时应当予以说明。” A shorter period is accepted only with that reason recorded. Calendar days;
 * a period whose last day is a rest day ends on the next working day (民法典 第二百零三条).
 */
export const COMMENT_PERIOD = {
  days: 30,
  unit: 'calendar' as const,
  basis: `${REG}第十五条`,
  warnDays: 5,
};

/**
 * 第二十六条第二款：“送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日。” The reviewer's
 * time counts in working days from the day the draft is sent; fewer only with a recorded reason.
 */
export const REVIEW_PERIOD = {
  days: 7,
  unit: 'working' as const,
  basis: `${REG}第二十六条`,
  warnDays: 2,
};

/** The longest period a form accepts (a sanity bound, not a rule of law). */
export const MAX_PERIOD_DAYS = 365;

export const BASIS = {
  catalogue: `${REG}第三条第三款`,
  participation: `${REG}第十四条`,
  commentPeriod: `${REG}第十五条`,
  expert: `${REG}第十九条`,
  risk: `${REG}第二十二条`,
  riskControl: `${REG}第二十四条`,
  review: `${REG}第二十五条`,
  reviewTime: `${REG}第二十六条`,
  reviewOpinion: `${REG}第二十八条`,
  collective: `${REG}第三十条`,
  publication: `${REG}第三十二条`,
  evaluation: `${REG}第三十五条`,
  /** 违法信息 a comment may not carry (侮辱或者诽谤他人 …). */
  abusive: '《网络信息内容生态治理规定》第六条',
  flow: `${REG}第四十二条`,
} as const;
