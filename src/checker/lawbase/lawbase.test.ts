import { describe, expect, it } from 'vitest';
import { buildIndex, LAW_ENTRIES, lawIndex, shortNamesOf } from './index.ts';
import { canonical, isLocalTitle, looksNational } from './title.ts';
import type { LawEntry } from './types.ts';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KINDS = new Set([
  'law',
  'administrative_regulation',
  'party_regulation',
  'central_document',
  'state_council_document',
  'ministry_rule',
  'ministry_document',
  'judicial_interpretation',
  'local',
]);

function datesOf(e: LawEntry): string[] {
  return [
    e.adopted,
    e.effective,
    ...(e.revisions ?? []).flatMap((r) => [r.adopted, r.effective]),
    e.repealed,
    e.supersededOn,
  ].filter((d): d is string => d !== undefined);
}

/** Compares dates of different precision by their common prefix: "2019-05" ≤ "2019-05-15". */
const notAfter = (a: string, b: string) => {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
};

describe('law knowledge base data', () => {
  it('has at least 150 entries', () => {
    expect(LAW_ENTRIES.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique ids, names and short names', () => {
    const ids = LAW_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = LAW_ENTRIES.map((e) => canonical(e.name));
    expect(new Set(names).size).toBe(names.length);
    // building the index throws on any clash of names and short names
    expect(() => buildIndex(LAW_ENTRIES)).not.toThrow();
  });

  it('uses kebab-case ids, known kinds, an issuer and a source', () => {
    for (const e of LAW_ENTRIES) {
      expect(e.id, e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(KINDS.has(e.kind), e.id).toBe(true);
      expect(e.issuer.length, e.id).toBeGreaterThan(0);
      expect(e.source.length, e.id).toBeGreaterThan(0);
    }
  });

  it('writes official titles with full-width brackets and 一字线 year ranges', () => {
    for (const e of LAW_ENTRIES) {
      expect(e.name, e.id).not.toMatch(/[()\-－~～]/);
      expect(e.name, e.id).toBe(e.name.trim());
      if (/\d{4}.\d{4}/.test(e.name)) expect(e.name, e.id).toMatch(/（\d{4}—\d{4}年）/);
    }
  });

  it('writes laws with the 中华人民共和国 prefix', () => {
    for (const e of LAW_ENTRIES.filter((x) => x.kind === 'law')) {
      expect(e.name.startsWith('中华人民共和国'), e.id).toBe(true);
    }
  });

  it('has valid ISO dates in chronological order', () => {
    for (const e of LAW_ENTRIES) {
      const dates = datesOf(e);
      for (const d of dates) expect(d, e.id).toMatch(ISO);
      if (e.adopted && e.effective) expect(notAfter(e.adopted, e.effective), e.id).toBe(true);
      const revisions = e.revisions ?? [];
      for (const r of revisions) {
        expect(r.adopted ?? r.effective, e.id).toBeDefined();
        if (r.adopted && r.effective) expect(notAfter(r.adopted, r.effective), e.id).toBe(true);
        if (e.adopted && r.adopted) expect(notAfter(e.adopted, r.adopted), e.id).toBe(true);
      }
      for (let i = 1; i < revisions.length; i++) {
        const a = revisions[i - 1].adopted ?? revisions[i - 1].effective!;
        const b = revisions[i].adopted ?? revisions[i].effective!;
        expect(notAfter(a, b), e.id).toBe(true);
      }
      const end = e.repealed ?? e.supersededOn;
      if (end) for (const d of dates) expect(notAfter(d, end), e.id).toBe(true);
    }
  });

  it('points replacedBy to an existing, different entry that is in force', () => {
    const byId = new Map(LAW_ENTRIES.map((e) => [e.id, e]));
    for (const e of LAW_ENTRIES) {
      if (!e.replacedBy) continue;
      const next = byId.get(e.replacedBy);
      expect(next, e.id).toBeDefined();
      expect(next!.id).not.toBe(e.id);
      expect(next!.repealed, e.id).toBeUndefined();
    }
  });

  it('explains every repealed or superseded entry by a replacement or a note', () => {
    for (const e of LAW_ENTRIES) {
      if (e.repealed || e.supersededOn) expect(Boolean(e.replacedBy || e.note), e.id).toBe(true);
      if (e.supersededOn) expect(e.replacedBy, e.id).toBeDefined();
    }
  });

  it('has plan periods that match the years in the title', () => {
    for (const e of LAW_ENTRIES) {
      if (!e.period) continue;
      expect(e.period[0] <= e.period[1], e.id).toBe(true);
      expect(e.name.includes(`${e.period[0]}—${e.period[1]}年`) || e.kind === 'central_document', e.id).toBe(
        true,
      );
    }
  });

  it('lists the laws the Civil Code repealed on 2021-01-01', () => {
    const repealed = LAW_ENTRIES.filter((e) => e.replacedBy === 'civil-code').map((e) => e.name);
    for (const n of [
      '民法通则',
      '合同法',
      '物权法',
      '担保法',
      '婚姻法',
      '继承法',
      '收养法',
      '侵权责任法',
      '民法总则',
    ]) {
      expect(repealed).toContain(`中华人民共和国${n}`);
    }
    for (const e of LAW_ENTRIES.filter((x) => x.replacedBy === 'civil-code'))
      expect(e.repealed).toBe('2021-01-01');
  });

  it('resolves every name and short name to its own entry', () => {
    const index = lawIndex();
    for (const e of LAW_ENTRIES) {
      const full = index.resolve(e.name);
      expect(full.status, e.name).toBe('exact');
      expect('entry' in full && full.entry?.id, e.name).toBe(e.id);
      for (const short of shortNamesOf(e)) {
        const r = index.resolve(short);
        expect(r.status === 'nonstandard' || r.status === 'exact', short).toBe(true);
        expect('entry' in r && r.entry?.id, short).toBe(e.id);
      }
    }
  });

  it('does not take any national title for a local one', () => {
    for (const e of LAW_ENTRIES) {
      expect(isLocalTitle(e.name), e.name).toBe(false);
      for (const s of shortNamesOf(e)) expect(isLocalTitle(s), s).toBe(false);
    }
  });

  it('recognises national-looking laws and regulations', () => {
    for (const e of LAW_ENTRIES.filter((x) => x.kind === 'law' || x.kind === 'administrative_regulation')) {
      expect(looksNational(e.name), e.name).toBe(true);
    }
  });
});
