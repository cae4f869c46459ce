// The deadline board's filters, the same on the page and in its export: the group (红牌 = overdue
// clocks, 风险预警 = alerts, 黄牌, 正常 = the rest), the ledger, and words in the title or the label.
import type { BoardCard } from './api/board.ts';

export const BOARD_GROUPS = ['red', 'alert', 'yellow', 'normal'] as const;
export type BoardGroup = (typeof BOARD_GROUPS)[number];

export interface BoardFilter {
  group?: BoardGroup;
  ledger?: string;
  q?: string;
}

export function groupOf(c: Pick<BoardCard, 'kind' | 'colour'>): BoardGroup {
  if (c.kind === 'alert') return 'alert';
  if (c.colour === 'red') return 'red';
  if (c.colour === 'yellow') return 'yellow';
  return 'normal';
}

export function filterCards<C extends BoardCard>(cards: readonly C[], f: BoardFilter): C[] {
  const words = (f.q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  return cards.filter(
    (c) =>
      (!f.group || groupOf(c) === f.group) &&
      (!f.ledger || c.ledger === f.ledger) &&
      words.every((w) => `${c.title} ${c.label} ${c.orgName ?? ''}`.toLowerCase().includes(w)),
  );
}
