// Records as the API shows them: sensitive fields masked (names, phones, ID numbers; encrypted ones
// decrypted only to be masked), display labels for enums, bools, organisations and users, the
// names looked up in bulk.
import { maskIdCard, maskName, maskPhone, type Pii } from '../core/pii.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import type { FieldDef, LedgerRow, RecordTypeDef } from './contract.ts';
import { linkTitles } from './links.ts';
import { LEDGER_MESSAGES as M } from './messages.ts';

const ENCRYPTED = new Set(['phone', 'idcard']);

export function isEncryptedField(f: FieldDef): boolean {
  return f.sensitive === true && ENCRYPTED.has(f.type);
}

/**
 * Masked values of encrypted ones, per key (Pii) and field type, by ciphertext: a list decrypts
 * each phone and ID number only to mask it (SM4 + HMAC-SM3, ≈ 20 µs a value), and the same records
 * are listed again and again. Only the masked form is kept — what every reader of the list sees
 * anyway —, never the clear value; a ciphertext enters only once its MAC has been verified with
 * this key, and an altered one is never cached. At most MAX_MASKED values per key.
 */
const masked = new WeakMap<Pii, Map<string, string>>();
const MAX_MASKED = 20_000;

function maskEncrypted(f: FieldDef, s: string, pii: Pii): string {
  let byCipher = masked.get(pii);
  if (!byCipher) {
    byCipher = new Map();
    masked.set(pii, byCipher);
  }
  const key = `${f.type}\u0000${s}`;
  const hit = byCipher.get(key);
  if (hit !== undefined) return hit;
  const plain = safeDecrypt(pii, s);
  if (plain === null) return '******';
  const out = maskPlain(f, plain);
  if (byCipher.size >= MAX_MASKED) byCipher.delete(byCipher.keys().next().value as string);
  byCipher.set(key, out);
  return out;
}

/** A sensitive value as lists, details and exports show it (张*, 138****1234, 5101**********1234). */
export function maskValue(f: FieldDef, value: unknown, pii: Pii): unknown {
  if (value === null || value === undefined || value === '') return value ?? null;
  const s = String(value);
  if (f.type === 'person') return maskName(s);
  if (isEncryptedField(f) && pii.isEncrypted(s)) return maskEncrypted(f, s, pii);
  return maskPlain(f, s);
}

function maskPlain(f: FieldDef, plain: string): string {
  if (f.type === 'phone') return maskPhone(plain);
  if (f.type === 'idcard') return maskIdCard(plain);
  return `${[...plain][0] ?? ''}***`;
}

function safeDecrypt(pii: Pii, s: string): string | null {
  try {
    return pii.decrypt(s);
  } catch {
    return null;
  }
}

export interface RecordView {
  id: number;
  orgId: number;
  orgName: string | null;
  state: string;
  stateLabel: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  fields: Record<string, unknown>;
  /** Display text of enum, bool, org, user and link fields (a link shows its target's title). */
  display: Record<string, string>;
}

/** Names read with the rows (the list reads them in its page statement): organisations, users and,
 * per link field, the titles of the linked records. */
export interface KnownNames {
  orgs: Map<number, string>;
  users: Map<number, string>;
  links?: Map<string, Map<number, string>>;
}

/** Masks sensitive fields and adds display labels; names of orgs, users and linked records are
 * looked up in bulk. */
export async function presentRows(
  k: Kdb | Tx,
  rt: RecordTypeDef,
  rows: LedgerRow[],
  pii: Pii,
  /** Names already read with the rows (the list reads them in its page query): not looked up. */
  known: KnownNames = { orgs: new Map(), users: new Map() },
  /** The fields presented (a list page may carry only its columns): by default every field. */
  shown: readonly FieldDef[] = rt.fields,
): Promise<RecordView[]> {
  const orgIds = new Set<number>();
  const userIds = new Set<number>();
  const orgName = new Map(known.orgs);
  const userName = new Map(known.users);
  for (const r of rows) {
    if (!orgName.has(r.orgId)) orgIds.add(r.orgId);
    for (const f of shown) {
      const v = r[f.name];
      if (typeof v !== 'number') continue;
      if (f.type === 'org' && !orgName.has(v)) orgIds.add(v);
      if (f.type === 'user' && !userName.has(v)) userIds.add(v);
    }
  }
  const orgs = orgIds.size
    ? await k
        .selectFrom('org')
        .select(['id', 'name'])
        .where('id', 'in', [...orgIds])
        .execute()
    : [];
  const users = userIds.size
    ? await k
        .selectFrom('appUser')
        .select(['id', 'displayName'])
        .where('id', 'in', [...userIds])
        .execute()
    : [];
  const links = await linkTitles(k, shown, rows, known.links);
  for (const o of orgs) orgName.set(o.id, o.name);
  for (const u of users) userName.set(u.id, u.displayName);
  const stateLabel = new Map(rt.workflow.states.map((s) => [s.id, s.label]));
  return rows.map((r) => {
    const fields: Record<string, unknown> = {};
    const display: Record<string, string> = {};
    for (const f of shown) {
      let v = r[f.name];
      if (f.type === 'decimal' && v !== null && v !== undefined) v = Number(v);
      if (f.type === 'bool' && v !== null && v !== undefined) v = v === 1 || v === true;
      fields[f.name] = f.sensitive ? maskValue(f, v, pii) : (v ?? null);
      if (v === null || v === undefined) continue;
      if (f.type === 'enum') display[f.name] = f.options?.find((o) => o.value === v)?.label ?? String(v);
      else if (f.type === 'bool') display[f.name] = v ? M.yes : M.no;
      else if (f.type === 'org') display[f.name] = orgName.get(v as number) ?? '';
      else if (f.type === 'user') display[f.name] = userName.get(v as number) ?? '';
      else if (f.type === 'link') display[f.name] = links.get(f.name)?.get(v as number) ?? '';
    }
    const title = r[rt.titleField];
    return {
      id: r.id,
      orgId: r.orgId,
      orgName: orgName.get(r.orgId) ?? null,
      state: r.state,
      stateLabel: stateLabel.get(r.state) ?? r.state,
      title: typeof title === 'string' ? title : String(r.id),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      fields,
      display,
    };
  });
}
