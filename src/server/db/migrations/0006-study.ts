// Migration of the study ledger (学法考法). Frozen once released.
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('study_session'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text')
    .addColumn('attendees', 'integer', (c) => c.notNull())
    .addColumn('hours', 'numeric')
    .addColumn('laws', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('study_session_org_idx')
    .on('study_session')
    .columns(['org_id', 'held_on'])
    .execute();

  await withId(db, db.schema.createTable('study_exam'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('takers', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('study_exam_org_idx').on('study_exam').columns(['org_id', 'held_on']).execute();
}
