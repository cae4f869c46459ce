// Province-scale data for the benchmark of issue 15 item 4 (bench/scale/province.ts): more counties
// and townships, each a copy of one township of the demo county (清源县, loaded through the real
// seeds: every record written by createRecord / runTransition with its steps, clocks, search row
// and audit event) moved to its own organisations, accounts and years.
//
// A generated township gets, through the ordinary commands (createOrg, createUser, assignRole, each
// with its audit event), the same subtree of villages, communities and grids as its template and
// one account per template account (same roles). Its records are then copied from the template
// township's rows of every table that has an org_id (and the rows that hang off them: versions of a
// report), once per year shift: shift 0 copies the demo's previous year and this year to date,
// shift -2 the same two years two years earlier, and so on. In each copy
//   - every id becomes id + offset (one offset per copy, the same for all tables), so references
//     between copied rows — foreign keys, and the untyped ones (record_id of steps, clocks, refusals
//     and search rows, attachment_ids, decision_id) — stay consistent without an id map;
//   - organisations and accounts are mapped to the generated ones (county-level ones are kept);
//   - every date and year in text (dates, instants, 〔2025〕, 2025年, JSON) and year columns move by
//     the shift; the template township's code and name become the new township's in every text;
//   - encrypted personal fields (SM4 via core/pii.ts) are copied as they are: they stay valid
//     ciphertexts under the same FAZHI_SECRET, and the lists decrypt them to mask as for real data;
//   - clocks still open on the template's today are closed (met on their due date) in shifted
//     copies, as a real township's clocks of two years ago would be;
//   - audit events are copied for their size (the chain's hashes are copied too, so `fazhi audit
//     verify` does not pass on a generated database: it is a benchmark database, dropped after).
// Attachment bytes (blob_chunk, content-addressed) are shared, not copied: their size is estimated
// apart in the report. Works on SQLite and PostgreSQL (the unit test runs both).
import { sql } from 'kysely';
import { type Actor, systemActor } from '../../src/server/core/actor.ts';
import { createOrg } from '../../src/server/core/orgs.ts';
import { assignRole } from '../../src/server/core/roles.ts';
import { createUser } from '../../src/server/core/users.ts';
import type { Db } from '../../src/server/db/connect.ts';
import { seededRandom } from '../../src/shared/random.ts';
import type { OrgKind, Role } from '../../src/shared/roles.ts';
import { bulkInsert } from '../bench-db.ts';

/** Tables never copied: accounts and organisations (made by the commands), per-process and per-user state. */
const NOT_COPIED = new Set([
  'org',
  'app_user',
  'role_assignment',
  'session',
  'login_counter',
  'rate_counter',
  'notification_read',
  'mail_digest',
  'password_history',
  'password_reset',
  'calendar_year',
  'cache_stamp',
  'blob_chunk',
  'kysely_migration',
  'kysely_migration_lock',
]);

/** Integer columns that hold a record id without a foreign key (any ledger table: same offset). */
const RECORD_ID_COLUMNS = new Set(['record_id']);
/** Integer columns holding a user id without a foreign key. */
const USER_COLUMNS = new Set(['assignee_id', 'actor_id']);
/** Integer columns holding a year. */
const YEAR_COLUMNS = new Set(['year', 'doc_year']);
/** Untyped references to another table's id. */
const LOOSE_REFS: Record<string, Record<string, string>> = {
  decision_comment: { decision_id: 'decision' },
};

type Row = Record<string, unknown>;

interface TableInfo {
  name: string;
  columns: string[];
  /** column → referenced table */
  fks: Map<string, string>;
  hasOrg: boolean;
}

