// The figures a draft states, bound to the ledgers' indicators: the bound values, bringing them to
// the ledger's current values inside their statements, and binding again what the text states in
// the catalogue's own words.
import { findIndicator } from '../../shared/indicators.ts';
import type { Binding, DraftSection } from './draft-types.ts';
import type { RollupItem } from './rollup.ts';

/** The figure as the draft writes it: integers plainly, fractions with at most two decimals. */
export function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 100) / 100);
}

/** The stated figures of a draft's bindings (id → value). */
export function boundFigures(sections: readonly DraftSection[]): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const s of sections) for (const p of s.paragraphs) for (const b of p.bindings) figures[b.id] = b.value;
  return figures;
}

export interface RefreshedFigure {
  id: string;
  label: string;
  from: number;
  to: number;
}

/**
 * Brings the bound figures of a draft to the ledger's current values: a binding whose indicator
 * now computes another value gets its number rewritten inside its statement (and the offsets of
 * the bindings after it shifted). A statement whose number cannot be found is unbound instead,
 * so it is compared with the ledger by the checker like any typed figure.
 */
export function refreshBindings(
  sections: readonly DraftSection[],
  ledger: Readonly<Record<string, number>>,
): { sections: DraftSection[]; refreshed: RefreshedFigure[] } {
  const refreshed: RefreshedFigure[] = [];
  const out = sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => {
      let text = p.text;
      let shift = 0;
      const bindings: Binding[] = [];
      for (const b of p.bindings) {
        const start = b.start + shift;
        const end = b.end + shift;
        const to = ledger[b.id];
        if (to === undefined || to === b.value) {
          bindings.push({ ...b, start, end });
          continue;
        }
        const statement = text.slice(start, end);
        const at = findNumber(statement, b.value);
        if (at < 0) continue;
        const from = String(b.value);
        const next = `${statement.slice(0, at)}${to}${statement.slice(at + from.length)}`;
        text = text.slice(0, start) + next + text.slice(end);
        const delta = next.length - statement.length;
        shift += delta;
        bindings.push({ ...b, value: to, start, end: end + delta });
        refreshed.push({ id: b.id, label: b.label, from: b.value, to });
      }
      return { ...p, text, bindings };
    }),
  }));
  return { sections: out, refreshed };
}

/**
 * Binds again what the text states in the catalogue's own words with the ledger's current value
 * (a figure typed wrong and then put right is bound again), and gives every binding the records
 * the ledger counts now. Only the parts that state facts of the year (一 and 三) are searched; an
 * indicator is bound once per draft.
 */
export function bindStatements(
  sections: readonly DraftSection[],
  items: readonly RollupItem[],
): DraftSection[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const bound = new Set<string>();
  for (const s of sections) for (const p of s.paragraphs) for (const b of p.bindings) bound.add(b.id);
  return sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => {
      const bindings = p.bindings.map((b) => {
        const item = byId.get(b.id);
        return item ? { ...b, records: item.records } : b;
      });
      if (s.key === 'measures' || s.key === 'leaders') {
        for (const item of items) {
          if (item.value <= 0 || bound.has(item.id)) continue;
          const indicator = findIndicator(item.id);
          if (!indicator) continue;
          const stated = indicator.template.replace('{n}', formatValue(item.value));
          const start = p.text.indexOf(stated);
          if (start < 0) continue;
          const end = start + stated.length;
          if (bindings.some((b) => b.start < end && start < b.end)) continue;
          bound.add(item.id);
          bindings.push({
            id: item.id,
            value: item.value,
            unit: indicator.unit,
            label: indicator.label,
            start,
            end,
            records: item.records,
          });
        }
        bindings.sort((a, b) => a.start - b.start);
      }
      return { ...p, bindings };
    }),
  }));
}

/** Offset of `value` written as a whole number in `text` (not a part of a longer number), or -1. */
function findNumber(text: string, value: number): number {
  const digits = String(value);
  for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
    const before = text[at - 1] ?? '';
    const after = text[at + digits.length] ?? '';
    if (!/[\d.]/.test(before) && !/[\d.]/.test(after)) return at;
  }
  return -1;
}
