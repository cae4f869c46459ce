// The basis of the supervision ledger. 《行政执法监督条例》（国务院令第825号，2025年12月17日公布，
// 2026年2月1日起施行）: 第二条 — 县级以上人民政府对下级人民政府的行政执法工作开展行政系统内部
// 监督；第六条 — 县级以上人民政府司法行政部门是本级人民政府的行政执法监督机构。The steps of a
// notice (reply, return, close) cite the regulation without an article.

export const BASIS = {
  issue:
    '《行政执法监督条例》（国务院令第825号）第二条、第六条：县级以上人民政府对下级人民政府的行政执法工作开展监督，司法行政部门代表本级人民政府承担行政执法监督具体事务',
  steps: '《行政执法监督条例》（国务院令第825号）',
} as const;

/** Only a fallback: the notice's own 办理期限 (dueOn) is its clock; this is never used for a valid notice. */
export const DEFAULT_REPLY_DAYS = 15;
/** Yellow card this many days before the 办理期限. */
export const WARN_DAYS = 3;
