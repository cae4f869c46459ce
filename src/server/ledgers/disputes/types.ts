// The dispute table (矛盾纠纷台账), extending the Database interface of db/types.ts.
import type { Generated, Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

export interface DisputeTable extends RecordColumns {
  title: string;
  source: string;
  category: string;
  method: string;
  acceptedOn: string;
  applicantName: string;
  /** SM4-encrypted. */
  applicantPhone: string | null;
  /** SM4-encrypted. */
  applicantIdcard: string | null;
  respondentName: string | null;
  /** SM4-encrypted. */
  respondentPhone: string | null;
  partyCount: number | null;
  amount: number | null;
  mediatorId: number | null;
  summary: string | null;
  agreementForm: string | null;
  agreementContent: string | null;
  concludedOn: string | null;
  referral: string | null;
  terminationReason: string | null;
  risk: Generated<Flag>;
  riskNote: string | null;
  reportedToPolice: Flag | null;
  visitCount: Generated<number>;
  lastVisitOn: string | null;
  visitResult: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    dispute: DisputeTable;
  }
}

export type Dispute = Selectable<DisputeTable>;
