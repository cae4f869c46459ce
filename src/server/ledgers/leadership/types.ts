// Tables of the leadership ledger (第一责任人), extending the Database interface of db/types.ts.
import type { Generated, Selectable } from 'kysely';

export interface LeadershipMeetingTable {
  id: Generated<number>;
  orgId: number;
  state: string;
  heldOn: string;
  kind: string;
  chair: string;
  topic: string;
  subject: string;
  decisions: string;
  note: string | null;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
}

export interface LeadershipShufaTable {
  id: Generated<number>;
  orgId: number;
  state: string;
  heldOn: string;
  speaker: string;
  post: string;
  venue: string;
  summary: string;
  note: string | null;
  createdAt: string;
  createdBy: number | null;
  updatedAt: string;
}

declare module '../../db/types.ts' {
  interface Database {
    leadershipMeeting: LeadershipMeetingTable;
    leadershipShufa: LeadershipShufaTable;
  }
}

export type LeadershipMeeting = Selectable<LeadershipMeetingTable>;
export type LeadershipShufa = Selectable<LeadershipShufaTable>;
