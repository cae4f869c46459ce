// Migration of the emergency ledger (突发事件应对): plans, drills and events. Frozen once released.
import { type MigrationDb, recordTable } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await recordTable(db, 'emergency_plan')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('plan_type', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('drafted_on', 'text', (c) => c.notNull())
    .addColumn('drafter', 'text')
    .addColumn('summary', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('doc_number', 'text')
    .addColumn('published_on', 'text')
    .addColumn('disclosed', 'integer')
    .addColumn('filed_on', 'text')
    .addColumn('last_revised_on', 'text')
    .addColumn('revision_reason', 'text')
    .addColumn('revision_scope', 'text')
    .addColumn('last_evaluated_on', 'text')
    .addColumn('evaluation_conclusion', 'text')
    .addColumn('next_review_due', 'text')
    .addColumn('abolished_on', 'text')
    .addColumn('abolish_reason', 'text')
    .execute();
  await db.schema
    .createIndex('emergency_plan_org_idx')
    .on('emergency_plan')
    .columns(['org_id', 'drafted_on'])
    .execute();

  await recordTable(db, 'emergency_drill')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('plan_name', 'text')
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('evaluated', 'integer')
    .addColumn('findings', 'text')
    .addColumn('improvements', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('emergency_drill_org_idx')
    .on('emergency_drill')
    .columns(['org_id', 'held_on'])
    .execute();

  await recordTable(db, 'emergency_event')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('occurred_time', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('level', 'text')
    .addColumn('location', 'text')
    .addColumn('description', 'text')
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('deaths', 'integer')
    .addColumn('injuries', 'integer')
    .addColumn('affected', 'integer')
    .addColumn('loss', 'numeric')
    .addColumn('reported_on', 'text')
    .addColumn('reported_time', 'text')
    .addColumn('reported_to', 'text')
    .addColumn('report_minutes', 'integer')
    .addColumn('report_timely', 'integer')
    .addColumn('late_reason', 'text')
    .addColumn('ended_on', 'text')
    .addColumn('evaluated_on', 'text')
    .addColumn('evaluation_summary', 'text')
    .addColumn('improvements', 'text')
    .execute();
  await db.schema
    .createIndex('emergency_event_org_idx')
    .on('emergency_event')
    .columns(['org_id', 'occurred_on'])
    .execute();
}