export interface TemplateTownship {
  /** Index in the template county's townships (by code). */
  index: number;
  code: string;
  name: string;
  kind: OrgKind;
  /** Organisations of its subtree, parents first (the township first). */
  orgs: { id: number; code: string; name: string; kind: OrgKind; parentId: number | null }[];
  /** Accounts in its subtree with their role assignments (org ids of the template). */
  users: {
    id: number;
    username: string;
    displayName: string;
    orgId: number;
    roles: { role: Role; orgId: number }[];
  }[];
  /** table → rows (snake_case keys) of the township's subtree. */
  rows: Map<string, Row[]>;
}

export interface Template {
  townships: TemplateTownship[];
  /** Tables in copy order (referenced before referencing). */
  tables: TableInfo[];
  /** table → ids of the template's copied rows (all townships). */
  ids: Map<string, Set<number>>;
  /** Offset step between copies: above every copied id of the template. */
  stride: number;
  /** Per table, the text columns that need rewriting (dates, years, codes, names). */
  textColumns: Map<string, string[]>;
  /** The first of the template's two years (its today's year − 1). */
  firstYear: number;
}

export interface GeneratedTownship {
  index: number;
  countyIndex: number;
  orgId: number;
  code: string;
  name: string;
  templateIndex: number;
  /** username by the template account's role suffix (clerk, leader …). */
  accounts: Map<string, string>;
}

export interface GeneratedCounty {
  index: number;
  orgId: number;
  code: string;
  name: string;
  supervisor: string;
}

export interface ProvinceState {
  counties: GeneratedCounty[];
  townships: GeneratedTownship[];
}

const raw = (db: Db) => db.k.withoutPlugins();

async function tableInfos(db: Db): Promise<TableInfo[]> {
  const out: TableInfo[] = [];
  if (db.dialect === 'postgres') {
    const cols = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`.execute(raw(db));
    const fks = await sql<{ table_name: string; column_name: string; ref: string }>`
      SELECT kcu.table_name, kcu.column_name, ccu.table_name AS ref
      FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu
        ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
      JOIN information_schema.constraint_column_usage ccu
        ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`.execute(raw(db));
    const byTable = new Map<string, TableInfo>();
    for (const c of cols.rows) {
      let t = byTable.get(c.table_name);
      if (!t) {
        t = { name: c.table_name, columns: [], fks: new Map(), hasOrg: false };
        byTable.set(c.table_name, t);
        out.push(t);
      }
      t.columns.push(c.column_name);
    }
    for (const f of fks.rows) byTable.get(f.table_name)?.fks.set(f.column_name, f.ref);
  } else {
    const names = await sql<{ name: string }>`
      SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
      AND name NOT LIKE '%_fts%' ORDER BY name`.execute(raw(db));
    for (const { name } of names.rows) {
      const cols = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${name})`.execute(raw(db));
      const fks = await sql<{ from: string; table: string }>`
        SELECT "from", "table" FROM pragma_foreign_key_list(${name})`.execute(raw(db));
      out.push({
        name,
        columns: cols.rows.map((c) => c.name),
        fks: new Map(fks.rows.map((f) => [f.from, f.table])),
        hasOrg: false,
      });
    }
  }
  for (const t of out) t.hasOrg = t.columns.includes('org_id');
  return out;
}

/** Tables to copy, parents before children. */
function copyOrder(all: TableInfo[], audit: boolean): TableInfo[] {
  const candidates = all.filter(
    (t) => !NOT_COPIED.has(t.name) && (audit || t.name !== 'audit_event') && t.columns.includes('id'),
  );
  const names = new Set<string>();
  // a table is copied when it has an org_id or hangs off a copied table
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of candidates) {
      if (names.has(t.name)) continue;
      if (t.hasOrg || [...t.fks.values()].some((r) => names.has(r))) {
        names.add(t.name);
        changed = true;
      }
    }
  }
  const chosen = candidates.filter((t) => names.has(t.name));
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (ordered.length < chosen.length) {
    const before = ordered.length;
    for (const t of chosen) {
      if (done.has(t.name)) continue;
      const deps = [...t.fks.values(), ...Object.values(LOOSE_REFS[t.name] ?? {})].filter(
        (r) => names.has(r) && r !== t.name,
      );
      if (deps.every((d) => done.has(d))) {
        ordered.push(t);
        done.add(t.name);
      }
    }
    if (ordered.length === before) throw new Error('cyclic references between copied tables');
  }
  return ordered;
}

