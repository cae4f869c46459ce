// The columns every ledger record table has, declared once: each record table's interface
// extends `RecordColumns`, and the contract test (fields.test.ts) checks the real tables of both
// dialects against `RECORD_COLUMNS`.
import type { Generated } from 'kysely';

/**
 * The common columns of every ledger record table, declared once: each record table's interface
 * extends it, new tables are created with `recordTable` (db/migrations/util.ts), and
 * ledgers/columns.test.ts checks the real tables of both dialects against it.
 */
export interface RecordColumns {
  id: Generated<number>;
  /** The record's organisation (a village, community or grid lies inside its township's subtree). */
  orgId: number;
  state: string;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
}

/** The common columns by name, with what the real table must say of each (for the contract test). */
export const RECORD_COLUMNS = {
  id: { type: 'integer', nullable: false },
  orgId: { type: 'integer', nullable: false },
  state: { type: 'text', nullable: false },
  createdAt: { type: 'text', nullable: false },
  createdBy: { type: 'integer', nullable: true },
  updatedAt: { type: 'text', nullable: false },
} as const satisfies Record<keyof RecordColumns, { type: 'integer' | 'text'; nullable: boolean }>;
