// The law knowledge base: every entry, and one index to resolve cited titles against them.
import { centralDocuments } from './central-documents.ts';
import { civilLaws } from './laws-civil.ts';
import { economyLaws } from './laws-economy.ts';
import { stateLaws } from './laws-state.ts';
import { buildIndex, type LawIndex } from './lookup.ts';
import { partyRegulations } from './party-regulations.ts';
import { regulations } from './regulations.ts';
import { ministryRules } from './rules.ts';
import type { LawEntry } from './types.ts';

export type { LawIndex, Resolution, ResolveOptions } from './lookup.ts';
export { buildIndex, shortNamesOf } from './lookup.ts';
export type { LawEntry, LawKind, Revision } from './types.ts';

export const LAW_ENTRIES: readonly LawEntry[] = [
  ...stateLaws,
  ...civilLaws,
  ...economyLaws,
  ...regulations,
  ...partyRegulations,
  ...centralDocuments,
  ...ministryRules,
];

let index: LawIndex | null = null;

/** The index over the shipped entries, built on first use. */
export function lawIndex(): LawIndex {
  index ??= buildIndex(LAW_ENTRIES);
  return index;
}
