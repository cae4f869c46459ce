// Response shapes of the workbench HTTP API (docs/api.md).

import type { OrgKind } from '../../shared/roles.ts';

export type { Capability, OrgKind } from '../../shared/roles.ts';

/** Database ids are integers. */
export type Id = number;

export interface Me {
  id: Id;
  username: string;
  displayName: string;
  orgId: Id;
  orgName: string;
  orgPath: string;
  mustChangePassword: boolean;
  roles: Array<{ role: string; orgId: Id; orgName: string }>;
  capabilities: string[];
}

export interface MeResponse {
  user: Me;
  csrfToken: string;
  /** The server's China date: the web app's "today" (never the browser's clock). */
  today: string;
}

export interface Org {
  id: Id;
  parentId: Id | null;
  code: string;
  name: string;
  kind: OrgKind;
  path: string;
  active: boolean;
}

export interface User {
  id: Id;
  username: string;
  displayName: string;
  orgId: Id;
  orgName: string;
  active: boolean;
  locked: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  roles: Array<{ id: Id; role: string; orgId: Id; orgName: string }>;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface RoleAssignment {
  id: Id;
  userId: Id;
  username: string;
  displayName: string;
  role: string;
  orgId: Id;
  orgName: string;
  createdAt: string;
}

export interface AuditEvent {
  id: Id;
  seq: number;
  at: string;
  actorId: Id | null;
  actorName: string | null;
  orgId: Id | null;
  orgName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
  clientIp: string | null;
  hash: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  count: number;
  firstBroken?: { seq: number; reason: string };
}

export interface CalendarYearSummary {
  year: number;
  source: string;
  builtIn: boolean;
}

export interface CalendarDay {
  date: string;
  name: string;
}

export interface CalendarYear {
  year: number;
  source: string;
  note?: string | null;
  holidays: CalendarDay[];
  workdays: CalendarDay[];
}

export interface DeadlineResult {
  due: string;
  explain: string[];
  /** The due date depends on a year whose holiday arrangement is not published yet (暂定). */
  provisional: boolean;
}

export interface CalendarStatus {
  today: string;
  nextYear: number;
  nextYearMissing: boolean;
  warn: boolean;
  provisionalYears: number[];
  provisionalOpen: number;
  message: string | null;
}
