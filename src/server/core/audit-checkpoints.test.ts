// The audit chain's anchors on each dialect: events written before keyed hashing are accepted only
// as the chain's first events, and signed checkpoints outside the database catch what keyed hashes
// cannot — the newest events deleted, the table replaced by another chain, a forged checkpoint.
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/db.ts';
import { inTx } from '../../../test/factories.ts';
import type { Kdb } from '../db/connect.ts';
import { systemActor } from './actor.ts';
import { auditHash, GENESIS_HASH, recordAudit, verifyAudit } from './audit.ts';
import {
  CHECKPOINT_FILE,
  latestCheckpoint,
  verifyAuditWithCheckpoints,
  writeCheckpoint,
} from './audit-checkpoints.ts';

async function record(k: Kdb, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await inTx(k, (tx) =>
      recordAudit(tx, systemActor, { action: 'test.event', entityType: 'test', entityId: i }),
    );
  }
}

async function dropAppendOnly(k: Kdb, dialect: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql`DROP TRIGGER audit_event_no_update_delete ON audit_event`.execute(k);
  } else {
    await sql`DROP TRIGGER audit_event_no_update`.execute(k);
    await sql`DROP TRIGGER audit_event_no_delete`.execute(k);
  }
}

/** An event as the first releases wrote it: hashed with plain SM3, no key. */
async function insertUnkeyed(k: Kdb, seq: number, prevHash: string): Promise<string> {
  const fields = {
    seq,
    at: new Date(Date.UTC(2026, 0, 5, 2, seq)).toISOString(),
    actorId: null,
    actorName: '系统',
    orgId: null,
    action: 'test.legacy',
    entityType: 'test',
    entityId: String(seq),
    beforeJson: null,
    afterJson: null,
    clientIp: null,
    prevHash,
  };
  const hash = auditHash(fields, null);
  await k
    .insertInto('auditEvent')
    .values({ ...fields, hash })
    .execute();
  return hash;
}

describeEachDialect('audit chain before keys', (ctx) => {
  it('accepts unkeyed events only at the start of the chain', async () => {
    const { k } = ctx().db;
    let prev = GENESIS_HASH;
    for (const seq of [1, 2, 3]) prev = await insertUnkeyed(k, seq, prev);
    await record(k, 2);
    expect(await verifyAudit(k)).toEqual({ ok: true, count: 5, legacy: 3 });
    // an unkeyed event after keyed ones: written by someone without the key
    const head = await k
      .selectFrom('auditEvent')
      .select('hash')
      .where('seq', '=', 5)
      .executeTakeFirstOrThrow();
    await insertUnkeyed(k, 6, head.hash);
    const v = await verifyAudit(k);
    expect(v).toMatchObject({ ok: false, count: 5, legacy: 3, firstBroken: { seq: 6, code: 'unkeyed' } });
    expect(v.firstBroken?.reason).toContain('审计密钥');
  });
});

describeEachDialect('audit checkpoints', (ctx, dialect) => {
  it('names truncation, a replaced chain and a forged checkpoint', async () => {
    const { k } = ctx().db;
    const dir = ctx().dataDir;
    await record(k, 10);
    const first = await writeCheckpoint(k, dir, new Date('2026-12-03T01:00:00Z'));
    expect(first).toMatchObject({ seq: 10 });
    // nothing new: the same checkpoint, no new line
    await writeCheckpoint(k, dir, new Date('2026-12-03T01:10:00Z'));
    expect(readFileSync(join(dir, CHECKPOINT_FILE), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(await verifyAuditWithCheckpoints(k, dir)).toMatchObject({
      ok: true,
      count: 10,
      checkpoint: { seq: 10, at: '2026-12-03T01:00:00.000Z' },
    });

    // the newest three events deleted: the chain alone still verifies, the checkpoint does not
    await dropAppendOnly(k, dialect);
    await k.deleteFrom('auditEvent').where('seq', '>', 7).execute();
    expect((await verifyAudit(k)).ok).toBe(true);
    let v = await verifyAuditWithCheckpoints(k, dir);
    expect(v).toMatchObject({ ok: false, count: 7, firstBroken: { seq: 8, code: 'truncated' } });
    expect(v.firstBroken?.reason).toContain('2026-12-03 09:00:00');
    expect(v.firstBroken?.reason).toContain('第 10 条');

    // other events written in their place (a rolled-back copy written on): the hash differs
    await record(k, 3);
    v = await verifyAuditWithCheckpoints(k, dir);
    expect(v).toMatchObject({ ok: false, count: 10, firstBroken: { seq: 10, code: 'rewritten' } });

    // a checkpoint line forged without the key
    const c = latestCheckpoint(k, dir);
    appendFileSync(
      join(dir, CHECKPOINT_FILE),
      `${JSON.stringify({ ...c, seq: 11, mac: '00'.repeat(32) })}\n`,
    );
    v = await verifyAuditWithCheckpoints(k, dir);
    expect(v.firstBroken).toMatchObject({ code: 'checkpoint' });
    expect(v.firstBroken?.reason).toContain('第 2 行');
  });
});
