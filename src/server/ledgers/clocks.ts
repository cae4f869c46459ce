// Opening a record's clock: a period counted on the calendar (clockFor: the record's own length when
// it sets one), or — for a clock with a `dueField` — the date the record itself fixes (a supervision
// notice's 办理期限), written as given and marked `fixedDue` so that a calendar change never moves it.
import type { Calendar } from '../../shared/calendar/index.ts';
import { diffDays, isIsoDate } from '../../shared/calendar/index.ts';
import { type OpenClock, openDeadline } from '../core/workflow/deadlines.ts';
import type { Tx } from '../db/connect.ts';
import { clockFor, type DeadlineDef, type LedgerRow } from './contract.ts';

export async function openRecordClock(
  tx: Tx,
  calendar: Calendar,
  def: DeadlineDef,
  row: LedgerRow,
  c: OpenClock,
): Promise<void> {
  const due = def.dueField ? row[def.dueField] : undefined;
  if (typeof due !== 'string' || !isIsoDate(due)) {
    await openDeadline(tx, calendar, clockFor(def, row), c);
    return;
  }
  const days = Math.max(0, diffDays(c.start, due));
  await openDeadline(tx, calendar, { ...clockFor(def, row), days, unit: 'calendar' }, c);
  await tx
    .updateTable('deadline')
    .set({
      due,
      fixedDue: 1,
      provisional: 0,
      explainJson: JSON.stringify([`期限由记录确定：${due}`, `依据：${def.basis}`]),
    })
    .where('ledger', '=', c.ledger)
    .where('recordType', '=', c.recordType)
    .where('recordId', '=', c.recordId)
    .where('deadlineId', '=', def.id)
    .execute();
}
