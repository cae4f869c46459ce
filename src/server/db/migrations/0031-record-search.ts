// 全局搜索 (the workbench's one search box): one row per ledger record with the text its list search
// matches — the title and the fields marked `search`, never an encrypted one (phone, ID card) —
// joined by line breaks, with what scoping needs (organisation, assignee) and the record's date for
// ordering. A trigram index serves substring search (SQLite FTS5 trigram, PostgreSQL pg_trgm GIN, an
// ILIKE scan where pg_trgm cannot be created). The application keeps it current in the transaction
// of every create, update and step (ledgers/search-index.ts); the records present when this
// migration runs are indexed here, from the fields as they were declared at this migration (frozen).
import { sql } from 'kysely';
import { type MigrationDb, trigramIndex, withId } from './util.ts';

/** ledger, record type, table, title column, date column, assignee column, indexed columns. */
type Source = [string, string, string, string, string, string | null, string[]];
const SOURCES: Source[] = [
  [
    'disputes',
    'dispute',
    'dispute',
    'title',
    'accepted_on',
    'mediator_id',
    ['title', 'applicant_name', 'respondent_name', 'summary'],
  ],
  [
    'enforcement',
    'case',
    'enforcement_case',
    'title',
    'filed_on',
    'lead_officer_id',
    ['case_no', 'title', 'party_name', 'party_credit_code', 'facts', 'decision_no'],
  ],
  ['enforcement', 'officer', 'enforcement_officer', 'name', 'issued_on', 'user_id', ['name', 'cert_no']],
  ['enforcement', 'item', 'enforcement_item', 'name', 'listed_on', null, ['name', 'code', 'legal_basis']],
  [
    'enforcement',
    'equipment',
    'enforcement_equipment',
    'asset_no',
    'acquired_on',
    'holder_id',
    ['asset_no', 'model'],
  ],
  [
    'enforcement',
    'inspection',
    'enforcement_inspection',
    'enterprise_name',
    'inspected_on',
    'lead_officer_id',
    ['enterprise_name', 'credit_code', 'findings'],
  ],
  [
    'petitions',
    'petition',
    'petition',
    'title',
    'received_on',
    'handler_id',
    ['title', 'petitioner_name', 'content', 'handling_unit'],
  ],
  [
    'petitions',
    'ticket',
    'hotline_ticket',
    'title',
    'received_on',
    'handler_id',
    ['ticket_no', 'title', 'content'],
  ],
  [
    'publicity',
    'activity',
    'publicity_activity',
    'title',
    'held_on',
    null,
    ['title', 'other_theme', 'organiser', 'note'],
  ],
  ['publicity', 'liaison', 'legal_liaison', 'name', 'appointed_on', null, ['name']],
  ['publicity', 'duty', 'publicity_duty', 'unit', 'listed_on', null, ['unit', 'laws']],
  ['study', 'session', 'study_session', 'topic', 'held_on', null, ['topic', 'speaker', 'laws']],
  ['study', 'exam', 'study_exam', 'title', 'held_on', null, ['title']],
  ['leadership', 'meeting', 'leadership_meeting', 'topic', 'held_on', null, ['topic', 'chair', 'decisions']],
  ['leadership', 'shufa', 'leadership_shufa', 'speaker', 'held_on', null, ['speaker', 'post', 'summary']],
  ['decisions', 'decision', 'decision', 'title', 'started_on', null, ['title', 'summary']],
  [
    'decisions',
    'comment',
    'decision_comment',
    'topic',
    'received_on',
    null,
    ['topic', 'commenter_name', 'content'],
  ],
  ['decisions', 'catalogue', 'decision_catalogue', 'title', 'compiled_on', null, ['title', 'items']],
  [
    'emergency',
    'plan',
    'emergency_plan',
    'name',
    'drafted_on',
    null,
    ['name', 'drafter', 'summary', 'doc_number'],
  ],
  ['emergency', 'drill', 'emergency_drill', 'title', 'held_on', null, ['title', 'plan_name']],
  [
    'emergency',
    'event',
    'emergency_event',
    'title',
    'occurred_on',
    null,
    ['title', 'location', 'description'],
  ],
  [
    'review_litigation',
    'review_case',
    'review_case',
    'act',
    'received_on',
    'handler_id',
    ['case_no', 'body', 'claimant_name', 'claimant_org', 'act', 'enforcement_case_no', 'claims'],
  ],
  [
    'normative_docs',
    'normative_doc',
    'normative_doc',
    'title',
    'drafted_on',
    null,
    ['title', 'summary', 'doc_number'],
  ],
  [
    'disclosure',
    'disclosure_request',
    'disclosure_request',
    'title',
    'received_on',
    'handler_id',
    ['title', 'applicant_name', 'description'],
  ],
  [
    'disclosure',
    'disclosure_item',
    'disclosure_item',
    'title',
    'written_on',
    null,
    ['title', 'index_no', 'doc_no', 'summary'],
  ],
  ['advisor', 'advisor', 'legal_advisor', 'name', 'contract_from', null, ['name', 'firm', 'licence_no']],
  ['advisor', 'task', 'advisor_task', 'title', 'sent_on', 'advisor_id', ['title', 'counterparty', 'request']],
  ['advisor', 'checkup', 'advisor_checkup', 'title', 'visited_on', null, ['title', 'items']],
  ['supervision', 'notice', 'supervision_notice', 'title', 'issued_on', null, ['title', 'requirement']],
];

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('record_search'))
    .addColumn('ledger', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('assignee_id', 'integer')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('on_date', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('record_search_record', ['ledger', 'record_type', 'record_id'])
    .execute();
  await db.schema
    .createIndex('record_search_org')
    .on('record_search')
    .columns(['org_id', 'ledger'])
    .execute();
  await trigramIndex(db, 'record_search', ['title', 'body']);
  for (const [ledger, type, table, title, date, assignee, columns] of SOURCES) {
    // body: the columns' values, an empty line for an empty one, joined by line breaks
    const body = columns.map((c) => `COALESCE(CAST(${c} AS TEXT), '')`).join(` || '\n' || `);
    await sql
      .raw(`INSERT INTO record_search (ledger, record_type, record_id, org_id, assignee_id, title, body, on_date, updated_at)
        SELECT '${ledger}', '${type}', id, org_id, ${assignee ?? 'NULL'}, COALESCE(CAST(${title} AS TEXT), CAST(id AS TEXT)),
        ${body}, ${date}, updated_at FROM ${table}`)
      .execute(db);
  }
}