const YEAR_RE = /(?<![0-9A-Za-z])(20[0-4]\d)(?![0-9A-Za-z])/g;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Reads the template: the county's townships with their organisations, accounts and rows.
 * `countyCode` is the demo county's code.
 */
export async function readTemplate(
  db: Db,
  countyCode: string,
  today: string,
  opts: { audit?: boolean } = {},
): Promise<Template> {
  const k = raw(db);
  const county = await sql<{
    id: number;
    path: string;
  }>`SELECT id, path FROM org WHERE code = ${countyCode}`.execute(k);
  if (!county.rows[0]) throw new Error(`template county ${countyCode} not found`);
  const towns = await sql<{ id: number; code: string; name: string; kind: OrgKind; path: string }>`
    SELECT id, code, name, kind, path FROM org WHERE parent_id = ${county.rows[0].id} ORDER BY code`.execute(
    k,
  );
  const infos = await tableInfos(db);
  const tables = copyOrder(infos, opts.audit ?? true);
  const townships: TemplateTownship[] = [];
  const ids = new Map<string, Set<number>>(tables.map((t) => [t.name, new Set<number>()]));
  let maxId = 0;
  for (const [index, t] of towns.rows.entries()) {
    const orgs = (
      await sql<{
        id: number;
        code: string;
        name: string;
        kind: OrgKind;
        parent_id: number | null;
        path: string;
      }>`
        SELECT id, code, name, kind, parent_id, path FROM org WHERE path LIKE ${`${t.path}%`} ORDER BY length(path), id`.execute(
        k,
      )
    ).rows.map((o) => ({ id: o.id, code: o.code, name: o.name, kind: o.kind, parentId: o.parent_id }));
    const orgIds = orgs.map((o) => o.id);
    const users = (
      await sql<{ id: number; username: string; display_name: string; org_id: number }>`
        SELECT id, username, display_name, org_id FROM app_user
        WHERE org_id IN (${sql.join(orgIds)}) ORDER BY id`.execute(k)
    ).rows;
    const roles = users.length
      ? (
          await sql<{ user_id: number; role: Role; org_id: number }>`
            SELECT user_id, role, org_id FROM role_assignment WHERE user_id IN (${sql.join(users.map((u) => u.id))})`.execute(
            k,
          )
        ).rows
      : [];
    const rows = new Map<string, Row[]>();
    for (const table of tables) {
      let sel: Row[];
      if (table.hasOrg) {
        sel = (
          await sql<Row>`SELECT * FROM ${sql.table(table.name)} WHERE org_id IN (${sql.join(orgIds)}) ORDER BY id`.execute(
            k,
          )
        ).rows;
      } else {
        // rows hanging off copied rows of this township (a report's versions)
        const parents = [...table.fks.entries()].filter(([, r]) => rows.has(r));
        const conds = parents
          .map(([col, r]) => {
            const pids = (rows.get(r) ?? []).map((p) => Number(p.id));
            return pids.length ? sql`${sql.ref(col)} IN (${sql.join(pids)})` : null;
          })
          .filter((c) => c !== null);
        sel = conds.length
          ? (
              await sql<Row>`SELECT * FROM ${sql.table(table.name)} WHERE ${sql.join(conds, sql` OR `)} ORDER BY id`.execute(
                k,
              )
            ).rows
          : [];
      }
      rows.set(table.name, sel);
      const set = ids.get(table.name)!;
      for (const r of sel) {
        const id = Number(r.id);
        set.add(id);
        maxId = Math.max(maxId, id, table.name === 'audit_event' ? Number(r.seq) : 0);
      }
    }
    townships.push({
      index,
      code: t.code,
      name: t.name,
      kind: t.kind,
      orgs,
      users: users.map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        orgId: u.org_id,
        roles: roles.filter((r) => r.user_id === u.id).map((r) => ({ role: r.role, orgId: r.org_id })),
      })),
      rows,
    });
  }
  // The whole database's highest ids bound the offsets too (rows added later by the app: sessions,
  // logins' audit events, live above the template's copies' range only if the stride leaves room).
  const stride = 10 ** Math.ceil(Math.log10(maxId * 2 + 10));
  const textColumns = new Map<string, string[]>();
  const probe = /(?<![0-9A-Za-z])20[0-4]\d(?![0-9A-Za-z])|\d{9}/;
  for (const table of tables) {
    const cols = table.columns.filter((c) => {
      if (c === 'id' || table.fks.has(c)) return false;
      for (const t of townships) {
        for (const r of t.rows.get(table.name) ?? []) {
          const v = r[c];
          if (typeof v !== 'string' || v.startsWith('sm4v1:') || /^[0-9a-f]{32,}$/.test(v)) continue;
          if (probe.test(v) || v.includes(t.name) || v.includes(t.name.slice(0, 2))) return true;
        }
      }
      return false;
    });
    textColumns.set(table.name, cols);
  }
  return { townships, tables, ids, stride, textColumns, firstYear: Number(today.slice(0, 4)) - 1 };
}

