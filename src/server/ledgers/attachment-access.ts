// Which ledger records an attachment belongs to (the workflow steps that carry it), and whether the
// actor may read one of them exactly as the record itself: the ledger's read roles in the record's
// organisation scope (loadRecord) and the ledger's record-level policy on the row — or through a
// link that grants reading it (linked-read.ts).
import { sql } from 'kysely';
import type { Actor } from '../core/actor.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { mayReadDirectly, mayReadThroughLink } from './linked-read.ts';

export interface AttachmentOwner {
  ledger: string;
  recordType: string;
  recordId: number;
}

/** The ledger records whose workflow steps carry the attachment. */
export async function ledgerOwnersOf(k: Kdb | Tx, attachmentId: number): Promise<AttachmentOwner[]> {
  const id = String(attachmentId);
  // attachment_ids is a JSON array of numbers written by JSON.stringify (no spaces): the LIKE narrows
  // the rows, the parse decides.
  const rows = await k
    .selectFrom('workflowStep')
    .select(['ledger', 'recordType', 'recordId', 'attachmentIds'])
    .where((eb) =>
      eb.or([
        eb('attachmentIds', 'like', `[${id}]`),
        eb('attachmentIds', 'like', `[${id},%`),
        eb('attachmentIds', 'like', `%,${id},%`),
        eb('attachmentIds', 'like', `%,${id}]`),
      ]),
    )
    .orderBy(sql`record_id`)
    .execute();
  const seen = new Set<string>();
  const out: AttachmentOwner[] = [];
  for (const r of rows) {
    const ids = JSON.parse(r.attachmentIds) as unknown;
    if (!Array.isArray(ids) || !ids.includes(attachmentId)) continue;
    const key = `${r.ledger}/${r.recordType}/${r.recordId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ledger: r.ledger, recordType: r.recordType, recordId: r.recordId });
  }
  return out;
}

/**
 * True when the actor may read the record (as GET /api/ledgers/:kind/:type/:id would answer), or
 * reads it through a link that grants it (linked-read.ts: the advisor the document under review).
 */
export async function mayReadRecord(k: Kdb | Tx, actor: Actor, owner: AttachmentOwner): Promise<boolean> {
  return (await mayReadDirectly(k, actor, owner)) || (await mayReadThroughLink(k, actor, owner));
}

/**
 * The attachment's ledger owners and whether the actor may read one of them; `null` when no ledger
 * record carries it.
 */
export async function mayReadLedgerAttachment(
  k: Kdb | Tx,
  actor: Actor,
  attachmentId: number,
): Promise<boolean | null> {
  const owners = await ledgerOwnersOf(k, attachmentId);
  if (owners.length === 0) return null;
  for (const o of owners) if (await mayReadRecord(k, actor, o)) return true;
  return false;
}
