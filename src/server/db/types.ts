// Table types. Each table has its own interface; the database type is their intersection.
// Timestamps are ISO-8601 UTC strings and dates 'YYYY-MM-DD' in both dialects; flags are 0/1
// integers; JSON columns are text. This keeps SQLite and PostgreSQL rows identical.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Flag = 0 | 1;

export interface OrgTable {
  id: Generated<number>;
  parentId: number | null;
  code: string;
  name: string;
  kind: string;
  /** Materialised path of ids, e.g. "/1/4/17/"; the subtree of X is every path starting with X's. */
  path: string;
  active: Generated<Flag>;
  sort: Generated<number>;
  createdAt: string;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  displayName: string;
  orgId: number;
  passwordHash: string;
  mustChangePassword: Generated<Flag>;
  active: Generated<Flag>;
  failedCount: Generated<number>;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  passwordChangedAt: string | null;
  isDemo: Generated<Flag>;
  createdAt: string;
  updatedAt: string;
  /** Set while the password is a one-time reset code: when the code stops working. */
  codeExpiresAt: string | null;
  /** When the one-time code was used to log in (a second login with it is refused). */
  codeUsedAt: string | null;
  /** Where the daily digest goes (migration 0033); none: no digest. */
  email: string | null;
  /** 1: the user turned the daily digest off. */
  digestOptOut: Generated<Flag>;
}

/** A sysadmin's password reset: the one-time code's hash, its expiry and its confirmation. */
export interface PasswordResetTable {
  id: Generated<number>;
  userId: number;
  requestedBy: number | null;
  requestedAt: string;
  expiresAt: string;
  codeHash: string;
  /** The admin role that must confirm (secadmin or auditor), or null when none is needed. */
  confirmRole: string | null;
  confirmedBy: number | null;
  confirmedAt: string | null;
  /** pending (awaiting confirmation) | issued | cancelled | superseded */
  state: string;
}

export interface PasswordHistoryTable {
  id: Generated<number>;
  userId: number;
  passwordHash: string;
  createdAt: string;
}

/** Failed-login counters shared by every app process (per client address, per unknown name). */
export interface LoginCounterTable {
  key: string;
  count: number;
  windowStart: string;
  lockedUntil: string | null;
}

export interface RoleAssignmentTable {
  id: Generated<number>;
  userId: number;
  role: string;
  orgId: number;
  createdAt: string;
  createdBy: number | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  clientIp: string | null;
  userAgent: string | null;
}

export interface AuditEventTable {
  id: Generated<number>;
  seq: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  orgId: number | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  clientIp: string | null;
  prevHash: string;
  hash: string;
}

export interface AttachmentTable {
  id: Generated<number>;
  sha256: string;
  sm3: string;
  size: number;
  mime: string;
  name: string;
  orgId: number;
  createdBy: number | null;
  createdAt: string;
}

export interface CalendarYearTable {
  year: number;
  source: string;
  dataJson: string;
  createdBy: number | null;
  createdAt: string;
}

export interface RateCounterTable {
  key: string;
  /** Epoch milliseconds (bigint: the PostgreSQL driver answers a string). */
  windowStart: number | string;
  count: number;
}

/** Attachment bytes in the database (core/blob-store.ts), chunks of one SHA-256 in `seq` order. */
export interface BlobChunkTable {
  sha256: string;
  seq: number;
  data: Buffer | Uint8Array;
}

/** A random stamp per process-local cache, replaced when what it caches changes (core/cache-stamp.ts). */
export interface CacheStampTable {
  name: string;
  stamp: string;
}

/** Per ledger table and organisation, the transactions that wrote its rows (migration 0042). */
export interface OrgWriteCountTable {
  tableName: string;
  orgId: number;
  /** bigint: a string on PostgreSQL. */
  writes: number | string;
}

export interface Database {
  org: OrgTable;
  appUser: AppUserTable;
  roleAssignment: RoleAssignmentTable;
  session: SessionTable;
  auditEvent: AuditEventTable;
  attachment: AttachmentTable;
  calendarYear: CalendarYearTable;
  passwordReset: PasswordResetTable;
  passwordHistory: PasswordHistoryTable;
  loginCounter: LoginCounterTable;
  rateCounter: RateCounterTable;
  blobChunk: BlobChunkTable;
  cacheStamp: CacheStampTable;
  orgWriteCount: OrgWriteCountTable;
}

export type Org = Selectable<OrgTable>;
export type NewOrg = Insertable<OrgTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;
export type RoleAssignment = Selectable<RoleAssignmentTable>;
export type AuditEvent = Selectable<AuditEventTable>;
export type Attachment = Selectable<AttachmentTable>;
export type { ColumnType };
