// Migration of the normative documents ledger (行政规范性文件). Frozen once released.
import { type MigrationDb, recordTable } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await recordTable(db, 'normative_doc')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('drafted_on', 'text', (c) => c.notNull())
    .addColumn('drafting_unit', 'text', (c) => c.notNull())
    .addColumn('drafter', 'text')
    .addColumn('business_related', 'integer')
    .addColumn('summary', 'text')
    .addColumn('comment_from', 'text')
    .addColumn('comment_until', 'text')
    .addColumn('comment_channel', 'text')
    .addColumn('comment_short_reason', 'text')
    .addColumn('comment_count', 'integer')
    .addColumn('comment_adoption', 'text')
    .addColumn('submitted_on', 'text')
    .addColumn('review_body', 'text')
    .addColumn('review_conclusion', 'text')
    .addColumn('review_opinion', 'text')
    .addColumn('reviewed_on', 'text')
    .addColumn('reviewer', 'text')
    .addColumn('fair_conclusion', 'text')
    .addColumn('fair_opinion', 'text')
    .addColumn('fair_reviewed_on', 'text')
    .addColumn('meeting', 'text')
    .addColumn('deliberated_on', 'text')
    .addColumn('deliberation_result', 'text')
    .addColumn('doc_prefix', 'text')
    .addColumn('doc_year', 'integer')
    .addColumn('doc_seq', 'integer')
    .addColumn('doc_number', 'text')
    .addColumn('registered_on', 'text')
    .addColumn('published_on', 'text')
    .addColumn('publish_channel', 'text')
    .addColumn('effective_on', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('filed_on', 'text')
    .addColumn('filed_with', 'text')
    .addColumn('filing_no', 'text')
    .addColumn('cleaned_on', 'text')
    .addColumn('clean_result', 'text')
    .addColumn('clean_reason', 'text')
    .addColumn('abandon_reason', 'text')
    .execute();
  await db.schema
    .createIndex('normative_doc_org_idx')
    .on('normative_doc')
    .columns(['org_id', 'drafted_on'])
    .execute();
  await db.schema.createIndex('normative_doc_state_idx').on('normative_doc').columns(['state']).execute();
  // 三统一: one number per issuing organisation and year (the guard refuses first, in Chinese).
  await db.schema
    .createIndex('normative_doc_number_uq')
    .on('normative_doc')
    .columns(['org_id', 'doc_year', 'doc_seq'])
    .unique()
    .execute();
}
