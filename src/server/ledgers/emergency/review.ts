// The review clock of an emergency plan (应急预案定期评估): a date the rule fixes — three years after
// the plan was published, revised or last evaluated (rules.ts REVIEW_CYCLE) — written on the
// deadline board as a fixed date (never moved by the working-day calendar) and warned ahead. Each
// publication, revision or evaluation replaces the plan's one review clock; 废止 stops it.
import { openFixedDeadline, stopDeadlines } from '../../core/workflow/deadlines.ts';
import type { FixedClockDef } from '../../core/workflow/types.ts';
import type { GuardContext } from '../contract.ts';
import { addYears, chineseDate, REVIEW_CYCLE } from './rules.ts';

export const REVIEW_CLOCK_ID = 'review';
const KIND = 'emergency';
const TYPE = 'plan';

interface ReviewSubject {
  /** The day the cycle starts: publication, revision or evaluation. */
  from: string;
  event: string;
}

export const REVIEW_CLOCK: FixedClockDef<ReviewSubject> = {
  id: REVIEW_CLOCK_ID,
  label: '应急预案定期评估',
  basis: REVIEW_CYCLE.basis,
  warnDays: REVIEW_CYCLE.warnDays,
  until: ['evaluate', 'republish', 'abolish'],
  fixed: ({ from, event }) => {
    const due = addYears(from, REVIEW_CYCLE.years);
    return {
      start: from,
      due,
      explain: [
        `自${event}之日（${chineseDate(from)}）起算`,
        `应急预案原则上每${REVIEW_CYCLE.years}年评估一次，应于${chineseDate(due)}前完成评估`,
      ],
    };
  },
};

/** The next review date of a plan whose cycle starts on `from`. */
export const reviewDue = (from: string) => addYears(from, REVIEW_CYCLE.years);

/** Replaces the plan's review clock with one counted from `from` (called from a step's effect). */
export async function restartReviewClock(ctx: GuardContext, from: string, event: string): Promise<void> {
  const rec = { ledger: KIND, recordType: TYPE, recordId: Number(ctx.record.id) };
  await ctx.tx
    .deleteFrom('deadline')
    .where('ledger', '=', rec.ledger)
    .where('recordType', '=', rec.recordType)
    .where('recordId', '=', rec.recordId)
    .where('deadlineId', '=', REVIEW_CLOCK_ID)
    .execute();
  await openFixedDeadline(
    ctx.tx,
    REVIEW_CLOCK,
    { from, event },
    {
      ...rec,
      orgId: Number(ctx.record.orgId),
      title: String(ctx.record.name),
      assigneeId: null,
    },
  );
}

/** Stops the plan's review clock (废止). */
export async function stopReviewClock(ctx: GuardContext, transition: string): Promise<void> {
  await stopDeadlines(
    ctx.tx,
    [REVIEW_CLOCK],
    { ledger: KIND, recordType: TYPE, recordId: Number(ctx.record.id) },
    transition,
    ctx.on,
  );
}