// Names: deterministic, distinct within a county (two syllables + the template's 街道/镇/乡).
const FIRST = '云石桂梅柏青金银龙凤白黄红绿清明安平永兴长新东西南北太和丰华宝玉莲竹松花';
const SECOND = '溪门岭泉湖山坪桥川江坝口湾塘岗源林峰河滩田冲场铺洞阳城沟庙堡寺关';
const townName = (i: number, suffix: string) =>
  `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}${suffix}`;
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁';
const GIVEN = '国建明华志平文军秀英桂兰玉芳德福海涛春梅丽娟永强小红俊杰世勇成刚家兴淑珍光荣金凤';

/** The province's counties: codes 529001… (fictional: no county code starts with 529). */
export const countyCode = (i: number) => `529${String(i + 1).padStart(3, '0')}`;
export const TOWNSHIPS_PER_COUNTY = 10;

export interface GenerateOptions {
  /** Demo password hash given to every generated account (hashPassword once). */
  passwordHash: string;
  /** Year shifts of the copies (0: the template's own years). */
  shifts: readonly number[];
  /** Township indexes [from, to) to generate (counties of TOWNSHIPS_PER_COUNTY each). */
  from: number;
  to: number;
  /** Called after each county's townships are written. */
  progress?: (done: number, total: number) => void;
}

