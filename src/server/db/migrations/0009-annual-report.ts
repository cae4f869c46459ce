// The annual report's workflow: one row per organisation and year, and its versions. A signed
// version is immutable: triggers reject UPDATE and DELETE of a row whose signed_at is set (the
// signing itself is the one UPDATE of an unsigned row). Frozen once released.
import { sql } from 'kysely';
import { isPostgres, type MigrationDb, withId } from './util.ts';

const SIGNED = '已签发的年度报告版本不可修改或删除';

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable('annual_report'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('drafting'))
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('approved_version', 'integer')
    .addColumn('submit_by', 'text', (c) => c.notNull())
    .addColumn('publish_by', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text')
    .addColumn('published_on', 'text')
    .addColumn('archived_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('annual_report_org_year_unique', ['org_id', 'year'])
    .execute();

  await withId(db, db.schema.createTable('annual_report_version'))
    .addColumn('report_id', 'integer', (c) => c.notNull().references('annual_report.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('signed_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('signed_at', 'text')
    .addUniqueConstraint('annual_report_version_unique', ['report_id', 'version'])
    .execute();

  if (isPostgres(db)) {
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION annual_report_version_signed() RETURNS trigger AS $$
         BEGIN
           IF OLD.signed_at IS NOT NULL THEN RAISE EXCEPTION '${SIGNED}'; END IF;
           IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
           RETURN NEW;
         END; $$ LANGUAGE plpgsql`,
      )
      .execute(db);
    await sql
      .raw(
        `CREATE TRIGGER annual_report_version_immutable BEFORE UPDATE OR DELETE ON annual_report_version
         FOR EACH ROW EXECUTE FUNCTION annual_report_version_signed()`,
      )
      .execute(db);
  } else {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER annual_report_version_no_${op.toLowerCase()} BEFORE ${op} ON annual_report_version
           WHEN OLD.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, '${SIGNED}'); END`,
        )
        .execute(db);
    }
  }
}
