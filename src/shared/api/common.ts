// Building blocks of the response schemas: ids, pages, the error body.
import { z } from 'zod';

/** Database ids are integers. */
export const id = z.number().int();
export type Id = z.infer<typeof id>;

/** A page of a list: `{ items, total }`. */
export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });
export interface Page<T> {
  items: T[];
  total: number;
}

/** `{ items }` without a total. */
export const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** An ISO timestamp or YYYY-MM-DD date, as text. */
export const isoText = z.string();