/** Creates the counties and townships [from, to) and copies the template's records into them. */
export async function generateTownships(
  db: Db,
  template: Template,
  state: ProvinceState,
  opts: GenerateOptions,
): Promise<void> {
  const actor: Actor = systemActor;
  const pending = new Map<string, Row[]>();
  for (let i = opts.from; i < opts.to; i++) {
    const ci = Math.floor(i / TOWNSHIPS_PER_COUNTY);
    const slot = i % TOWNSHIPS_PER_COUNTY;
    const tpl = template.townships[i % template.townships.length];
    const rand = seededRandom(1000 + i);
    const person = () =>
      SURNAMES[Math.floor(rand() * SURNAMES.length)] +
      GIVEN[Math.floor(rand() * GIVEN.length)] +
      (rand() < 0.6 ? GIVEN[Math.floor(rand() * GIVEN.length)] : '');
    const orgMap = new Map<number, number>();
    const userMap = new Map<number, number>();
    let county = state.counties[ci];
    let generated!: GeneratedTownship;
    await db.k.transaction().execute(async (tx) => {
      if (!county) {
        const code = countyCode(ci);
        const name = `${FIRST[(ci * 7) % FIRST.length]}${SECOND[(ci * 3) % SECOND.length]}县`;
        const o = await createOrg(tx, actor, { parentId: null, code, name, kind: 'county' });
        const supervisor = `c${ci + 1}.supervisor`;
        const u = await createUser(
          tx,
          actor,
          { username: supervisor, displayName: person(), orgId: o.id, password: 'unused-Aa1!unused' },
          { mustChangePassword: false, isDemo: true, passwordHash: opts.passwordHash },
        );
        await assignRole(tx, actor, { userId: u.id, role: 'supervisor', orgId: o.id });
        county = { index: ci, orgId: o.id, code, name, supervisor };
        state.counties[ci] = county;
      }
      const suffix = tpl.name.endsWith('街道') ? '街道' : tpl.name.slice(-1);
      const code = `${county.code}${tpl.code[6]}${String(slot).padStart(2, '0')}`;
      const name = townName(i, suffix);
      for (const o of tpl.orgs) {
        const parentId =
          o.parentId !== null && orgMap.has(o.parentId) ? orgMap.get(o.parentId)! : county.orgId;
        const isTown = o.id === tpl.orgs[0].id;
        const made = await createOrg(tx, actor, {
          parentId,
          code: isTown ? code : code + o.code.slice(9),
          name: isTown ? name : o.name,
          kind: o.kind,
        });
        orgMap.set(o.id, made.id);
      }
      const accounts = new Map<string, string>();
      for (const u of tpl.users) {
        const role = u.username.includes('.') ? u.username.slice(u.username.indexOf('.') + 1) : u.username;
        const username = `t${i + 1}.${role}`;
        const made = await createUser(
          tx,
          actor,
          { username, displayName: person(), orgId: orgMap.get(u.orgId)!, password: 'unused-Aa1!unused' },
          { mustChangePassword: false, isDemo: true, passwordHash: opts.passwordHash },
        );
        userMap.set(u.id, made.id);
        accounts.set(role, username);
        for (const r of u.roles) {
          await assignRole(tx, actor, {
            userId: made.id,
            role: r.role,
            orgId: orgMap.get(r.orgId) ?? r.orgId,
          });
        }
      }
      generated = {
        index: i,
        countyIndex: ci,
        orgId: orgMap.get(tpl.orgs[0].id)!,
        code,
        name,
        templateIndex: tpl.index,
        accounts,
      };
    });
    state.townships[i] = generated;
    for (const [si, shift] of opts.shifts.entries()) {
      const offset = (i * opts.shifts.length + si + 1) * template.stride;
      copyTownship(template, tpl, pending, {
        offset,
        copy: si,
        shift,
        firstYear: template.firstYear,
        orgMap,
        userMap,
        code: generated.code,
        name: generated.name,
      });
    }
    if ((i + 1 - opts.from) % FLUSH_EVERY === 0 || i + 1 === opts.to) await flush(db, template, pending);
    opts.progress?.(i + 1 - opts.from, opts.to - opts.from);
  }
  if (db.dialect === 'postgres') {
    for (const t of template.tables) {
      await sql`SELECT setval(pg_get_serial_sequence(${t.name}, 'id'), (SELECT max(id) FROM ${sql.table(t.name)}))`.execute(
        raw(db),
      );
    }
  }
}

interface CopySpec {
  offset: number;
  /** Index of the copy among the township's copies. */
  copy: number;
  shift: number;
  /** The template's first year (today's year − 1). */
  firstYear: number;
  orgMap: Map<number, number>;
  userMap: Map<number, number>;
  code: string;
  name: string;
}

/** Townships whose copies are inserted together (one insert per table and batch). */
const FLUSH_EVERY = 5;

/** Inserts the pending rows, table by table in copy order (referenced rows first). */
async function flush(db: Db, template: Template, pending: Map<string, Row[]>): Promise<void> {
  for (const t of template.tables) {
    const rows = pending.get(t.name);
    if (rows?.length) await bulkInsert(db, t.name, rows);
  }
  pending.clear();
}

