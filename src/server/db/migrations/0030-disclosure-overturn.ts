// 行政处罚法 第四十八条第二款: a published decision that is changed, revoked, or found unlawful or
// void is withdrawn within three days. The day it happened and what happened start that clock
// (`disclosure_withdraw`, closed by 撤回公开). Frozen once released.
import type { MigrationDb } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('enforcement_case').addColumn('disclosure_overturned_on', 'text').execute();
  await db.schema.alterTable('enforcement_case').addColumn('disclosure_overturn_reason', 'text').execute();
}
