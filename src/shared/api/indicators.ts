// The ledgers' indicators (GET /api/indicators, /api/indicators/:id/records; docs/ledgers.md).
import { z } from 'zod';
import { recordView } from './ledgers.ts';

export const indicatorValue = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  ledger: z.string(),
  value: z.number(),
});
export type IndicatorValue = z.infer<typeof indicatorValue>;
export const indicatorValues = z.object({ year: z.number(), items: z.array(indicatorValue) });
export type IndicatorValues = z.infer<typeof indicatorValues>;

export const indicatorRecords = z.object({
  indicator: z.string(),
  ledger: z.string(),
  type: z.string(),
  year: z.number(),
  total: z.number(),
  items: z.array(recordView),
});
export type IndicatorRecords = z.infer<typeof indicatorRecords>;
