// Statutory and configured numbers of the normative documents ledger (行政规范性文件), as data with
// their sources. Nothing else in this folder holds a number of the law: a deployment whose province
// sets another period changes it here (docs/ledgers/normative_docs.md).
import type { PeriodUnit } from '../../../shared/calendar/types.ts';

/** 《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）. */
export const NOTICE_37 =
  '《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）';
/** 《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）. */
export const OPINION_115 =
  '《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）';
/** 《公平竞争审查条例》（国务院令第783号，2024年8月1日起施行）. */
export const FAIR_COMPETITION = '《公平竞争审查条例》';

export const BASIS = {
  /** 37号 “广泛征求意见”: 公布草案，明确提出意见的方式和期限. */
  comments: `${NOTICE_37}“广泛征求意见”`,
  /** 37号 “严格落实合法性审核”; 115号 审核主体、审核程序. */
  review: `${NOTICE_37}“严格落实合法性审核”；${OPINION_115}`,
  /** 115号: 未经合法性审核或者经审核不合法的，不得提交集体审议. */
  reviewBeforeDeliberation: `${OPINION_115}`,
  /** 第二条: 起草涉及经营者经济活动的……规范性文件……应当开展公平竞争审查. */
  fairScope: `${FAIR_COMPETITION}第二条`,
  /** 第十三条 起草阶段开展审查; 第十七条 作出审查结论，未经审查或者违反审查标准的不得出台. */
  fairReview: `${FAIR_COMPETITION}第十三条、第十七条`,
  /** 第十二条 例外情形; 第十七条 适用第十二条的，应当在审查结论中详细说明. */
  fairException: `${FAIR_COMPETITION}第十二条、第十七条`,
  /** 37号 “坚持集体审议决定”: 经本级政府常务会议或者全体会议审议决定. */
  deliberation: `${NOTICE_37}“坚持集体审议决定”`,
  /** 37号 “及时公开发布”: 由制定机关统一登记、统一编号、统一印发. */
  registration: `${NOTICE_37}“及时公开发布”（统一登记、统一编号、统一印发）`,
  /** 37号: 未经公布的行政规范性文件不得作为行政管理依据. */
  publication: `${NOTICE_37}“及时公开发布”`,
  /** 37号 备案监督: 有件必备、有备必审、有错必纠. */
  filing: `${NOTICE_37}“有件必备、有备必审、有错必纠”`,
  /** 37号 动态清理: 根据上位法变化和实际情况及时清理，清理结果向社会公布. */
  cleaning: `${NOTICE_37}“建立健全行政规范性文件动态清理工作机制”`,
  flow: `${NOTICE_37}`,
} as const;

/**
 * 115号 “合理确定审核时限”: 为保证审核质量，审核时间一般不少于5个工作日，最长不超过15个工作日.
 * The clock runs from the day the draft is sent for review (送审) to the review opinion.
 */
export const REVIEW_PERIOD = {
  days: 15,
  minDays: 5,
  unit: 'working' as PeriodUnit,
  warnDays: 5,
  basis: `${OPINION_115}“合理确定审核时限”`,
};

/**
 * 37号 “广泛征求意见”: 向社会公开征求意见的期限一般不少于7个工作日. “一般”: a shorter period is
 * accepted only with the reason recorded.
 */
export const COMMENT_PERIOD = {
  minDays: 7,
  unit: 'working' as PeriodUnit,
  basis: BASIS.comments,
};

/**
 * 备案: 37号 requires every document to be filed (有件必备); the period is the province's. The default,
 * 30 days from publication (calendar days; a period ending on a holiday ends on the next working
 * day), is a period many provincial 行政规范性文件管理办法 set and the one 《中华人民共和国立法法》
 * 第一百零九条 sets for 规章 (公布后的三十日内). Set `days` and `basis` to the province's article.
 */
export const FILING_PERIOD = {
  days: 30,
  unit: 'calendar' as PeriodUnit,
  warnDays: 7,
  basis: `${NOTICE_37}“有件必备”；报送备案期限按省级行政规范性文件管理办法（默认自公布之日起30日内）`,
};

/**
 * 有效期 warning: a yellow card this many days before the validity ends, so that the document is
 * evaluated (清理) in time (37号 动态清理). A configured value, not a statutory period.
 */
export const VALIDITY_WARNING = {
  /** The clock falls due the day after the last day of validity (the first day it is no longer in force). */
  days: 1,
  unit: 'calendar' as PeriodUnit,
  warnDays: 90,
  basis: `${NOTICE_37}“建立健全行政规范性文件动态清理工作机制”（有效期届满前评估，本系统提前90日预警）`,
};
