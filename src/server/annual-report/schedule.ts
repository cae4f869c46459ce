// The annual report's dates, as data with their sources. The public disclosure deadline is
// national; the township's submission date to the county is set by each province (or county), so
// it is configurable per province (the first two digits of the organisation's code).

export interface ReportDate {
  /** Month and day in the year after the report's year: the last day the act is on time. */
  month: number;
  day: number;
  label: string;
  basis: string;
}

export interface ReportSchedule {
  submit: ReportDate;
  publish: ReportDate;
  /** 签发 is refused while the checker finds error-level problems. */
  blockSignOnErrors: boolean;
}

export const DEFAULT_SCHEDULE: ReportSchedule = {
  submit: {
    month: 3,
    day: 1,
    label: '年度报告报送县级人民政府',
    basis:
      '乡镇（街道）向县级人民政府报送年度报告的日期由省、县督察安排规定，本系统默认每年3月1日前，可按省份配置',
  },
  publish: {
    month: 3,
    day: 31,
    label: '年度报告向社会公开',
    basis:
      '《法治政府建设与责任落实督察工作规定》第二十四条：每年4月1日之前，地方各级政府和县级以上政府部门的法治政府建设年度报告，除涉及党和国家秘密的，应当通过报刊、网站等新闻媒体向社会公开，接受人民群众监督',
  },
  blockSignOnErrors: true,
};

/** Province code (two digits) → its own dates; provinces not listed use the default. */
export const PROVINCE_SCHEDULES: Record<string, Partial<ReportSchedule>> = {};

export function scheduleFor(orgCode: string): ReportSchedule {
  return { ...DEFAULT_SCHEDULE, ...(PROVINCE_SCHEDULES[orgCode.slice(0, 2)] ?? {}) };
}

/** The due date (YYYY-MM-DD) of a report date for a report year. */
export function dueDate(year: number, d: ReportDate): string {
  return `${year + 1}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
