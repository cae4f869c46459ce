// "Today" as a township sees it: the date in China Standard Time, whatever the server's zone. The
// server reads it from one injectable clock (`app.clock`): tests and training installations pin it
// (`FAZHI_TODAY`), so no deadline, board colour or default date depends on the machine's wall clock.
import type { IsoDate } from '../../shared/calendar/index.ts';

const fmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The China date of an instant. */
export function chinaDate(at: Date = new Date()): IsoDate {
  return fmt.format(at);
}

export interface Clock {
  /** Today's date in China (YYYY-MM-DD). */
  today(): IsoDate;
}

export const systemClock: Clock = { today: () => chinaDate() };

/** A clock that always answers the same day (tests, a training copy of the demo). */
export function fixedClock(today: IsoDate): Clock {
  return { today: () => today };
}

/**
 * `at`, or `now` when `at` is later: the demo's steps are stamped on their day, never after the
 * moment the demo is loaded (a step dated today at 16:00, loaded at 09:00, would lie in the future).
 */
export const notAfter = (at: string, now: string | undefined): string => (now && at > now ? now : at);
