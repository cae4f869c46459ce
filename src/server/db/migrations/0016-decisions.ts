// Migration of the decisions ledger (重大行政决策): the yearly catalogue, the decisions and the public
// comments on them. Frozen once released.
import { type MigrationDb, recordTable } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await recordTable(db, 'decision_catalogue')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('compiled_on', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('approved_on', 'text')
    .addColumn('approval_meeting', 'text')
    .addColumn('published_on', 'text')
    .addColumn('publish_channel', 'text')
    .execute();
  await db.schema
    .createIndex('decision_catalogue_org_idx')
    .on('decision_catalogue')
    .columns(['org_id', 'compiled_on'])
    .execute();

  await recordTable(db, 'decision')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('in_catalogue', 'integer')
    .addColumn('sponsor', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('comment_from', 'text')
    .addColumn('comment_days', 'integer')
    .addColumn('comment_until', 'text')
    .addColumn('comment_channel', 'text')
    .addColumn('comment_short_reason', 'text')
    .addColumn('participation_summary', 'text')
    .addColumn('participation_skip_reason', 'text')
    .addColumn('expert_on', 'text')
    .addColumn('expert_opinion', 'text')
    .addColumn('expert_skip_reason', 'text')
    .addColumn('risk_on', 'text')
    .addColumn('risk_level', 'text')
    .addColumn('risk_opinion', 'text')
    .addColumn('risk_skip_reason', 'text')
    .addColumn('review_sent_on', 'text')
    .addColumn('review_days', 'integer')
    .addColumn('review_short_reason', 'text')
    .addColumn('review_conclusion', 'text')
    .addColumn('review_opinion', 'text')
    .addColumn('reviewed_on', 'text')
    .addColumn('reviewer', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('meeting_kind', 'text')
    .addColumn('meeting_minutes', 'text')
    .addColumn('published_on', 'text')
    .addColumn('publish_channel', 'text')
    .addColumn('publish_skip_reason', 'text')
    .addColumn('evaluated_on', 'text')
    .addColumn('evaluation_summary', 'text')
    .addColumn('terminated_on', 'text')
    .addColumn('termination_reason', 'text')
    .execute();
  await db.schema.createIndex('decision_org_idx').on('decision').columns(['org_id', 'started_on']).execute();
  await db.schema
    .createIndex('decision_decided_idx')
    .on('decision')
    .columns(['org_id', 'decided_on'])
    .execute();

  await recordTable(db, 'decision_comment')
    .addColumn('topic', 'text', (c) => c.notNull())
    // The decision commented on; checked against the clerk's scope when the comment is accepted (a
    // comment keyed in with a wrong number is refused there, never lost to a foreign-key error).
    .addColumn('decision_id', 'integer', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('commenter_name', 'text')
    .addColumn('commenter_phone', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('reject_reason', 'text')
    .addColumn('moderation_note', 'text')
    .addColumn('adoption', 'text')
    .addColumn('reply_text', 'text')
    .addColumn('replied_on', 'text')
    .addColumn('reply_published_on', 'text')
    .execute();
  await db.schema
    .createIndex('decision_comment_org_idx')
    .on('decision_comment')
    .columns(['org_id', 'received_on'])
    .execute();
  await db.schema
    .createIndex('decision_comment_decision_idx')
    .on('decision_comment')
    .columns(['decision_id'])
    .execute();
}
