// The supervision ledger's table (督办通知), extending the Database interface of db/types.ts.
import type { RecordColumns } from '../columns.ts';

export interface SupervisionNoticeTable extends RecordColumns {
  title: string;
  subjectKind: string;
  /** A page path of the workbench (/ledgers/<kind>/<type>/<id>, /deadlines …). */
  subjectLink: string | null;
  issuedOn: string;
  dueOn: string;
  requirement: string;
  reply: string | null;
  repliedOn: string | null;
  returnReason: string | null;
  closeNote: string | null;
  closedOn: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    supervisionNotice: SupervisionNoticeTable;
  }
}
