// Reading a record through a link that grants it. A link field declared `link.grantsRead` lets
// whoever may read the record holding the link read the linked record, read only: the legal
// advisor (access.own: its own tasks, nothing else) reads the 规范性文件, 重大行政决策 or enforcement
// case a task asks it to review — its fields, masked as in any view, and the files of its steps.
// Nothing else of the linked ledger opens: no list, no step, no other record.
import type { Actor } from '../core/actor.ts';
import type { Pii } from '../core/pii.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { inOrgSubtree } from '../db/scope.ts';
import { AppError, notFound } from '../errors.ts';
import type { FieldDef, LedgerDef, LedgerRow, RecordTypeDef } from './contract.ts';
import { linkTarget } from './links.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';
import { presentRows } from './present.ts';
import { findLedger, findRecordType, LEDGERS } from './registry.ts';
import { loadRecord } from './store.ts';
import { timelineOf } from './workflow.ts';

export interface RecordRef {
  ledger: string;
  recordType: string;
  recordId: number;
}

/** True when the actor may read the record as GET /api/ledgers/:kind/:type/:id would answer. */
export async function mayReadDirectly(k: Kdb | Tx, actor: Actor, ref: RecordRef): Promise<boolean> {
  const ledger = findLedger(ref.ledger);
  const rt = ledger && findRecordType(ledger, ref.recordType);
  if (!ledger || !rt) return false;
  try {
    const { row, orgPath } = await loadRecord(k, actor, ledger, rt, ref.recordId);
    return ledger.policy(actor, 'read', { orgPath, state: row.state, row });
  } catch (err) {
    if (err instanceof AppError && (err.status === 403 || err.status === 404)) return false;
    throw err;
  }
}

/** The link fields, in every ledger, that grant reading records of this type. */
function grantingFields(ledger: string, recordType: string) {
  const out: Array<{ ledger: LedgerDef; rt: RecordTypeDef; field: FieldDef }> = [];
  for (const l of LEDGERS)
    for (const rt of l.recordTypes)
      for (const field of rt.fields)
        if (field.type === 'link' && field.link?.grantsRead)
          if (field.link.ledger === ledger && field.link.type === recordType)
            out.push({ ledger: l, rt, field });
  return out;
}

/** How many records holding a link are looked at before giving up (a record is rarely linked more). */
const MAX_HOLDERS = 50;

/** True when a record the actor may read links to this one through a field that grants reading. */
export async function mayReadThroughLink(k: Kdb | Tx, actor: Actor, ref: RecordRef): Promise<boolean> {
  for (const g of grantingFields(ref.ledger, ref.recordType)) {
    const holders = (await (k as unknown as Kdb)
      .selectFrom(g.rt.table as never)
      .select('id' as never)
      .where(g.field.name as never, '=', ref.recordId as never)
      .orderBy('id' as never)
      .limit(MAX_HOLDERS)
      .execute()) as unknown as Array<{ id: number }>;
    for (const h of holders)
      if (await mayReadDirectly(k, actor, { ledger: g.ledger.kind, recordType: g.rt.type, recordId: h.id }))
        return true;
  }
  return false;
}

/**
 * The record that `field` of the holder links to, for a reader of the holder: refused (404, as for
 * any record out of reach) when the field does not grant reading, the holder is not readable or
 * links to nothing, or the target lies outside the holder's organisation.
 */
export async function readLinkedRecord(
  k: Kdb | Tx,
  actor: Actor,
  holder: { ledger: LedgerDef; rt: RecordTypeDef; id: number },
  fieldName: string,
  pii: Pii,
) {
  const field = holder.rt.fields.find((f) => f.name === fieldName);
  if (field?.type !== 'link' || !field.link?.grantsRead) throw notFound(M.record);
  const { row, orgPath } = await loadRecord(k, actor, holder.ledger, holder.rt, holder.id);
  if (!holder.ledger.policy(actor, 'read', { orgPath, state: row.state, row })) throw notFound(M.record);
  const targetId = row[field.name];
  if (typeof targetId !== 'number') throw notFound(M.record);
  const { ledger, rt } = linkTarget(field);
  const target = (await (k as unknown as Kdb)
    .selectFrom(`${rt.table} as t` as never)
    .selectAll('t' as never)
    .where('t.id' as never, '=', targetId as never)
    .where((eb) => inOrgSubtree(eb as never, 't.orgId' as never, [orgPath]))
    .executeTakeFirst()) as LedgerRow | undefined;
  if (!target) throw notFound(M.record);
  const [view] = await presentRows(k, rt, [target], pii);
  const fields = rt.fields
    .filter((f) => !f.hidden)
    .flatMap((f) => {
      const raw = view.fields[f.name];
      const shown = view.display[f.name] ?? (raw === null || raw === undefined ? '' : String(raw));
      return shown === '' ? [] : [{ label: f.label, value: shown }];
    });
  const { steps } = await timelineOf(k, ledger, rt, targetId);
  return {
    ledgerLabel: ledger.label,
    typeLabel: rt.label,
    id: view.id,
    title: view.title,
    orgName: view.orgName,
    stateLabel: view.stateLabel,
    fields,
    steps: steps.map((s) => ({ label: s.label, on: s.on, attachments: s.attachments })),
  };
}
