// Statutory periods and limits of the emergency ledger (突发事件应对), as configurable data with
// their sources. Nothing else in the ledger holds a number of the law.
import { isLeapYear } from '../../../shared/calendar/dates.ts';
import type { PeriodUnit } from '../../../shared/calendar/types.ts';

export const LAW = '《中华人民共和国突发事件应对法》';
export const MEASURES = '《突发事件应急预案管理办法》（国办发〔2024〕5号）';

/**
 * 第三十四条: 应急预案编制单位应当建立应急预案定期评估制度……县级以上地方人民政府及其有关部门应急预案
 * 原则上每3年评估一次. The article binds governments at county level and above; a 乡镇、街道 keeps the
 * same period by reference (its county's 实施办法 may set another — change it here). The due date is
 * a date the rule fixes (three years after the plan was published, revised or last evaluated), not a
 * period counted on the working-day calendar, so it is written as it is and warned ahead.
 */
export const REVIEW_CYCLE = {
  years: 3,
  warnDays: 60,
  basis: `${MEASURES}第三十四条`,
};

/**
 * 第二十六条: 应急预案审批单位应当在应急预案印发后的20个工作日内……向有关单位备案……（六）乡镇（街道）
 * 应急预案报上一级人民政府备案.
 */
export const FILING_PERIOD = {
  days: 20,
  unit: 'working' as PeriodUnit,
  warnDays: 5,
  basis: `${MEASURES}第二十六条`,
};

/** The articles each step of a plan's workflow follows. */
export const PLAN_BASIS = {
  submit: `${MEASURES}第二十三条`,
  approve: `${MEASURES}第二十五条`,
  publish: `${MEASURES}第二十五条、第二十七条`,
  file: FILING_PERIOD.basis,
  evaluate: REVIEW_CYCLE.basis,
  revise: `${MEASURES}第三十五条；${LAW}第二十八条`,
  republish: `${MEASURES}第三十六条`,
  abolish: `${LAW}第二十八条`,
} as const;

/**
 * The first report (首报) of an event to the government above, in minutes from the event, by
 * category. The law requires 及时、客观、真实 reports and forbids 迟报 (第六十一条) without fixing
 * the hour; the limits below are those of the regulations that do, and the county's own
 * 突发事件信息报送 rules (often 30 minutes by telephone, 1 hour in writing) replace them here.
 */
export const REPORT_LIMITS: Readonly<Record<string, { minutes: number; basis: string }>> = {
  accident: { minutes: 60, basis: '《生产安全事故报告和调查处理条例》第九条' },
  health: { minutes: 120, basis: '《突发公共卫生事件应急条例》第二十条' },
  natural: { minutes: 60, basis: `${LAW}第六十一条（时限按本县突发事件信息报送规定配置）` },
  security: { minutes: 60, basis: `${LAW}第六十一条（时限按本县突发事件信息报送规定配置）` },
};

export const EVENT_BASIS = {
  report: `${LAW}第六十一条`,
  end: `${LAW}第六十一条`,
  evaluate: `${LAW}第六章（事后恢复与重建）`,
  flow: `${LAW}第五章、第六章`,
} as const;

/** A limit in minutes as the law states it (1小时, 2小时, 30分钟). */
export function limitText(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`;
}

/** The date `years` years after `date` (29 February falls back to 28 February). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  if (md === '02-29' && !isLeapYear(y)) return `${y}-02-28`;
  return `${y}-${md}`;
}

/** Minutes from one China local date and time to another (both YYYY-MM-DD, HH:MM). */
export function minutesBetween(fromDate: string, fromTime: string, toDate: string, toTime: string): number {
  const at = (d: string, t: string) => Date.parse(`${d}T${t}:00Z`) / 60000;
  return Math.round(at(toDate, toTime) - at(fromDate, fromTime));
}

/** 2025-03-01 → 2025年3月1日. */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
