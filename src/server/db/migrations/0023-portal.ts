// 行政执法公示: a published enforcement decision withdrawn when it is changed, revoked or found
// unlawful or void (行政处罚法 第四十八条): the day and the reason, shown on the portal with the
// decision. Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('enforcement_case').addColumn('disclosure_withdrawn_on', 'text').execute();
  await db.schema.alterTable('enforcement_case').addColumn('disclosure_withdraw_reason', 'text').execute();
}
