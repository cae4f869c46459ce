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

/** An instant as China reads it: "2026-12-03 17:05:09". */
export function chinaTime(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + 8 * 3_600_000);
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

export interface Clock {
  /** Today's date in China (YYYY-MM-DD). */
  today(): IsoDate;
  /** The instant, for what is measured in hours (a reset code's expiry); on today's date. */
  now(): Date;
}

export const systemClock: Clock = { today: () => chinaDate(), now: () => new Date() };

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** A clock that always answers the same day (tests, a training copy of the demo); its instants
 * are that day at the wall clock's time of day in China. */
export function fixedClock(today: IsoDate): Clock {
  return {
    today: () => today,
    now: () => {
      const ms = (Date.now() + CHINA_OFFSET_MS) % 86_400_000;
      return new Date(Date.parse(`${today}T00:00:00+08:00`) + ms);
    },
  };
}

/**
 * `at`, or `now` when `at` is later: the demo's steps are stamped on their day, never after the
 * moment the demo is loaded (a step dated today at 16:00, loaded at 09:00, would lie in the future).
 */
export const notAfter = (at: string, now: string | undefined): string => (now && at > now ? now : at);
