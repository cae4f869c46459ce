// Migration of the enforcement ledger (行政执法): officers, the item list, equipment, cases and
// inspections. Frozen once released.
import type { CreateTableBuilder } from 'kysely';
import { type MigrationDb, withId } from './util.ts';

type Col = [name: string, type: 'text' | 'integer' | 'numeric', notNull?: boolean];

function common<T extends string>(t: CreateTableBuilder<T, never>) {
  return t
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull());
}

async function table(
  db: MigrationDb,
  name: string,
  cols: Col[],
  refs: Record<string, string> = {},
): Promise<void> {
  // biome-ignore lint/suspicious/noExplicitAny: the builder's column-name type grows with each column
  let t: any = common(withId(db, db.schema.createTable(name)));
  for (const [col, type, notNull] of cols) {
    const ref = refs[col];
    t = t.addColumn(col, type, (c: { notNull(): unknown; references(r: string): unknown }) => {
      let b = c as unknown as { notNull(): typeof b; references(r: string): typeof b };
      if (notNull) b = b.notNull();
      if (ref) b = b.references(ref);
      return b;
    });
  }
  await t.execute();
}

export async function up(db: MigrationDb): Promise<void> {
  await table(
    db,
    'enforcement_officer',
    [
      ['name', 'text', true],
      ['cert_no', 'text', true],
      ['field', 'text', true],
      ['issued_on', 'text', true],
      ['valid_until', 'text', true],
      ['user_id', 'integer'],
      ['revoked_on', 'text'],
      ['revoke_reason', 'text'],
    ],
    { user_id: 'app_user.id' },
  );
  await db.schema
    .createIndex('enforcement_officer_org_idx')
    .on('enforcement_officer')
    .columns(['org_id'])
    .execute();
  await db.schema
    .createIndex('enforcement_officer_user_idx')
    .on('enforcement_officer')
    .columns(['user_id'])
    .execute();

  await table(db, 'enforcement_item', [
    ['name', 'text', true],
    ['code', 'text'],
    ['category', 'text', true],
    ['source', 'text', true],
    ['legal_basis', 'text', true],
    ['department', 'text'],
    ['listed_on', 'text', true],
    ['cancelled_on', 'text'],
    ['cancel_reason', 'text'],
  ]);
  await db.schema
    .createIndex('enforcement_item_org_idx')
    .on('enforcement_item')
    .columns(['org_id'])
    .execute();

  await table(
    db,
    'enforcement_equipment',
    [
      ['kind', 'text', true],
      ['asset_no', 'text', true],
      ['model', 'text'],
      ['holder_id', 'integer'],
      ['acquired_on', 'text', true],
      ['retired_on', 'text'],
      ['retire_reason', 'text'],
    ],
    { holder_id: 'app_user.id' },
  );
  await db.schema
    .createIndex('enforcement_equipment_org_idx')
    .on('enforcement_equipment')
    .columns(['org_id'])
    .execute();

  await table(
    db,
    'enforcement_case',
    [
      ['case_no', 'text', true],
      ['title', 'text', true],
      ['filed_on', 'text', true],
      ['source', 'text', true],
      ['item_id', 'integer'],
      ['is_major', 'integer', true],
      ['lead_officer_id', 'integer'],
      ['second_officer_id', 'integer'],
      ['party_type', 'text', true],
      ['party_name', 'text', true],
      ['party_idcard', 'text'],
      ['party_phone', 'text'],
      ['party_credit_code', 'text'],
      ['facts', 'text'],
      ['notice_on', 'text'],
      ['hearing_offered', 'integer'],
      ['hearing_requested_on', 'text'],
      ['hearing_notice_on', 'text'],
      ['hearing_on', 'text'],
      ['legal_reviewer', 'text'],
      ['legal_reviewer_id', 'integer'],
      ['legal_review_opinion', 'text'],
      ['legal_review_note', 'text'],
      ['legal_reviewed_on', 'text'],
      ['discussed_on', 'text'],
      ['discussion_note', 'text'],
      ['extended_on', 'text'],
      ['extension_approver', 'text'],
      ['extension_reason', 'text'],
      ['decision_no', 'text'],
      ['decided_on', 'text'],
      ['outcome', 'text'],
      ['fine_amount', 'numeric'],
      ['confiscated_amount', 'numeric'],
      ['first_violation', 'integer'],
      ['harm_minor', 'integer'],
      ['corrected', 'integer'],
      ['penalty_decision_on', 'text'],
      ['other_decision_on', 'text'],
      ['served_on', 'text'],
      ['service_method', 'text'],
      ['executed_on', 'text'],
      ['execution_way', 'text'],
      ['closed_on', 'text'],
      ['archived_on', 'text'],
      ['archive_no', 'text'],
      ['terminated_on', 'text'],
      ['termination_reason', 'text'],
      ['published_on', 'text'],
      ['published_at', 'text'],
      ['disclosure_exempt_reason', 'text'],
      ['disclosure_exempt_note', 'text'],
      ['file_review_score', 'integer'],
      ['file_review_grade', 'text'],
      ['file_reviewer', 'text'],
      ['file_reviewed_on', 'text'],
    ],
    {
      item_id: 'enforcement_item.id',
      lead_officer_id: 'app_user.id',
      second_officer_id: 'app_user.id',
      legal_reviewer_id: 'app_user.id',
    },
  );
  await db.schema
    .createIndex('enforcement_case_org_idx')
    .on('enforcement_case')
    .columns(['org_id', 'filed_on'])
    .execute();
  await db.schema
    .createIndex('enforcement_case_state_idx')
    .on('enforcement_case')
    .columns(['state'])
    .execute();
  await db.schema
    .createIndex('enforcement_case_decided_idx')
    .on('enforcement_case')
    .columns(['decided_on'])
    .execute();

  await table(
    db,
    'enforcement_inspection',
    [
      ['enterprise_name', 'text', true],
      ['credit_code', 'text'],
      ['inspected_on', 'text', true],
      ['kind', 'text', true],
      ['item_id', 'integer'],
      ['lead_officer_id', 'integer'],
      ['second_officer_id', 'integer'],
      ['result', 'text', true],
      ['findings', 'text'],
      ['rectified_on', 'text'],
    ],
    { item_id: 'enforcement_item.id', lead_officer_id: 'app_user.id', second_officer_id: 'app_user.id' },
  );
  await db.schema
    .createIndex('enforcement_inspection_org_idx')
    .on('enforcement_inspection')
    .columns(['org_id', 'inspected_on'])
    .execute();
  await db.schema
    .createIndex('enforcement_inspection_enterprise_idx')
    .on('enforcement_inspection')
    .columns(['credit_code', 'inspected_on'])
    .execute();
}
