// The disclosure tables (政务公开), extending the Database interface of db/types.ts.
import type { Generated, Selectable } from 'kysely';
import type { Flag } from '../../db/types.ts';
import type { RecordColumns } from '../columns.ts';

export interface DisclosureRequestTable extends RecordColumns {
  title: string;
  applicantType: string;
  applicantName: string;
  /** SM4-encrypted. */
  applicantPhone: string | null;
  /** SM4-encrypted. */
  applicantIdcard: string | null;
  applicantAddress: string | null;
  applicantIdType: string | null;
  applicantIdNo: string | null;
  applicantEmail: string | null;
  applicantCreditCode: string | null;
  applicantLegalRep: string | null;
  applicantContact: string | null;
  purpose: string | null;
  deliveryMethod: string | null;
  channel: string;
  submittedOn: string;
  receivedOn: string;
  handlerId: number | null;
  description: string | null;
  correctionRequestedOn: string | null;
  correctionItems: string | null;
  correctionDueOn: string | null;
  supplementOn: string | null;
  consultParty: string | null;
  consultee: string | null;
  consultServedOn: string | null;
  consultReplyBy: string | null;
  consultRepliedOn: string | null;
  consultOpinion: string | null;
  extensionDays: number | null;
  extensionApprover: string | null;
  extensionReason: string | null;
  answerType: string | null;
  answerReason: string | null;
  answeredOn: string | null;
  answerSummary: string | null;
  feeAmount: number | null;
  feeNote: string | null;
}

export interface DisclosureItemTable extends RecordColumns {
  title: string;
  indexNo: string | null;
  publisher: string;
  heading: string;
  topic: string;
  genre: string;
  docNo: string | null;
  writtenOn: string;
  publishedOn: string | null;
  validity: Generated<string>;
  normative: Generated<Flag>;
  repealedOn: string | null;
  summary: string | null;
  url: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    disclosureRequest: DisclosureRequestTable;
    disclosureItem: DisclosureItemTable;
  }
}

export type DisclosureRequest = Selectable<DisclosureRequestTable>;
export type DisclosureItem = Selectable<DisclosureItemTable>;
