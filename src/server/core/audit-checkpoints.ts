// Checkpoints of the audit chain: the chain head (sequence number and hash) at a moment, signed with
// the audit key and appended to `<data dir>/audit-checkpoints.log`, outside the database. The chain's
// keyed hashes stop anyone without the key from rewriting an event; a checkpoint also catches what
// the hashes cannot: the newest events deleted, or the whole table rolled back to an older copy.
// The server writes one at start, every few minutes while events are written, and at shutdown; the
// portal publishes the newest as 审计链校验值, so a copy exists beyond the operator's reach too.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kdb } from '../db/connect.ts';
import { requireAuditKey, type VerifyResult, verifyAudit } from './audit.ts';
import { chinaTime } from './clock.ts';
import { AUDIT_MESSAGES as M } from './messages.ts';

export const CHECKPOINT_FILE = 'audit-checkpoints.log';

export interface Checkpoint {
  seq: number;
  hash: string;
  /** ISO time the checkpoint was taken. */
  at: string;
  /** HMAC-SM3 of the three fields with the audit key. */
  mac: string;
}

function macOf(key: Buffer, c: Pick<Checkpoint, 'seq' | 'hash' | 'at'>): string {
  return createHmac('sm3', key)
    .update(JSON.stringify(['fazhi-checkpoint-v1', c.seq, c.hash, c.at]), 'utf8')
    .digest('hex');
}

function signed(key: Buffer, c: Checkpoint): boolean {
  const expected = Buffer.from(macOf(key, c), 'hex');
  const given = Buffer.from(String(c.mac), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

type Line = { line: number; checkpoint: Checkpoint | null };

function readLines(dataDir: string): Line[] {
  const file = join(dataDir, CHECKPOINT_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((raw, i) => ({ raw, line: i + 1 }))
    .filter((l) => l.raw.trim() !== '')
    .map(({ raw, line }) => {
      try {
        const c = JSON.parse(raw) as Checkpoint;
        const ok = Number.isInteger(c.seq) && typeof c.hash === 'string' && typeof c.at === 'string';
        return { line, checkpoint: ok ? c : null };
      } catch {
        return { line, checkpoint: null };
      }
    });
}

/** The newest checkpoint whose signature holds, or null. */
export function latestCheckpoint(k: Kdb, dataDir: string): Checkpoint | null {
  const key = requireAuditKey(k);
  const lines = readLines(dataDir);
  for (let i = lines.length - 1; i >= 0; i--) {
    const c = lines[i].checkpoint;
    if (c && signed(key, c)) return c;
  }
  return null;
}

/** Appends a checkpoint of the current chain head, unless the newest one already names it. */
export async function writeCheckpoint(
  k: Kdb,
  dataDir: string,
  at: Date = new Date(),
): Promise<Checkpoint | null> {
  const key = requireAuditKey(k);
  const head = await k
    .selectFrom('auditEvent')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!head) return null;
  const last = latestCheckpoint(k, dataDir);
  if (last && last.seq === head.seq && last.hash === head.hash) return last;
  const c = { seq: head.seq, hash: head.hash, at: at.toISOString() };
  const checkpoint: Checkpoint = { ...c, mac: macOf(key, c) };
  const file = join(dataDir, CHECKPOINT_FILE);
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return checkpoint;
}

/**
 * verifyAudit, then the checkpoints: each must carry a valid signature (a forged or edited line is
 * named), and the newest must still be in the chain — its event present (else the chain was cut
 * back) with the same hash (else the table was replaced by another chain).
 */
export async function verifyAuditWithCheckpoints(k: Kdb, dataDir: string): Promise<VerifyResult> {
  const key = requireAuditKey(k);
  const result = await verifyAudit(k);
  let newest: Checkpoint | null = null;
  for (const { line, checkpoint: c } of readLines(dataDir)) {
    if (!c || !signed(key, c)) {
      const firstBroken = { seq: c?.seq ?? 0, code: 'checkpoint' as const, reason: M.forgedCheckpoint(line) };
      return { ...result, ok: false, firstBroken: result.firstBroken ?? firstBroken };
    }
    if (!newest || c.seq >= newest.seq) newest = c;
  }
  if (!newest) return result;
  const checkpoint = { seq: newest.seq, at: newest.at, hash: newest.hash };
  if (!result.ok) return { ...result, checkpoint };
  if (newest.seq > result.count) {
    const reason = M.truncated(newest.seq, chinaTime(newest.at), result.count);
    return {
      ...result,
      ok: false,
      checkpoint,
      firstBroken: { seq: result.count + 1, code: 'truncated', reason },
    };
  }
  const event = await k
    .selectFrom('auditEvent')
    .select('hash')
    .where('seq', '=', newest.seq)
    .executeTakeFirstOrThrow();
  if (event.hash !== newest.hash) {
    const reason = M.rewritten(newest.seq, chinaTime(newest.at));
    return { ...result, ok: false, checkpoint, firstBroken: { seq: newest.seq, code: 'rewritten', reason } };
  }
  return { ...result, checkpoint };
}
