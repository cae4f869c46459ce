// Statutory and configured periods of the petitions ledger, as data with their sources. 《信访工作
// 条例》（2022年，中共中央、国务院印发，自2022年5月1日起施行） counts its periods in 日 — calendar days;
// a period whose last day is a holiday ends on the next working day (the shared calendar's rule).

import { addDays } from '../../../shared/calendar/dates.ts';
import {
  addPeriod,
  CalendarYearMissingError,
  createCalendar,
  shippedYears,
} from '../../../shared/calendar/index.ts';
import type { PeriodUnit } from '../../../shared/calendar/types.ts';

export const REGULATION = '《信访工作条例》';

/**
 * 第二十二条: 信访部门收到信访事项，应当予以登记，并区分情况，在15日内分别按照下列方式处理（转送、
 * 交办或者告知）; 第二十三条: 其他机关、单位收到信访人直接提出的信访事项……不能当场告知的，应当自收到
 * 信访事项之日起15日内书面告知信访人.
 */
export const REGISTER_PERIOD = {
  days: 15,
  unit: 'calendar' as PeriodUnit,
  basis: `${REGULATION}第二十二条、第二十三条`,
  warnDays: 3,
};

/**
 * 第三十四条: 信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，可以适当延长
 * 办理期限，但延长期限不得超过30日，并告知信访人延期理由.
 */
export const HANDLING_PERIOD = {
  days: 60,
  unit: 'calendar' as PeriodUnit,
  basis: `${REGULATION}第三十四条`,
  warnDays: 10,
};
export const EXTENSION = { maxDays: 30, maxTimes: 1, basis: `${REGULATION}第三十四条` };

/**
 * 第三十五条: 信访人对信访事项处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、单位的
 * 上一级机关、单位复查。收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见.
 */
export const REVIEW = {
  requestDays: 30,
  days: 30,
  unit: 'calendar' as PeriodUnit,
  basis: `${REGULATION}第三十五条`,
  warnDays: 5,
};

/**
 * 第三十六条: 信访人对复查意见不服的，可以自收到书面答复之日起30日内向复查机关、单位的上一级机关、
 * 单位请求复核。收到复核请求的机关、单位应当自收到复核请求之日起30日内提出复核意见。信访人对复核意见
 * 不服，仍以同一事实和理由提出信访请求的，不再受理.
 */
export const RECHECK = {
  requestDays: 30,
  days: 30,
  unit: 'calendar' as PeriodUnit,
  basis: `${REGULATION}第三十六条`,
  warnDays: 5,
};

/**
 * Hotline tickets: the periods to sign for (签收) and to answer (办结回复) a ticket are set by each
 * locality's hotline rules, under 《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》
 * （国办发〔2020〕53号）, which leaves the time limits to the local hotline. These defaults (counted
 * in working days from the day the ticket is dispatched) are configuration: a deployment changes
 * them here to its own rules.
 */
export const HOTLINE_BASIS =
  '《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》（国办发〔2020〕53号）及本地热线工单办理规定';

export interface HotlineChannel {
  value: string;
  label: string;
  sign: { days: number; unit: PeriodUnit; warnDays: number };
  answer: { days: number; unit: PeriodUnit; warnDays: number };
}

export const HOTLINE_CHANNELS: readonly HotlineChannel[] = [
  {
    value: '12345',
    label: '12345政务服务便民热线',
    sign: { days: 1, unit: 'working', warnDays: 0 },
    answer: { days: 5, unit: 'working', warnDays: 1 },
  },
  {
    value: 'mhww',
    label: '“民呼我为”平台',
    sign: { days: 1, unit: 'working', warnDays: 0 },
    answer: { days: 5, unit: 'working', warnDays: 1 },
  },
  {
    value: 'web',
    label: '12345网站、APP、小程序',
    sign: { days: 1, unit: 'working', warnDays: 0 },
    answer: { days: 5, unit: 'working', warnDays: 1 },
  },
  {
    value: 'mailbox',
    label: '书记、县长信箱',
    sign: { days: 2, unit: 'working', warnDays: 0 },
    answer: { days: 10, unit: 'working', warnDays: 2 },
  },
];

const shipped = createCalendar(shippedYears);

/**
 * The last day of a petitioner's own window (复查, 复核 requests), for the guards, which are pure:
 * computed on the shipped calendar; past the shipped years the plain calendar-day count is used.
 */
export function windowCloses(start: string, days: number): string {
  try {
    return addPeriod(shipped, { start, days, unit: 'calendar' }).due;
  } catch (err) {
    if (err instanceof CalendarYearMissingError) return addDays(start, days);
    throw err;
  }
}
