// Every word of the calendar that a user reads. Code elsewhere in this folder builds no Chinese
// text of its own.
import type { PeriodUnit } from './types.ts';

export const weekdayNames = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

export const unitLabels: Record<PeriodUnit, string> = { working: '工作日', calendar: '自然日' };

export const dayReasons = {
  weekend: '周末',
  makeup: '调休上班',
  workday: '工作日',
  holiday: (festival: string): `法定节假日（${string}）` => `法定节假日（${festival}）`,
} as const;

export const dateErrors = {
  invalid: (value: string) => `日期“${value}”无效，应为 YYYY-MM-DD 格式的真实日期`,
};

export const calendarErrors = {
  yearMissing: (year: number) => `日历未包含${year}年的节假日安排，请由系统管理员补充后再计算`,
  yearMissingFar: (year: number, through: number) =>
    `日历未包含${year}年的节假日安排；尚未发布放假安排的年度只能暂按法定节假日推算到${through}年，请由系统管理员补充后再计算`,
  invalidYearData: (year: unknown, detail: string) => `${String(year)}年节假日数据有误：${detail}`,
};

export const schemaMessages = {
  year: '年份应为 1900 至 2999 之间的整数',
  source: '请填写来源（国务院办公厅通知的标题、文号或发布日期）',
  name: '请填写节日名称（不超过 20 字）',
  date: '日期应为 YYYY-MM-DD 格式的真实日期',
  holidaysEmpty: '至少应有一个节假日',
  notInYear: (date: string, year: number) => `${date} 不属于${year}年`,
  duplicate: (date: string) => `${date} 重复列出`,
  both: (date: string) => `${date} 同时列为节假日和调休上班日`,
  makeupNotWeekend: (date: string, weekday: string) => `调休上班日 ${date}（${weekday}）不是周末，无需列出`,
  days: '期限天数应为 1 至 3650 之间的整数',
  unit: '计算方式应为工作日（working）或自然日（calendar）',
  reason: '请填写原因',
  pauseOrder: '暂停的结束日期不能早于开始日期',
};

/** Day count with its unit: "20 个工作日" / "30 日". */
export function daysWithUnit(days: number, unit: PeriodUnit): string {
  return unit === 'working' ? `${days} 个工作日` : `${days} 日`;
}

function range(from: string, to: string): string {
  return from === to ? from : `${from} 至 ${to}`;
}

/** The sentences of an `addPeriod` explanation. */
export const explainLines = {
  start: (date: string) => `起算日 ${date}（不计入）`,
  unit: (days: number, unit: PeriodUnit) =>
    unit === 'working' ? `按工作日计算 ${days} 日` : `按自然日计算 ${days} 日，期间的周末和节假日照常计入`,
  skipHoliday: (from: string, to: string, festival: string) => `跳过 ${range(from, to)} ${festival}假期`,
  skipWeekends: (count: number) => `跳过周末共 ${count} 日`,
  makeup: (date: string, weekday: string) => `${date}（${weekday}）为调休上班日，计入`,
  pause: (from: string, to: string, reason: string, deferred: Record<PeriodUnit, number>) => {
    const parts = (['working', 'calendar'] as const)
      .filter((unit) => deferred[unit] > 0)
      .map((unit) => daysWithUnit(deferred[unit], unit));
    return `暂停 ${range(from, to)}（${reason}），不计入，期限顺延 ${parts.join('、')}`;
  },
  pauseNoWorkingDay: (from: string, to: string, reason: string) =>
    `暂停 ${range(from, to)}（${reason}）期间没有工作日，不影响期限`,
  pauseIrrelevant: (from: string, to: string, reason: string) =>
    `暂停 ${range(from, to)}（${reason}）不在计算期间内，不影响期限`,
  rollForward: (date: string, weekday: string, reason: string, to: string) =>
    `${date}（${weekday}）为${reason}，期限最后一日顺延至其后第一个工作日 ${to}`,
  originalDue: (date: string) => `原定期限届满日 ${date}`,
  extension: (days: number, unit: PeriodUnit, reason: string, approvedAt?: string) =>
    `延长 ${daysWithUnit(days, unit)}（${reason}${approvedAt ? `，批准日期 ${approvedAt}` : ''}）`,
  lateApproval: (approvedAt: string, due: string) =>
    `注意：延长的批准日期 ${approvedAt} 晚于延长前的届满日 ${due}`,
  due: (date: string, weekday: string) => `期限届满日 ${date}（${weekday}）`,
  dueProvisional: (date: string, weekday: string) => `期限届满日 ${date}（${weekday}，暂定）`,
  provisional: (year: number) => `${year}年放假安排尚未发布，暂按法定节假日推算，发布后自动重新计算`,
};

/** The tag a provisional due date carries wherever it is shown. */
export const PROVISIONAL_TAG = '暂定';

export const pauseSkipReason = (reason: string) => `暂停（${reason}）`;

/** What the deadline board shows for a `daysRemaining` result. */
export function remainingLabel(days: number, unit: PeriodUnit): string {
  if (days > 0) return `剩余 ${daysWithUnit(days, unit)}`;
  if (days === 0) return '今日到期';
  return `已逾期 ${daysWithUnit(-days, unit)}`;
}
