// Commands validate their own input with the shared zod schemas, whoever calls them (routes, the
// command line, the demo loader), and answer 400 VALIDATION with per-field messages.
import type { z } from 'zod';
import { invalid } from '../errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const [first] = Object.entries(fields);
  throw invalid(first[0] === '_' ? first[1] : `${first[0]}: ${first[1]}`, fields);
}
