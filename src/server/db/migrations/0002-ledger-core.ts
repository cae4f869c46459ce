// Migration of the shared ledger machinery: workflow steps and deadlines. Frozen once released.
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('workflow_step'))
    .addColumn('ledger', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('actor_name', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('fields_json', 'text')
    .execute();
  await db.schema
    .createIndex('workflow_step_record_idx')
    .on('workflow_step')
    .columns(['ledger', 'record_type', 'record_id'])
    .execute();

  await withId(db, db.schema.createTable('deadline'))
    .addColumn('ledger', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('deadline_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'integer')
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('pauses_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('extensions_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('due', 'text')
    .addColumn('explain_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('warn_days', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('met_on', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('deadline_record_unique', ['ledger', 'record_type', 'record_id', 'deadline_id'])
    .execute();
  await db.schema.createIndex('deadline_open_idx').on('deadline').columns(['state', 'org_id']).execute();
}
