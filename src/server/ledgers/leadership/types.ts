// Tables of the leadership ledger (第一责任人), extending the Database interface of db/types.ts.
import type { Selectable } from 'kysely';
import type { RecordColumns } from '../columns.ts';

export interface LeadershipMeetingTable extends RecordColumns {
  heldOn: string;
  kind: string;
  chair: string;
  topic: string;
  subject: string;
  decisions: string;
  note: string | null;
}

export interface LeadershipShufaTable extends RecordColumns {
  heldOn: string;
  speaker: string;
  post: string;
  venue: string;
  summary: string;
  note: string | null;
}

declare module '../../db/types.ts' {
  interface Database {
    leadershipMeeting: LeadershipMeetingTable;
    leadershipShufa: LeadershipShufaTable;
  }
}

export type LeadershipMeeting = Selectable<LeadershipMeetingTable>;
export type LeadershipShufa = Selectable<LeadershipShufaTable>;