/** Adds one copy of the template township's rows to `pending`. */
function copyTownship(
  template: Template,
  tpl: TemplateTownship,
  pending: Map<string, Row[]>,
  c: CopySpec,
): void {
  const shiftYear = (y: number) => y + c.shift;
  const short = tpl.name.slice(0, 2);
  const newShort = c.name.slice(0, 2);
  const rewrite = (s: string): string => {
    let out = s.split(tpl.code).join(c.code);
    if (out.includes(tpl.name)) out = out.split(tpl.name).join(c.name);
    if (out.includes(short)) out = out.split(short).join(newShort);
    if (c.shift !== 0) {
      out = out.replace(YEAR_RE, (_m, y: string) => String(shiftYear(Number(y))));
      out = out.replace(/(?<!\d)(\d{4})-02-29/g, (m, y: string) => (isLeap(Number(y)) ? m : `${y}-02-28`));
    }
    return out;
  };
  const user = (v: unknown) => (v === null || v === undefined ? v : (c.userMap.get(Number(v)) ?? v));
  const org = (v: unknown) => (v === null || v === undefined ? v : (c.orgMap.get(Number(v)) ?? v));
  for (const table of template.tables) {
    const src = tpl.rows.get(table.name) ?? [];
    if (src.length === 0) continue;
    const text = template.textColumns.get(table.name) ?? [];
    const loose = LOOSE_REFS[table.name] ?? {};
    const out: Row[] = src.map((r) => {
      const o: Row = { ...r, id: Number(r.id) + c.offset };
      for (const [col, ref] of table.fks) {
        const v = r[col];
        if (v === null || v === undefined) continue;
        if (ref === 'org') o[col] = org(v);
        else if (ref === 'app_user') o[col] = user(v);
        else if (template.ids.get(ref)?.has(Number(v))) o[col] = Number(v) + c.offset;
      }
      for (const [col, ref] of Object.entries(loose)) {
        const v = r[col];
        if (v !== null && v !== undefined && template.ids.get(ref)?.has(Number(v)))
          o[col] = Number(v) + c.offset;
      }
      if (!table.fks.has('org_id') && 'org_id' in r) o.org_id = org(r.org_id);
      for (const col of RECORD_ID_COLUMNS)
        if (r[col] !== null && r[col] !== undefined) o[col] = Number(r[col]) + c.offset;
      for (const col of USER_COLUMNS) if (col in r && !table.fks.has(col)) o[col] = user(r[col]);
      for (const col of YEAR_COLUMNS) if (typeof r[col] === 'number') o[col] = shiftYear(r[col] as number);
      if (table.name === 'audit_event') o.seq = Number(r.seq) + c.offset;
      // The template's standing documents are older than its two years: moved back, their numbers
      // would meet the earlier copy's (unique per township, year and sequence).
      if (table.name === 'normative_doc' && c.copy > 0 && r.doc_seq !== null) {
        o.doc_seq = Number(r.doc_seq) + 10 * c.copy;
      }
      if (typeof r.attachment_ids === 'string' && r.attachment_ids.startsWith('[')) {
        const list = JSON.parse(r.attachment_ids) as number[];
        o.attachment_ids = JSON.stringify(
          list.map((a) => (template.ids.get('attachment')?.has(Number(a)) ? Number(a) + c.offset : a)),
        );
      }
      for (const col of text) if (typeof r[col] === 'string') o[col] = rewrite(r[col] as string);
      // A clock still open on the template's today would be years overdue in a shifted copy.
      if (table.name === 'deadline' && c.shift !== 0 && r.state === 'open') {
        o.state = 'met';
        o.met_on = (o.due as string | null) ?? (o.start as string);
      }
      return o;
    });
    let list = pending.get(table.name);
    if (!list) {
      list = [];
      pending.set(table.name, list);
    }
    for (const row of out) list.push(row);
  }
}
