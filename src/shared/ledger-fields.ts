// The field vocabulary of ledger manifests, shared by the server (contract.ts) and the web pages
// that render forms and lists from the manifests.
export type FieldType =
  | 'text'
  | 'textarea'
  | 'date'
  | 'datetime'
  | 'int'
  | 'decimal'
  | 'enum'
  | 'bool'
  | 'person'
  | 'phone'
  | 'idcard'
  | 'org'
  | 'user'
  | 'attachment';

export interface FieldOption {
  value: string;
  label: string;
}
