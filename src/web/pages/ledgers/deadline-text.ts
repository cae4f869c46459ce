// A clock's colour as an antd Tag colour and its due date as text: apart from deadline.tsx (its
// Timeline and Descriptions), so the home page can show them without loading those.
import type { Colour, DeadlineView } from '../../../shared/api/board.ts';
import { L } from '../../labels.ts';

export const colourTag: Record<Colour, string> = {
  red: 'error',
  yellow: 'warning',
  green: 'success',
  grey: 'default',
};

/** The due date as the board and record pages show it, with 暂定 where it is provisional. */
export function dueText(d: Pick<DeadlineView, 'due' | 'provisional'>): string {
  if (d.due === null) return L.ledgers.dueUnknown;
  return d.provisional ? `${d.due}（${L.ledgers.provisional}）` : d.due;
}
