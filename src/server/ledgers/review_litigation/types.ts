// The reconsideration and litigation case table (复议应诉台账), extending db/types.ts's Database.
import type { Generated, Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

export interface ReviewCaseTable extends RecordColumns {
  caseType: string;
  caseNo: string;
  body: string;
  receivedOn: string;
  simplified: Flag | null;
  claimantKind: string;
  claimantName: string | null;
  claimantOrg: string | null;
  /** SM4-encrypted. */
  claimantPhone: string | null;
  act: string;
  actCategory: string;
  enforcementCaseNo: string | null;
  claims: string | null;
  handlerId: number | null;
  counsel: string | null;
  answeredOn: string | null;
  answerLate: Generated<Flag>;
  hearingOn: string | null;
  leaderAppeared: Flag | null;
  leaderName: string | null;
  leaderPost: string | null;
  absenceReason: string | null;
  delegateName: string | null;
  decidedOn: string | null;
  reviewOutcome: string | null;
  courtOutcome: string | null;
  outcomeNote: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    reviewCase: ReviewCaseTable;
  }
}

export type ReviewCase = Selectable<ReviewCaseTable>;
