// The field vocabulary of ledger manifests, shared by the server (contract.ts) and the web pages
// that render forms and lists from the manifests.
export const FIELD_TYPES = [
  'text',
  'textarea',
  'date',
  'datetime',
  'int',
  'decimal',
  'enum',
  'bool',
  'person',
  'phone',
  'idcard',
  'org',
  'user',
  'attachment',
  'link',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  label: string;
}

/** What a `link` field points at: a record type of a ledger (its title is shown, its id stored). */
export interface LinkTargetRef {
  ledger: string;
  type: string;
  /** Whoever may read the record holding the link may read the linked record, read only (its
   * fields and its steps' attachments): the legal advisor reads the document it is asked to review. */
  grantsRead?: boolean;
}
