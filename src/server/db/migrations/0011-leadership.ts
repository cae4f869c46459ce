// Migration of the leadership ledger (第一责任人). Frozen once released.
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('leadership_meeting'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('chair', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('decisions', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('leadership_meeting_org_idx')
    .on('leadership_meeting')
    .columns(['org_id', 'held_on'])
    .execute();

  await withId(db, db.schema.createTable('leadership_shufa'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('leadership_shufa_org_idx')
    .on('leadership_shufa')
    .columns(['org_id', 'held_on'])
    .execute();
}
