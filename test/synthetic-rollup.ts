// A township's roll-up with every catalogue indicator set (no database): the draft it gives has a
// figure in every area, for the DOCX export's test and its benchmark.
import type { Rollup } from '../src/server/annual-report/rollup.ts';
import { INDICATORS } from '../src/shared/indicators.ts';

export function syntheticRollup(): Rollup {
  return {
    org: {
      id: 2,
      code: '511099101',
      name: '青石镇',
      kind: 'township',
      path: '/1/2/',
      parent: { id: 1, code: '511099', name: '清源县', kind: 'county' },
    },
    year: 2025,
    asOf: '2025-12-31',
    items: INDICATORS.map((i, n) => ({
      id: i.id,
      label: i.label,
      unit: i.unit,
      ledger: i.ledger,
      ledgerLabel: i.ledger,
      area: i.area,
      value: i.unit === '%' ? 96.5 : 10 + n * 7,
      records: { type: 'x', ids: [] },
    })),
    overdue: [],
    refusals: [],
  };
}
