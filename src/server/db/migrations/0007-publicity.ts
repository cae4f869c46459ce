// Migration of the publicity ledger (普法宣传). Frozen once released.
import { type MigrationDb, withId } from './util.ts';

const common = ['created_at', 'updated_at'];

export async function up(db: MigrationDb): Promise<void> {
  let a = withId(db, db.schema.createTable('publicity_activity'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('key_date', 'text');
  for (const theme of [
    'constitution',
    'civil_code',
    'national_security',
    'anti_drug',
    'anti_fraud',
    'minors',
    'consumer',
    'safety',
  ]) {
    a = a.addColumn(`theme_${theme}`, 'integer', (c) => c.notNull().defaultTo(0));
  }
  for (const col of ['other_theme', 'organiser', 'note']) a = a.addColumn(col, 'text');
  for (const col of ['audience', 'materials', 'banners', 'online_posts', 'consultations'])
    a = a.addColumn(col, 'integer');
  for (const col of common) a = a.addColumn(col, 'text', (c) => c.notNull());
  await a.addColumn('created_by', 'integer', (c) => c.references('app_user.id')).execute();
  await db.schema
    .createIndex('publicity_activity_org_idx')
    .on('publicity_activity')
    .columns(['org_id', 'held_on'])
    .execute();

  let l = withId(db, db.schema.createTable('legal_liaison'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('appointed_on', 'text', (c) => c.notNull());
  for (const col of ['phone', 'trained_on', 'left_on', 'left_reason']) l = l.addColumn(col, 'text');
  for (const col of common) l = l.addColumn(col, 'text', (c) => c.notNull());
  await l.addColumn('created_by', 'integer', (c) => c.references('app_user.id')).execute();
  await db.schema
    .createIndex('legal_liaison_org_idx')
    .on('legal_liaison')
    .columns(['org_id', 'appointed_on'])
    .execute();

  let d = withId(db, db.schema.createTable('publicity_duty'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('listed_on', 'text', (c) => c.notNull())
    .addColumn('laws', 'text', (c) => c.notNull())
    .addColumn('duties', 'text', (c) => c.notNull());
  for (const col of ['targets', 'measures']) d = d.addColumn(col, 'text');
  for (const col of common) d = d.addColumn(col, 'text', (c) => c.notNull());
  await d.addColumn('created_by', 'integer', (c) => c.references('app_user.id')).execute();
  await db.schema
    .createIndex('publicity_duty_org_idx')
    .on('publicity_duty')
    .columns(['org_id', 'listed_on'])
    .execute();
}
