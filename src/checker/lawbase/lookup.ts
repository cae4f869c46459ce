// Finds the knowledge-base entry a cited title refers to, and says how the title was written:
// exactly, with a short name, with the wrong marks, with text inserted or changed, or not at all.
import { NON_INSTRUMENTS } from './non-instruments.ts';
import {
  canonical,
  coreKey,
  isLocalTitle,
  looksNational,
  periodOf,
  stripIssuer,
  styleKey,
  withoutPeriod,
} from './title.ts';
import type { LawEntry } from './types.ts';

export type Resolution =
  /** Written as the official title (an issuing body in front of "关于" may be added or left out). */
  | { status: 'exact'; entry: LawEntry }
  /**
   * The entry is clear but the title is not written as officially:
   * short — a short or colloquial name; format — wrong brackets, dashes or year marks;
   * abridged — words of the official title left out; no-period — a plan cited without its years.
   */
  | { status: 'nonstandard'; entry: LawEntry; reason: 'short' | 'format' | 'abridged' | 'no-period' }
  /**
   * An official title with text inserted, changed, or a plan period that no edition has.
   * `inserted` holds the inserted or changed text.
   */
  | { status: 'tampered'; entry: LawEntry; reason: 'inserted' | 'changed' | 'period'; inserted: string }
  /** Reads like a national instrument but matches nothing; `entry` is a known earlier edition. */
  | { status: 'unknown'; reason: 'national' | 'newer-edition'; entry?: LawEntry }
  /** Not a legal instrument, or a local one: nothing to check. */
  | { status: 'ignored' };

export interface ResolveOptions {
  /** The report year: picks the edition of a plan cited without its years. */
  year?: number | null;
}

export interface LawIndex {
  entries: readonly LawEntry[];
  byId: ReadonlyMap<string, LawEntry>;
  resolve(title: string, options?: ResolveOptions): Resolution;
  /** Every short name of an entry: the listed ones and the name without "中华人民共和国". */
  shortNamesOf(entry: LawEntry): string[];
}

/** Minimum length of an official title (core form) before insertions and changes are looked for. */
const MIN_CORE_FOR_ALIGNMENT = 4;
const MIN_CORE_FOR_CHANGE = 6;

export function shortNamesOf(entry: LawEntry): string[] {
  const derived = entry.name.startsWith('中华人民共和国') ? [entry.name.slice('中华人民共和国'.length)] : [];
  return [...new Set([...derived, ...entry.shortNames])];
}

function addUnique(map: Map<string, LawEntry>, key: string, entry: LawEntry, what: string): void {
  const other = map.get(key);
  if (other && other !== entry)
    throw new Error(`法律知识库：${what}“${key}”同时指向 ${other.id} 与 ${entry.id}`);
  map.set(key, entry);
}

/** True when every character of `needle` occurs in `hay` in order. */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (i < needle.length && ch === needle[i]) i++;
  return i === needle.length;
}

/**
 * The characters of `hay` that are not part of a leftmost alignment of `needle`, as runs.
 * Aligns the needle from both ends so that text inserted in the middle is reported as one run.
 */
function insertedRuns(needle: string, hay: string): string[] {
  let head = 0;
  while (head < needle.length && head < hay.length && needle[head] === hay[head]) head++;
  let tail = 0;
  while (
    tail < needle.length - head &&
    tail < hay.length - head &&
    needle[needle.length - 1 - tail] === hay[hay.length - 1 - tail]
  )
    tail++;
  const midNeedle = needle.slice(head, needle.length - tail);
  const midHay = hay.slice(head, hay.length - tail);
  if (midNeedle === '') return midHay ? [midHay] : [];
  const runs: string[] = [];
  let run = '';
  let i = 0;
  for (const ch of midHay) {
    if (i < midNeedle.length && ch === midNeedle[i]) {
      i++;
      if (run) runs.push(run);
      run = '';
    } else run += ch;
  }
  if (run) runs.push(run);
  return runs;
}

