// Statutory periods (期间). The rules, with their bases (see docs/calendar.md):
// - the start day is not counted (民法典 第201条);
// - a working-day period counts only working days (行政处罚法 第85条 and similar provisions);
// - a calendar-day period whose last day is a non-working day ends on the next working day
//   (民法典 第203条);
// - a pause stops the clock for its dates; for working-day periods only working days inside it
//   matter, and counting resumes the day after it ends;
// - an extension adds its days after the due date it extends, in its own unit.
import type { Calendar } from './calendar.ts';
import { addDays, assertIsoDate, diffDays, type IsoDate, weekday, yearOf } from './dates.ts';
import { explainLines, pauseSkipReason, schemaMessages, weekdayNames } from './labels.ts';
import type { PeriodInput, PeriodPause, PeriodResult, PeriodUnit, SkippedDay } from './types.ts';

type Line = string | { holiday: { from: IsoDate; to: IsoDate; name: string } } | { pause: number };

interface Walk {
  calendar: Calendar;
  pauses: readonly PeriodPause[];
  /** Days of each pause that would otherwise have counted, per unit; null until it matters. */
  deferred: (Record<PeriodUnit, number> | null)[];
  skipped: SkippedDay[];
  lines: Line[];
  /** Provisional years whose days the computation looked at. */
  provisional: Set<number>;
}

function dayStatus(walk: Walk, date: IsoDate) {
  const st = walk.calendar.status(date);
  if (st.provisional) walk.provisional.add(yearOf(date));
  return st;
}

function checkDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 3650) throw new RangeError(schemaMessages.days);
}

function pauseIndexAt(pauses: readonly PeriodPause[], date: IsoDate): number {
  return pauses.findIndex((p) => p.from <= date && date <= p.to);
}

/** Counts `days` days of `unit` after `from` (not counted) and returns the last one. */
function runSegment(walk: Walk, from: IsoDate, days: number, unit: PeriodUnit): IsoDate {
  const { pauses } = walk;
  let counted = 0;
  let weekends = 0;
  let run: { from: IsoDate; to: IsoDate; name: string } | null = null;
  let d = from;

  const notePause = (index: number) => {
    let counts = walk.deferred[index];
    if (!counts) {
      counts = { working: 0, calendar: 0 };
      walk.deferred[index] = counts;
      walk.lines.push({ pause: index });
    }
    counts[unit]++;
  };

  while (counted < days) {
    d = addDays(d, 1);
    const pause = pauseIndexAt(pauses, d);
    if (unit === 'calendar') {
      // Calendar days count whatever the day is; only a pause stops them.
      if (pause >= 0) {
        walk.skipped.push({ date: d, reason: pauseSkipReason(pauses[pause].reason) });
        notePause(pause);
      } else counted++;
      continue;
    }
    const st = dayStatus(walk, d);
    if (!st.working) {
      walk.skipped.push({ date: d, reason: st.reason });
      if (st.kind === 'holiday' && st.festival) {
        if (run && run.name === st.festival && addDays(run.to, 1) === d) run.to = d;
        else {
          run = { from: d, to: d, name: st.festival };
          walk.lines.push({ holiday: run });
        }
      } else weekends++;
      continue;
    }
    if (pause >= 0) {
      walk.skipped.push({ date: d, reason: pauseSkipReason(pauses[pause].reason) });
      notePause(pause);
      continue;
    }
    counted++;
    if (st.kind === 'makeup') walk.lines.push(explainLines.makeup(d, st.weekday));
  }
  if (weekends > 0) walk.lines.push(explainLines.skipWeekends(weekends));

  if (unit === 'calendar') {
    // 民法典 第203条: a last day that is a statutory holiday moves to the day after the holiday.
    const last = dayStatus(walk, d);
    if (!last.working) {
      let next = d;
      let st = last;
      while (!st.working) {
        walk.skipped.push({ date: next, reason: st.reason });
        next = addDays(next, 1);
        st = dayStatus(walk, next);
      }
      walk.lines.push(explainLines.rollForward(d, last.weekday, last.reason, next));
      d = next;
    }
  }
  return d;
}

/** Computes a deadline and explains it in Chinese. Throws `CalendarYearMissingError` for an uncovered year. */
export function addPeriod(calendar: Calendar, input: PeriodInput): PeriodResult {
  assertIsoDate(input.start);
  checkDays(input.days);
  const pauses = input.pauses ?? [];
  for (const p of pauses) {
    assertIsoDate(p.from);
    assertIsoDate(p.to);
    if (p.to < p.from) throw new RangeError(schemaMessages.pauseOrder);
  }
  const extensions = input.extensions ?? [];
  for (const e of extensions) {
    checkDays(e.days);
    if (e.approvedAt !== undefined) assertIsoDate(e.approvedAt);
  }

  const walk: Walk = {
    calendar,
    pauses,
    deferred: pauses.map(() => null),
    skipped: [],
    lines: [explainLines.start(input.start), explainLines.unit(input.days, input.unit)],
    provisional: new Set(),
  };

  let due = runSegment(walk, input.start, input.days, input.unit);
  if (extensions.length > 0) walk.lines.push(explainLines.originalDue(due));
  for (const e of extensions) {
    const unit = e.unit ?? input.unit;
    walk.lines.push(explainLines.extension(e.days, unit, e.reason, e.approvedAt));
    if (e.approvedAt !== undefined && e.approvedAt > due)
      walk.lines.push(explainLines.lateApproval(e.approvedAt, due));
    due = runSegment(walk, due, e.days, unit);
  }
  pauses.forEach((p, i) => {
    if (walk.deferred[i]) return;
    const inside = p.to > input.start && p.from <= due;
    walk.lines.push(
      inside
        ? explainLines.pauseNoWorkingDay(p.from, p.to, p.reason)
        : explainLines.pauseIrrelevant(p.from, p.to, p.reason),
    );
  });
  const provisional = [...walk.provisional].sort((a, b) => a - b);
  for (const year of provisional) walk.lines.push(explainLines.provisional(year));
  walk.lines.push(
    provisional.length > 0
      ? explainLines.dueProvisional(due, weekdayNames[weekday(due)])
      : explainLines.due(due, weekdayNames[weekday(due)]),
  );

  const explain = walk.lines.map((line) => {
    if (typeof line === 'string') return line;
    if ('holiday' in line)
      return explainLines.skipHoliday(line.holiday.from, line.holiday.to, line.holiday.name);
    const p = pauses[line.pause];
    return explainLines.pause(p.from, p.to, p.reason, walk.deferred[line.pause]!);
  });
  return { due, explain, skipped: walk.skipped, provisional };
}

/**
 * Days left until `due` as seen on `today`, in `unit`: positive while time remains (the due day
 * counts, today does not), 0 on the due day, negative once overdue. An overdue working-day
 * deadline is at least -1 even if only rest days have passed since, so "overdue" never reads 0.
 */
export function daysRemaining(calendar: Calendar, due: IsoDate, today: IsoDate, unit: PeriodUnit): number {
  assertIsoDate(due);
  assertIsoDate(today);
  if (due === today) return 0;
  if (unit === 'calendar') return diffDays(today, due);
  if (today < due) return calendar.workingDaysBetween(today, due);
  return -Math.max(1, calendar.workingDaysBetween(due, today));
}
