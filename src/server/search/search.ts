// 全局搜索: the workbench's one search box over every ledger the user reads. The index
// (`record_search`, ledgers/search-index.ts) is searched through db/trigram.ts, as the portal's is;
// the scope is each ledger's own — the subtrees of its reading roles, and for the roles that read
// only their own records (`access.own`: the legal advisor) those assigned to the user — so a
// mediator finds no enforcement case and an administrator nothing. Hits are shown through the
// lists' presentation (ledgers/present.ts): personal data masked exactly as there.
import type { SearchGroup, SearchResult } from '../../shared/api/search.ts';
import type { Actor } from '../core/actor.ts';
import type { Pii } from '../core/pii.ts';
import type { Db } from '../db/connect.ts';
import { inOrgSubtree, pathInScope } from '../db/scope.ts';
import { searchTerms, snippet, type TrigramTable, trigramConditions } from '../db/trigram.ts';
import { forbidden } from '../errors.ts';
import type { LedgerDef, LedgerRow, RecordTypeDef } from '../ledgers/contract.ts';
import { pathsWithRoles, readPaths } from '../ledgers/policy.ts';
import { LEDGERS } from '../ledgers/registry.ts';
import { indexedFields } from '../ledgers/search-index.ts';
import { orgPathOf, presentRows, readsType } from '../ledgers/store.ts';
import { SEARCH_TEXT as T } from './labels.ts';

/** The newest hits listed per record type (the group's count covers them all). */
export const HITS_PER_GROUP = 5;
const INDEX: TrigramTable = { alias: 's', table: 'record_search', columns: ['title', 'body'] };

interface Source {
  ledger: LedgerDef;
  rt: RecordTypeDef;
  /** Subtrees where every record of the type is read. */
  full: string[];
  /** Subtrees where only the records assigned to the actor are read. */
  mine: string[];
}

/** The record types the actor reads, each with its scope (as the lists' `readable`). */
export function searchSources(actor: Actor): Source[] {
  const out: Source[] = [];
  for (const ledger of LEDGERS) {
    if (readPaths(actor, ledger).length === 0) continue;
    const own = ledger.access.own ?? [];
    const full = pathsWithRoles(
      actor,
      ledger.access.read.filter((r) => !own.includes(r)),
    );
    const mine = own.length ? pathsWithRoles(actor, own) : [];
    for (const rt of ledger.recordTypes) {
      if (!readsType(actor, ledger, rt)) continue;
      out.push({ ledger, rt, full, mine: rt.assigneeField ? mine : [] });
    }
  }
  return out;
}

export interface SearchOptions {
  q: string;
  /** Narrows to an organisation's subtree (the org switcher); outside the scope it finds nothing. */
  org?: number;
}

export async function searchRecords(
  db: Db,
  actor: Actor,
  pii: Pii,
  opts: SearchOptions,
): Promise<SearchResult> {
  const sources = searchSources(actor);
  if (sources.length === 0) throw forbidden(T.noLedger);
  const q = opts.q.trim();
  const words = searchTerms(q);
  if (words.length === 0) return { q, words, total: 0, groups: [] };
  let narrow: string[] | null = null;
  if (opts.org !== undefined) {
    const p = await orgPathOf(db.k, opts.org);
    const all = sources.flatMap((s) => [...s.full, ...s.mine]);
    narrow = p && pathInScope(p, all) ? [p] : [];
  }
  const base = (src: Source) => {
    let x = db.k
      .selectFrom('recordSearch as s')
      .where('s.ledger', '=', src.ledger.kind)
      .where('s.recordType', '=', src.rt.type)
      .where((eb) => {
        const ors = [inOrgSubtree(eb, 's.orgId', src.full)];
        if (src.mine.length)
          ors.push(eb.and([inOrgSubtree(eb, 's.orgId', src.mine), eb('s.assigneeId', '=', actor.userId)]));
        return eb.or(ors);
      });
    if (narrow) {
      const paths = narrow;
      x = x.where((eb) => inOrgSubtree(eb, 's.orgId', paths));
    }
    for (const c of trigramConditions(db.dialect, INDEX, words)) x = x.where(c);
    return x;
  };
  const groups: SearchGroup[] = [];
  for (const src of sources) {
    const { n } = await base(src)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const total = Number(n);
    if (total === 0) continue;
    const ids = (
      await base(src)
        .select('s.recordId')
        .orderBy('s.onDate', 'desc')
        .orderBy('s.recordId', 'desc')
        .limit(HITS_PER_GROUP)
        .execute()
    ).map((r) => r.recordId);
    groups.push(await group(db, src, ids, total, words, q, pii));
  }
  return { q, words, total: groups.reduce((s, g) => s + g.total, 0), groups };
}

const contains = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w.toLowerCase()));
};

async function group(
  db: Db,
  { ledger, rt }: Source,
  ids: number[],
  total: number,
  words: string[],
  q: string,
  pii: Pii,
): Promise<SearchGroup> {
  const rows = (await db.k
    .selectFrom(rt.table as never)
    .selectAll()
    .where('id' as never, 'in', ids as never)
    .execute()) as unknown as LedgerRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r): r is LedgerRow => r !== undefined);
  const views = await presentRows(db.k, rt, ordered, pii);
  const fields = indexedFields(rt);
  const titleField = rt.fields.find((f) => f.name === rt.titleField);
  const hits = views.map((view, i) => {
    const row = ordered[i];
    const matches = [];
    for (const f of fields) {
      if (f.name === rt.titleField && !f.sensitive) continue;
      const raw = row[f.name];
      if (typeof raw !== 'string' || !contains(raw, words)) continue;
      matches.push(
        f.sensitive
          ? { label: f.label, text: String(view.fields[f.name] ?? ''), masked: true }
          : { label: f.label, text: snippet(raw, words), masked: false },
      );
    }
    const date = row[rt.dateField];
    return {
      id: view.id,
      title: titleField?.sensitive ? String(view.fields[rt.titleField] ?? view.id) : view.title,
      link: `/ledgers/${ledger.kind}/${rt.type}/${view.id}`,
      orgName: view.orgName,
      stateLabel: view.stateLabel,
      date: typeof date === 'string' ? date : null,
      matches: matches.slice(0, 3),
    };
  });
  return {
    ledger: ledger.kind,
    ledgerLabel: ledger.label,
    recordType: rt.type,
    typeLabel: rt.label,
    total,
    listLink: `/ledgers/${ledger.kind}/${rt.type}?q=${encodeURIComponent(q)}`,
    hits,
  };
}