/** Levenshtein distance, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** The characters of `changed` that differ from `official` at the same positions (equal lengths). */
function changedText(official: string, changed: string): string {
  let out = '';
  for (let i = 0; i < changed.length; i++) if (changed[i] !== official[i]) out += changed[i];
  return out;
}

const edgesMatch = (official: string, cited: string) =>
  cited.startsWith(official.slice(0, 2)) && cited.endsWith(official.slice(-2));

export function buildIndex(entries: readonly LawEntry[]): LawIndex {
  const byId = new Map<string, LawEntry>();
  const fullStyle = new Map<string, LawEntry>();
  const fullCanonical = new Map<string, LawEntry>();
  const shortCanonical = new Map<string, LawEntry>();
  const byCore = new Map<string, LawEntry>();
  /** Plans by their core title without the period: every edition of "法治政府建设实施纲要". */
  const editions = new Map<string, LawEntry[]>();
  const cores: Array<{ core: string; entry: LawEntry }> = [];

  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`法律知识库：编号 ${entry.id} 重复`);
    byId.set(entry.id, entry);
    addUnique(fullStyle, styleKey(entry.name), entry, '名称');
    addUnique(fullCanonical, canonical(entry.name), entry, '名称');
    const core = coreKey(entry.name);
    addUnique(byCore, core, entry, '名称');
    cores.push({ core, entry });
    if (entry.period) {
      const key = withoutPeriod(core);
      editions.set(key, [...(editions.get(key) ?? []), entry]);
    }
  }
  for (const entry of entries) {
    for (const short of shortNamesOf(entry)) {
      const key = canonical(short);
      if (fullCanonical.has(key) && fullCanonical.get(key) !== entry) {
        throw new Error(`法律知识库：简称“${short}”与另一部文件的全称相同`);
      }
      addUnique(shortCanonical, key, entry, '简称');
      if (!byCore.has(coreKey(short))) byCore.set(coreKey(short), entry);
    }
  }
  const nonInstruments = new Set(NON_INSTRUMENTS.map(canonical));

  function pickEdition(list: LawEntry[], year: number | null | undefined): LawEntry {
    const sorted = [...list].sort((a, b) => (a.period?.[0] ?? 0) - (b.period?.[0] ?? 0));
    if (year == null) return sorted[sorted.length - 1];
    const within = sorted.find((e) => e.period && e.period[0] <= year && year <= e.period[1]);
    if (within) return within;
    const before = sorted.filter((e) => e.period && e.period[0] <= year);
    return before.length ? before[before.length - 1] : sorted[0];
  }

  function resolve(title: string, options: ResolveOptions = {}): Resolution {
    const style = styleKey(title);
    const canon = canonical(title);
    if (canon === '' || nonInstruments.has(canon)) return { status: 'ignored' };

    const exact = fullStyle.get(style);
    if (exact) return { status: 'exact', entry: exact };
    const full = fullCanonical.get(canon);
    if (full) return { status: 'nonstandard', entry: full, reason: 'format' };
    const short = shortCanonical.get(canon);
    if (short) return { status: 'nonstandard', entry: short, reason: 'short' };

    const core = coreKey(title);
    const byCoreEntry = byCore.get(core);
    if (byCoreEntry) {
      // Differs from the official title only by an issuing body in front of "关于" (allowed) or
      // by marks and "中华人民共和国" inside a nested title.
      const sameText = stripIssuer(style) === stripIssuer(styleKey(byCoreEntry.name));
      return sameText
        ? { status: 'exact', entry: byCoreEntry }
        : { status: 'nonstandard', entry: byCoreEntry, reason: 'format' };
    }

    const list = editions.get(core);
    if (list) return { status: 'nonstandard', entry: pickEdition(list, options.year), reason: 'no-period' };

    const local = isLocalTitle(title);
    const period = periodOf(core);
    if (period && !local) {
      const family = editions.get(withoutPeriod(core));
      if (family) {
        const latest = pickEdition(family, null);
        const latestEnd = latest.period?.[1] ?? 0;
        if (period[0] > latestEnd && period[1] > period[0]) {
          return { status: 'unknown', reason: 'newer-edition', entry: latest };
        }
        const nearest = pickEdition(family, period[0]);
        return {
          status: 'tampered',
          entry: nearest,
          reason: 'period',
          inserted: `${period[0]}—${period[1]}年`,
        };
      }
    }

    if (!local) {
      const aligned = align(core);
      if (aligned) return aligned;
    }
    if (looksNational(title))
      return (
        completion(core, canon.startsWith('中华人民共和国')) ?? { status: 'unknown', reason: 'national' }
      );
    return { status: 'ignored' };
  }

  /**
   * A national title that lost its last one or two characters ("中华人民共和国民法" for
   * 《中华人民共和国民法典》, "…行政处罚" for "…行政处罚法"): the one official title it begins, the
   * nearest in length; none when two titles are equally near.
   */
  function completion(cited: string, national: boolean): Resolution | null {
    // "中华人民共和国" in front makes even a two-character remainder a law's name
    if (cited.length < (national ? 2 : MIN_CORE_FOR_ALIGNMENT)) return null;
    let found: LawEntry | null = null;
    let lost = 3;
    let ambiguous = false;
    for (const { core, entry } of cores) {
      const rest = core.length - cited.length;
      if (rest < 1 || rest > lost || !core.startsWith(cited)) continue;
      if (rest < lost) {
        found = entry;
        lost = rest;
        ambiguous = false;
      } else if (found && entry.id !== found.id) ambiguous = true;
    }
    return found && !ambiguous ? { status: 'nonstandard', entry: found, reason: 'abridged' } : null;
  }

  /** Compares a title that matched nothing with every official title. */
  function align(cited: string): Resolution | null {
    let best: Resolution | null = null;
    let bestLength = 0;
    for (const { core, entry } of cores) {
      if (core.length < MIN_CORE_FOR_ALIGNMENT || core.length <= bestLength) continue;
      if (cited.length !== core.length && !edgesMatch(core, cited)) continue;
      if (cited.length > core.length) {
        if (cited.length - core.length > Math.max(core.length, 6)) continue;
        if (!isSubsequence(core, cited)) continue;
        best = {
          status: 'tampered',
          entry,
          reason: 'inserted',
          inserted: insertedRuns(core, cited).join('…'),
        };
        bestLength = core.length;
      } else if (cited.length < core.length) {
        if (cited.length < Math.max(MIN_CORE_FOR_ALIGNMENT, Math.ceil(core.length * 0.7))) continue;
        if (!isSubsequence(cited, core)) continue;
        best = { status: 'nonstandard', entry, reason: 'abridged' };
        bestLength = core.length;
      } else if (core.length >= MIN_CORE_FOR_CHANGE) {
        if (editDistance(core, cited, 1) !== 1) continue;
        const diff = changedText(core, cited);
        if (/\d/.test(diff)) continue;
        best = { status: 'tampered', entry, reason: 'changed', inserted: diff };
        bestLength = core.length;
      }
    }
    return best ?? spliced(cited);
  }

  /**
   * A known title with a foreign span spliced into it, replacing at most two characters
   * ("中共中央××平台全面推进依法治国若干重大问题的决定" for "中共中央关于全面推进…"): text injected
   * into a page of a compromised site, or a garbled copy.
   */
  function spliced(cited: string): Resolution | null {
    for (const { entry } of cores) {
      const official = canonical(entry.name).replace(/^中华人民共和国/, '');
      if (official.length < 10 || cited.length <= official.length - 2) continue;
      let head = 0;
      while (head < official.length && head < cited.length && official[head] === cited[head]) head++;
      let tail = 0;
      while (
        tail < official.length - head &&
        tail < cited.length - head &&
        official[official.length - 1 - tail] === cited[cited.length - 1 - tail]
      )
        tail++;
      const lost = official.length - head - tail;
      const added = cited.slice(head, cited.length - tail);
      if (head < 2 || tail < 6 || lost > 2 || added.length < 2 || added.length > 12) continue;
      if (/^\d|年|（|）/.test(added)) continue;
      return { status: 'tampered', entry, reason: lost ? 'changed' : 'inserted', inserted: added };
    }
    return null;
  }

  return { entries, byId, resolve, shortNamesOf };
}
