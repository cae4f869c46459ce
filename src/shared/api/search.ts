// 全局搜索 (src/server/search/): the records of every ledger in the user's scope whose title or
// searchable text holds every word of the query, grouped by ledger and record type, personal data
// masked as in the lists.
import { z } from 'zod';

export const searchMatch = z.object({
  /** The field's label. */
  label: z.string(),
  /** The text around the match, or the masked value of a personal field (then `masked`). */
  text: z.string(),
  masked: z.boolean(),
});

export const searchHit = z.object({
  id: z.number().int(),
  title: z.string(),
  /** The record's workbench page. */
  link: z.string(),
  orgName: z.string().nullable(),
  stateLabel: z.string(),
  date: z.string().nullable(),
  matches: z.array(searchMatch),
});

export const searchGroup = z.object({
  ledger: z.string(),
  ledgerLabel: z.string(),
  recordType: z.string(),
  typeLabel: z.string(),
  /** Every match of the group; `hits` lists the newest few. */
  total: z.number().int(),
  /** The record type's list filtered by the query. */
  listLink: z.string(),
  hits: z.array(searchHit),
});

export const searchResult = z.object({
  q: z.string(),
  /** The words matched (at most five), for highlighting. */
  words: z.array(z.string()),
  total: z.number().int(),
  groups: z.array(searchGroup),
});
export type SearchResult = z.infer<typeof searchResult>;
export type SearchGroup = z.infer<typeof searchGroup>;
export type SearchHit = z.infer<typeof searchHit>;
