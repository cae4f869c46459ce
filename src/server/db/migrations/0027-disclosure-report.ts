// The 政府信息公开工作年度报告's workflow: one row per organisation and year (its state, due dates,
// the 上年结转 figures a clerk entered by hand when last year's report is not in the system), and
// its signed versions — each the computed report as it was signed, append-only: the database
// rejects any UPDATE or DELETE of a version. Frozen once released.
import { appendOnly, type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('disclosure_report'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('drafting'))
    .addColumn('current_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submit_by', 'text', (c) => c.notNull())
    .addColumn('publish_by', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text')
    .addColumn('published_on', 'text')
    .addColumn('published_version', 'integer')
    .addColumn('carried_json', 'text')
    .addColumn('carried_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('disclosure_report_org_year_unique', ['org_id', 'year'])
    .execute();

  await withId(db, db.schema.createTable('disclosure_report_version'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('disclosure_report.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'integer', (c) => c.notNull().references('app_user.id'))
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addUniqueConstraint('disclosure_report_version_unique', ['report_id', 'version'])
    .execute();
  await appendOnly(db, 'disclosure_report_version', '已签发的信息公开年度报告版本不可修改或删除');
}
