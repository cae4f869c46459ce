// Tables of the petitions ledger (信访, hotline tickets), extending the Database interface.
import type { Selectable } from 'kysely';
import type { RecordColumns } from '../columns.ts';

export interface PetitionTable extends RecordColumns {
  title: string;
  receivedOn: string;
  channel: string;
  category: string;
  petitionerName: string;
  /** SM4-encrypted. */
  petitionerPhone: string | null;
  /** SM4-encrypted. */
  petitionerIdcard: string | null;
  headcount: number | null;
  content: string | null;
  handlingUnit: string | null;
  handlerId: number | null;
  disposedOn: string | null;
  transferredTo: string | null;
  notice: string | null;
  extensionDays: number | null;
  extensionReason: string | null;
  extensionApprover: string | null;
  extensionApprovedOn: string | null;
  opinion: string | null;
  opinionText: string | null;
  answeredOn: string | null;
  deliveredOn: string | null;
  reviewRequestedOn: string | null;
  reviewOpinion: string | null;
  reviewAnsweredOn: string | null;
  reviewDeliveredOn: string | null;
  recheckRequestedOn: string | null;
  recheckOpinion: string | null;
  recheckAnsweredOn: string | null;
  satisfaction: string | null;
  concludedOn: string | null;
}

export interface HotlineTicketTable extends RecordColumns {
  ticketNo: string;
  title: string;
  receivedOn: string;
  channel: string;
  category: string;
  content: string | null;
  callerName: string | null;
  /** SM4-encrypted. */
  callerPhone: string | null;
  handlerId: number | null;
  signedOn: string | null;
  replyText: string | null;
  repliedOn: string | null;
  satisfaction: string | null;
  returnReason: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    petition: PetitionTable;
    hotlineTicket: HotlineTicketTable;
  }
}

export type Petition = Selectable<PetitionTable>;
export type HotlineTicket = Selectable<HotlineTicketTable>;
