// The central, ordered list of migrations: every schema change of the application, ledgers
// included, lives in this folder as NNNN-<name>.ts. Kysely records the names below, so a released
// name never changes; add new ones at the end with the next number.
import type { Migration } from 'kysely';
import * as m0001 from './0001-core.ts';
import * as m0002 from './0002-ledger-core.ts';
import * as m0003 from './0003-disputes.ts';
import * as m0004 from './0004-enforcement.ts';
import * as m0005 from './0005-petitions.ts';
import * as m0006 from './0006-study.ts';
import * as m0007 from './0007-publicity.ts';
import * as m0008 from './0008-enforcement-case-list-index.ts';
import * as m0009 from './0009-annual-report.ts';
import * as m0010 from './0010-external-report.ts';
import * as m0011 from './0011-leadership.ts';
import * as m0012 from './0012-deadline-fixed-due.ts';
import * as m0013 from './0013-deadline-provisional.ts';
import * as m0014 from './0014-workflow-refusal-published-version.ts';
import * as m0015 from './0015-normative-docs.ts';
import * as m0016 from './0016-decisions.ts';
import * as m0017 from './0017-advisor.ts';
import * as m0018 from './0018-disclosure.ts';
import * as m0019 from './0019-review-litigation.ts';
import * as m0020 from './0020-emergency.ts';
import * as m0022 from './0022-hardening.ts';
import * as m0023 from './0023-portal.ts';
import * as m0024 from './0024-supervision.ts';
import * as m0025 from './0025-portal-requests.ts';
import * as m0026 from './0026-portal-index.ts';
import * as m0027 from './0027-disclosure-report.ts';
import * as m0028 from './0028-case-list-page-index.ts';
import * as m0029 from './0029-rate-counter.ts';
import * as m0030 from './0030-disclosure-overturn.ts';
import * as m0031 from './0031-record-search.ts';
import * as m0032 from './0032-blob-store-cache-stamp.ts';
import * as m0033 from './0033-mail-digest.ts';
import * as m0034 from './0034-table-stamps.ts';
import * as m0035 from './0035-record-search-scope.ts';
import * as m0036 from './0036-actor-stamps.ts';
import * as m0037 from './0037-case-list-page-id-indexes.ts';
import * as m0038 from './0038-indicator-covering-indexes.ts';
import * as m0039 from './0039-case-list-county-page-index.ts';
import * as m0040 from './0040-indicator-range-indexes.ts';
import * as m0041 from './0041-notification-indexes.ts';
import * as m0042 from './0042-org-write-counts.ts';
import * as m0043 from './0043-org-write-count-held-rows.ts';
import * as m0044 from './0044-app-user-stamp-columns.ts';

export const migrations: Record<string, Migration> = {
  '0001-core': m0001,
  '0002-ledger-core': m0002,
  '0003-disputes': m0003,
  '0004-enforcement': m0004,
  '0005-petitions': m0005,
  '0006-study': m0006,
  '0007-publicity': m0007,
  '0008-enforcement-case-list-index': m0008,
  '0009-annual-report': m0009,
  '0010-external-report': m0010,
  '0011-leadership': m0011,
  '0012-deadline-fixed-due': m0012,
  '0013-deadline-provisional': m0013,
  '0014-workflow-refusal-published-version': m0014,
  '0015-normative-docs': m0015,
  '0016-decisions': m0016,
  '0017-advisor': m0017,
  '0018-disclosure': m0018,
  '0019-review-litigation': m0019,
  '0020-emergency': m0020,
  '0022-hardening': m0022,
  '0023-portal': m0023,
  '0024-supervision': m0024,
  '0025-portal-requests': m0025,
  '0026-portal-index': m0026,
  '0027-disclosure-report': m0027,
  '0028-case-list-page-index': m0028,
  '0029-rate-counter': m0029,
  '0030-disclosure-overturn': m0030,
  '0031-record-search': m0031,
  '0032-blob-store-cache-stamp': m0032,
  '0033-mail-digest': m0033,
  '0034-table-stamps': m0034,
  '0035-record-search-scope': m0035,
  '0036-actor-stamps': m0036,
  '0037-case-list-page-id-indexes': m0037,
  '0038-indicator-covering-indexes': m0038,
  '0039-case-list-county-page-index': m0039,
  '0040-indicator-range-indexes': m0040,
  '0041-notification-indexes': m0041,
  '0042-org-write-counts': m0042,
  '0043-org-write-count-held-rows': m0043,
  '0044-app-user-stamp-columns': m0044,
};
