// Small constructors that keep the data files readable: a law entry knows its issuer, kind and
// source by default, and revisions are written amend('2009-08-27').
import type { LawEntry, Revision } from './types.ts';

export const NPC = '全国人民代表大会';
export const NPCSC = '全国人民代表大会常务委员会';
export const LAW_SOURCE = '全国人民代表大会常务委员会公报；国家法律法规数据库（flk.npc.gov.cn）';

/** 修正: an amendment adopted on `adopted`, in force on `effective` when that differs. */
export function amend(adopted: string, effective?: string): Revision {
  return effective ? { kind: 'amendment', adopted, effective } : { kind: 'amendment', adopted };
}

/** 修订: a revision (the whole text re-promulgated). */
export function revise(adopted: string, effective?: string): Revision {
  return effective ? { kind: 'revision', adopted, effective } : { kind: 'revision', adopted };
}

type LawInput = Omit<LawEntry, 'kind' | 'issuer' | 'source' | 'shortNames'> & {
  shortNames?: string[];
  /** True when adopted by the National People's Congress itself rather than its Standing Committee. */
  byCongress?: boolean;
  issuer?: string;
  source?: string;
};

/** A national law (法律). */
export function law(input: LawInput): LawEntry {
  const { byCongress, ...rest } = input;
  return {
    ...rest,
    shortNames: input.shortNames ?? [],
    kind: 'law',
    issuer: input.issuer ?? (byCongress ? NPC : NPCSC),
    source: input.source ?? LAW_SOURCE,
  };
}

type RegulationInput = Omit<LawEntry, 'kind' | 'issuer' | 'source' | 'shortNames'> & {
  shortNames?: string[];
  /** 国务院令 number of the current text. */
  order?: number;
  issuer?: string;
  source?: string;
};

/** An administrative regulation (行政法规) promulgated by State Council order. */
export function regulation(input: RegulationInput): LawEntry {
  const { order, ...rest } = input;
  const docNumber = input.docNumber ?? (order ? `国务院令第${order}号` : undefined);
  return {
    ...rest,
    ...(docNumber ? { docNumber } : {}),
    shortNames: input.shortNames ?? [],
    kind: 'administrative_regulation',
    issuer: input.issuer ?? '国务院',
    source: input.source ?? `中华人民共和国国务院令${docNumber ? `（${docNumber}）` : ''}；中国政府网`,
  };
}

type DocumentInput = Omit<LawEntry, 'source' | 'shortNames'> & { shortNames?: string[]; source?: string };

/** Any other instrument: Party regulations, central and State Council documents, ministry rules. */
export function doc(input: DocumentInput): LawEntry {
  return {
    ...input,
    shortNames: input.shortNames ?? [],
    source: input.source ?? `中国政府网${input.docNumber ? ` ${input.docNumber}` : ''}；新华社发布稿`,
  };
}
