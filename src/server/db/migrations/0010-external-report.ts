// Reports of townships that do not use Fazhi, added by the county supervisor: one per organisation
// and year, the original file kept as an attachment, its decoded text, and what the checker found
// (figures and findings) when it was uploaded. Frozen once released.
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('external_report'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'integer', (c) => c.references('attachment.id'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('metrics_json', 'text', (c) => c.notNull())
    .addColumn('findings_json', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text')
    .addColumn('uploaded_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('external_report_org_year_unique', ['org_id', 'year'])
    .execute();
}
