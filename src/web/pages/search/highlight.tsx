// Text with every occurrence of the query's words marked (<mark>), as the portal's results are.
import type { ReactNode } from 'react';

export function highlight(text: string, words: readonly string[]): ReactNode {
  const ws = words.filter(Boolean);
  if (!ws.length) return text;
  const re = new RegExp(ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(<mark key={at}>{m[0]}</mark>);
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
