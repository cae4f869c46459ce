// The explicit registry of checker rules. Every rule module is listed here, in category order;
// nothing registers itself.
import type { Rule } from '../types.ts';

// biome-ignore lint/suspicious/noExplicitAny: rules carry their own option types
export const rules: Rule<any>[] = [];
