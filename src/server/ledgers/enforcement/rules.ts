// Statutory numbers of the enforcement ledger (行政执法), as data with their sources. A deployment
// whose province sets stricter periods changes them here; the refusals and the board cite `basis`.

const LAW = '《中华人民共和国行政处罚法》（2021年修订）';
const THREE_SYSTEMS =
  '《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）';

export const BASIS = {
  /** 第42条: 执法人员不得少于两人，法律另有规定的除外；第55条: 主动出示执法证件. */
  twoOfficers: `${LAW}第四十二条、第五十五条`,
  /** 第46条 证据; 第47条 行政执法全过程记录. */
  evidence: `${LAW}第四十六条、第四十七条；${THREE_SYSTEMS}`,
  /** 第44条 告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、听证权利. */
  notice: `${LAW}第四十四条、第四十五条`,
  /** 第63条 听证范围; 第64条(一) 告知后五日内提出听证要求. */
  hearingRequest: `${LAW}第六十三条、第六十四条第（一）项、第八十五条`,
  /** 第64条(二) 举行听证的七日前通知当事人. */
  hearingNotice: `${LAW}第六十四条第（二）项、第八十五条`,
  /** 第65条 听证结束后依据听证笔录作出决定. */
  hearingBeforeDecision: `${LAW}第六十五条`,
  /** 第58条 重大执法决定法制审核; 118号文 法制审核制度. */
  legalReview: `${LAW}第五十八条；${THREE_SYSTEMS}`,
  /** 第57条第二款 情节复杂或者重大违法行为 负责人集体讨论决定. */
  collective: `${LAW}第五十七条第二款`,
  /** 第60条 立案之日起九十日内作出行政处罚决定. */
  decisionPeriod: `${LAW}第六十条`,
  /** 第9条 处罚种类; 第57条 决定; 第33条 不予处罚. */
  decision: `${LAW}第九条、第三十三条、第五十七条、第五十九条`,
  firstOffense: `${LAW}第三十三条第一款`,
  /** 第61条 宣告后当场交付，不在场的七日内送达; 第85条 期限中的“日”为工作日. */
  service: `${LAW}第六十一条、第八十五条`,
  execution: `${LAW}第六十六条至第七十三条`,
  /** 第48条 行政处罚决定依法公开; 118号文 公开时限. */
  disclosure: `${LAW}第四十八条；${THREE_SYSTEMS}`,
  termination: `${LAW}第五十七条第一款`,
  flow: `${LAW}第五章第三节（普通程序）`,
  /** 案卷评查: the scoring scale is the province's 评查标准; the practice is the 纲要's 执法监督. */
  fileReview:
    '《法治政府建设实施纲要（2021—2025年）》“健全行政执法工作体系”（行政执法案卷评查）；本地行政执法案卷评查标准',
  certificate: '本地行政执法证件管理办法（执法证件有效期、换证、注销）',
  inspectionCap: '本地涉企行政检查频次规定（每年上限可配置）',
} as const;

/** 第60条: 九十日 counted in calendar days (第85条 makes only 三日、五日、七日、十日 working days). */
export const DECISION_PERIOD = {
  days: 90,
  unit: 'calendar' as const,
  warnDays: 15,
  basis: BASIS.decisionPeriod,
};

/**
 * The extension of the decision period, once, with the approval of the agency's head. 第60条 leaves
 * it to 法律、法规、规章; the default of 30 days is the one most departmental rules set (e.g.
 * 《市场监督管理行政处罚程序规定》第六十四条: 经负责人批准，可以延长三十日). Configurable.
 */
export const DECISION_EXTENSION = {
  days: 30,
  unit: 'calendar' as const,
  maxTimes: 1,
  basis: `${BASIS.decisionPeriod}；《市场监督管理行政处罚程序规定》第六十四条（可配置）`,
};

/** 第61条 + 第85条: 七日内送达, in working days. */
export const SERVICE_PERIOD = { days: 7, unit: 'working' as const, warnDays: 2, basis: BASIS.service };

/** 第64条(一) + 第85条: 当事人要求听证的，应当在行政机关告知后五日内提出. */
export const HEARING_REQUEST_PERIOD = { days: 5, unit: 'working' as const, basis: BASIS.hearingRequest };

/** 第64条(二) + 第85条: 行政机关应当在举行听证的七日前通知. */
export const HEARING_NOTICE_PERIOD = { days: 7, unit: 'working' as const, basis: BASIS.hearingNotice };

/**
 * 国办发〔2018〕118号: 执法决定作出之日起20个工作日内公布; 行政许可、行政处罚的执法决定信息
 * 7个工作日内公开.
 */
export const DISCLOSURE_PERIOD = {
  penalty: { days: 7, unit: 'working' as const, warnDays: 2, basis: BASIS.disclosure },
  other: { days: 20, unit: 'working' as const, warnDays: 5, basis: BASIS.disclosure },
};

/** 第四十八条第二款: “应当在三日内撤回行政处罚决定信息并公开说明理由” (calendar days). */
export const WITHDRAW_PERIOD = { days: 3, unit: 'calendar' as const, warnDays: 1, basis: BASIS.disclosure };

/** Certificates expiring within this many calendar days are warned on the board. */
export const CERTIFICATE_WARN_DAYS = 60;

/** 涉企检查: inspections of one enterprise in a calendar year above this count are warned. */
export const INSPECTION_CAP = { perYear: 2, basis: BASIS.inspectionCap };

/** 案卷评查 grades from the score (0–100); the thresholds are the local 评查标准's, configurable. */
export const FILE_REVIEW_GRADES = [
  { min: 90, value: 'excellent', label: '优秀' },
  { min: 75, value: 'good', label: '良好' },
  { min: 60, value: 'pass', label: '合格' },
  { min: 0, value: 'fail', label: '不合格' },
] as const;

export function gradeOf(score: number): string {
  return FILE_REVIEW_GRADES.find((g) => score >= g.min)?.value ?? 'fail';
}
