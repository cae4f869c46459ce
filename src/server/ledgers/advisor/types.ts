// The legal advisor ledger's tables (法律顾问台账), extending the Database interface of db/types.ts.
import type { Selectable } from 'kysely';
import type { RecordColumns } from '../columns.ts';

export interface LegalAdvisorTable extends RecordColumns {
  name: string;
  kind: string;
  firm: string;
  licenceNo: string | null;
  contractFrom: string;
  contractTo: string;
  fee: number | null;
  /** SM4-encrypted. */
  phone: string | null;
  userId: number | null;
  endedOn: string | null;
  endReason: string | null;
}

export interface AdvisorTaskTable extends RecordColumns {
  title: string;
  kind: string;
  advisorId: number;
  sentOn: string;
  counterparty: string | null;
  amount: number | null;
  /** A link to an enforcement case (法制审核). */
  caseId: number | null;
  normativeDocId: number | null;
  decisionId: number | null;
  meetingOn: string | null;
  request: string | null;
  opinion: string | null;
  reply: string | null;
  answeredOn: string | null;
  withdrawReason: string | null;
}

export interface AdvisorCheckupTable extends RecordColumns {
  title: string;
  advisorId: number;
  visitedOn: string;
  items: string;
  issuesFound: number | null;
  suggestions: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    legalAdvisor: LegalAdvisorTable;
    advisorTask: AdvisorTaskTable;
    advisorCheckup: AdvisorCheckupTable;
  }
}

export type AdvisorTask = Selectable<AdvisorTaskTable>;
