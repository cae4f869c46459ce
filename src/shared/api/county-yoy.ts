// 同比 (year over year) in the county view: each indicator for a year and the year before, per
// township (street), with the change. A township's figure of a year: what its ledgers compute when
// it kept them here that year, else what its report of the year states (an uploaded external report
// included); none when neither exists (上年无数据 / 本年无数据).
import { z } from 'zod';

export const yoyCell = z.object({
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** current − previous, when both exist. */
  change: z.number().nullable(),
  /** The change in per cent of the previous figure, when both exist and the previous is not 0. */
  changePct: z.number().nullable(),
});
export type YoyCell = z.infer<typeof yoyCell>;

export const yoyRow = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  kind: z.enum(['count', 'rate', 'amount']),
  cells: z.array(yoyCell),
  /** The county's sum of counts and amounts (a rate has none). */
  total: yoyCell.nullable(),
});
export type YoyRow = z.infer<typeof yoyRow>;

export const countyYoy = z.object({
  year: z.number().int(),
  previousYear: z.number().int(),
  columns: z.array(z.object({ orgId: z.number().int(), orgName: z.string() })),
  rows: z.array(yoyRow),
});
export type CountyYoy = z.infer<typeof countyYoy>;
