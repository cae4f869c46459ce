// The audit log stops being read as data. (1) `annual_report.published_version`: the version the
// public portal shows (the current one at the last 公开), and `republished_at`: when a corrected
// version replaced an earlier published one (the portal's 更正日期); both written by the publish
// step. (2) `workflow_refusal`: every step the workflow engine refused, written with its audit event;
// the annual report's roll-up reads it. Both are filled here from the audit events written so far,
// the way the portal and the roll-up read them until now. Frozen once released.
import { sql } from 'kysely';
import { type MigrationDb, withId } from './util.ts';

export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable('annual_report').addColumn('published_version', 'integer').execute();
  await db.schema.alterTable('annual_report').addColumn('republished_at', 'text').execute();

  await withId(db, db.schema.createTable('workflow_refusal'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('app_user.id'))
    .addColumn('actor_name', 'text')
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('ledger', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('transition', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('status', 'integer', (c) => c.notNull().defaultTo(409))
    .execute();
  await db.schema
    .createIndex('workflow_refusal_org_at_idx')
    .on('workflow_refusal')
    .columns(['org_id', 'at'])
    .execute();
  await db.schema
    .createIndex('workflow_refusal_record_idx')
    .on('workflow_refusal')
    .columns(['ledger', 'record_type', 'record_id'])
    .execute();

  await fillPublishedVersions(db);
  await fillRefusals(db);
}

const parse = (json: string | null): Record<string, unknown> => {
  try {
    const v = json ? JSON.parse(json) : {};
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

// Column aliases without underscores read the same with or without the CamelCasePlugin.

/** Each report's last 公开 step gives its published version; a later step of another version, 更正日期. */
export async function fillPublishedVersions(db: MigrationDb): Promise<void> {
  const reports = await sql<{
    id: number;
    state: string;
    currentversion: number;
    publishedon: string | null;
  }>`select id, state, current_version as currentversion, published_on as publishedon from annual_report`.execute(
    db,
  );
  const events = await sql<{ entityid: string; beforejson: string | null; at: string }>`
    select entity_id as entityid, before_json as beforejson, at from audit_event
    where action = 'annual_report.publish' and entity_type = 'annual_report' order by seq`.execute(db);
  const steps = new Map<string, Array<{ version: number | null; at: string }>>();
  for (const e of events.rows) {
    const version = parse(e.beforejson).version;
    const list = steps.get(String(e.entityid)) ?? [];
    list.push({ version: typeof version === 'number' ? version : null, at: e.at });
    steps.set(String(e.entityid), list);
  }
  for (const r of reports.rows) {
    const list = steps.get(String(r.id)) ?? [];
    const first = list[0];
    const last = list.at(-1);
    const published = r.publishedon !== null || r.state === 'published' || r.state === 'archived';
    const version = last
      ? (last.version ?? Number(r.currentversion))
      : published
        ? Number(r.currentversion)
        : null;
    if (version === null) continue;
    const republishedAt = last && first && last !== first && last.version !== first.version ? last.at : null;
    await db
      .updateTable('annual_report')
      .set({ published_version: version, republished_at: republishedAt })
      .where('id', '=', r.id)
      .execute();
  }
}

/** Every `<workflow>.refused` audit event becomes a workflow_refusal row. */
export async function fillRefusals(db: MigrationDb): Promise<void> {
  const events = await sql<{
    at: string;
    actorid: number | null;
    actorname: string | null;
    orgid: number | null;
    action: string;
    entitytype: string | null;
    entityid: string | null;
    afterjson: string | null;
  }>`
    select at, actor_id as actorid, actor_name as actorname, org_id as orgid, action,
           entity_type as entitytype, entity_id as entityid, after_json as afterjson
    from audit_event where action like '%.refused' order by seq`.execute(db);
  for (const e of events.rows) {
    const ledger = e.action.slice(0, -'.refused'.length);
    const recordId = Number(e.entityid);
    if (e.orgid === null || !Number.isInteger(recordId)) continue;
    const recordType =
      ledger === 'annual_report'
        ? 'report'
        : (e.entitytype ?? '').startsWith(`${ledger}.`)
          ? (e.entitytype ?? '').slice(ledger.length + 1)
          : (e.entitytype ?? '');
    const after = parse(e.afterjson);
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    await db
      .insertInto('workflow_refusal')
      .values({
        at: e.at,
        actor_id: e.actorid,
        actor_name: e.actorname,
        org_id: e.orgid,
        ledger,
        record_type: recordType,
        record_id: recordId,
        transition: str(after.transition),
        rule: str(after.rule),
        basis: str(after.basis),
        status: typeof after.status === 'number' ? after.status : 409,
      })
      .execute();
  }
}
