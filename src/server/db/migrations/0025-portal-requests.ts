// 公开门户 online forms: the 依申请公开 request's applicant details an online form asks for (证件类型,
// 电子邮箱, 统一社会信用代码, 法定代表人, 联系人, 用途, 获取方式), the receipts of online requests (申请编号
// and the keyed hash of the 查询码, never the code), and each organisation's details for its 政府信息公开指南. Frozen once released.
import { sql } from 'kysely';
import { type MigrationDb, withId } from './util.ts';

const REQUEST_COLUMNS = [
  'applicant_id_type',
  'applicant_id_no',
  'applicant_email',
  'applicant_credit_code',
  'applicant_legal_rep',
  'applicant_contact',
  'purpose',
  'delivery_method',
] as const;

export async function up(db: MigrationDb): Promise<void> {
  for (const col of REQUEST_COLUMNS) {
    await db.schema.alterTable('disclosure_request').addColumn(col, 'text').execute();
  }

  await withId(db, db.schema.createTable('portal_receipt'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('disclosure_request.id'))
    .addColumn('receipt_no', 'text', (c) => c.notNull().unique())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('portal_org_profile')
    .addColumn('org_id', 'integer', (c) => c.primaryKey().references('org.id'))
    .addColumn('office', 'text')
    .addColumn('address', 'text')
    .addColumn('postcode', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('hours', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(sql`''`))
    .execute();
}
