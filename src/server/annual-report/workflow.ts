// The annual report: 起草 → 审核 → 签发 → 报送 → 公开 → 归档. Each edit is a new version; a signed
// version is immutable (the database refuses to change it), and a correction after signing is a new
// draft version that goes through review and signing again. The steps are declared for the workflow
// engine in transitions.ts; this module creates a report (with its two fixed-date clocks on the
// board), saves drafts, scopes access, and summarises a report's dates.
import type { Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import { chinaDate } from '../core/clock.ts';
import { scopePaths } from '../core/policy.ts';
import { openFixedDeadline } from '../core/workflow/deadlines.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { pathInScope } from '../db/scope.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import {
  bindStatements,
  boundFigures,
  buildDraft,
  type Draft,
  type RefreshedFigure,
  refreshBindings,
} from './draft.ts';
import { computeRollup, loadRollupOrg, type RollupOrg, rollupFigures } from './rollup.ts';
import { dueDate, scheduleFor } from './schedule.ts';
import {
  REPORT_LEDGER,
  REPORT_ORG_KINDS,
  type ReportState,
  reportClocks,
  roleRefusal,
  STATE_LABELS,
} from './transitions.ts';
import type { AnnualReportRow } from './types.ts';
import {
  type DocInfoInput,
  draftDocInfo,
  insertVersion,
  loadReport,
  loadVersion,
  nowIso,
  rebind,
  type SectionInput,
} from './versions.ts';

export {
  availableTransitions,
  REPORT_LABEL,
  REPORT_LEDGER,
  REPORT_ORG_KINDS,
  type ReportState,
  type ReportStepContext,
  roleRefusal,
  runReportTransition,
  STATE_LABELS,
  TRANSITIONS,
  type TransitionId,
  WRITE_ROLES,
} from './transitions.ts';
export {
  checkDraft,
  type DocInfoInput,
  draftDocInfo,
  errorsOf,
  loadReport,
  loadVersion,
  type ParagraphInput,
  rebind,
  type SectionInput,
} from './versions.ts';

const refused = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('WORKFLOW_REFUSED', 409, message, extra);

/** The organisation of a report the actor may read: 403 without business scope, 404 outside it. */
export async function reportOrg(k: Kdb | Tx, actor: Actor, orgId: number): Promise<RollupOrg> {
  const paths = scopePaths(actor, 'business');
  if (paths.length === 0) throw forbidden();
  const org = await loadRollupOrg(k, orgId);
  if (!org || !pathInScope(org.path, paths) || !REPORT_ORG_KINDS.includes(org.kind))
    throw notFound('年度报告');
  return org;
}

/** Throws 403 unless the actor holds one of the roles over the organisation. */
export function requireRole(actor: Actor, org: RollupOrg, roles: readonly Role[], what: string): void {
  const refusal = roleRefusal(actor, org, roles, what, '');
  if (refusal) throw forbidden(refusal.rule);
}

/** Creates the report with its first version, drafted from the year's ledgers. */
export async function createReport(
  tx: Tx,
  actor: Actor,
  org: RollupOrg,
  year: number,
  today: string,
  /** The instant of creation (the demo's past); now by default. */
  at: string = nowIso(),
): Promise<AnnualReportRow> {
  if (await loadReport(tx, org.id, year)) throw refused(`${org.name}${year}年度报告已经创建`);
  const rollup = await computeRollup(tx, org, year, { today });
  const draft = buildDraft(rollup, { gaps: 'include' });
  const s = scheduleFor(org.code);
  const now = at;
  const { id } = await tx
    .insertInto('annualReport')
    .values({
      orgId: org.id,
      year,
      state: 'drafting',
      currentVersion: 1,
      approvedVersion: null,
      submitBy: dueDate(year, s.submit),
      publishBy: dueDate(year, s.publish),
      submittedOn: null,
      publishedOn: null,
      archivedOn: null,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hash = await insertVersion(tx, actor, id, 1, draft, now);
  // the dates are fixed by rule ("每年4月1日之前"), not counted: recomputing never moves them
  for (const def of reportClocks(s)) {
    await openFixedDeadline(
      tx,
      def,
      { year },
      {
        ledger: REPORT_LEDGER,
        recordType: 'report',
        recordId: id,
        orgId: org.id,
        title: `${org.name}${year}年度法治政府建设情况报告`,
        assigneeId: null,
      },
    );
  }
  await recordAudit(tx, actor, {
    action: 'annual_report.create',
    entityType: 'annual_report',
    entityId: id,
    orgId: org.id,
    after: { year, version: 1, sha256: hash, gaps: draft.gaps.map((g) => g.area) },
    at: now,
  });
  return (await loadReport(tx, org.id, year)) as AnnualReportRow;
}

/**
 * Saves edited paragraphs as a new draft version (only while drafting). The ledgers are rolled up
 * again: figures still bound to their indicators take the ledger's current values, and the version
 * keeps the whole roll-up for the checker to compare the text with.
 */
export async function saveDraft(
  tx: Tx,
  actor: Actor,
  org: RollupOrg,
  report: AnnualReportRow,
  sections: readonly SectionInput[],
  today: string = chinaDate(),
  docInfo: DocInfoInput = {},
  /** The instant of saving (the demo's past); now by default. */
  at: string = nowIso(),
): Promise<{ version: number; refreshed: RefreshedFigure[] }> {
  if (report.state !== 'drafting') {
    throw refused(
      report.state === 'reviewing'
        ? '报告正在审核，退回后才能修改'
        : '报告已签发，签发的版本不可修改；如需更正，请先“更正”生成新版本，修改后重新审核签发',
    );
  }
  const prev = JSON.parse((await loadVersion(tx, report.id, report.currentVersion)).contentJson) as Draft;
  const rollup = await computeRollup(tx, org, report.year, { today });
  const ledger = rollupFigures(rollup);
  const refresh = refreshBindings(rebind(prev, sections), ledger);
  const { refreshed } = refresh;
  const bound = bindStatements(refresh.sections, rollup.items);
  const draft: Draft = {
    ...prev,
    sections: bound,
    figures: boundFigures(bound),
    ledger,
    ...draftDocInfo(prev, docInfo),
  };
  const version = report.currentVersion + 1;
  const hash = await insertVersion(tx, actor, report.id, version, draft, at);
  await tx
    .updateTable('annualReport')
    .set({ currentVersion: version, approvedVersion: null, updatedAt: at })
    .where('id', '=', report.id)
    .execute();
  await recordAudit(tx, actor, {
    action: 'annual_report.save',
    entityType: 'annual_report',
    entityId: report.id,
    orgId: org.id,
    before: { version: report.currentVersion },
    after: {
      version,
      sha256: hash,
      ...(refreshed.length ? { refreshed } : {}),
      ...(docInfo.header || docInfo.record
        ? { header: draft.header ?? null, record: draft.record ?? null }
        : {}),
    },
    at,
  });
  return { version, refreshed };
}

export type DateStatus = 'on_time' | 'late' | 'pending' | 'overdue' | 'not_recorded';

export const DATE_STATUS_LABELS: Record<DateStatus, string> = {
  on_time: '按时',
  late: '逾期完成',
  pending: '未到期',
  overdue: '已逾期未完成',
  not_recorded: '未录入',
};

export function dateStatus(done: string | null, due: string, today: string): DateStatus {
  if (done) return done <= due ? 'on_time' : 'late';
  return today > due ? 'overdue' : 'pending';
}

/** The summary of one organisation's report for a year (no report yet: state null). */
export function summaryOf(
  org: { id: number; code: string; name: string },
  year: number,
  report: AnnualReportRow | undefined,
  today: string,
) {
  const s = scheduleFor(org.code);
  const submitBy = report?.submitBy ?? dueDate(year, s.submit);
  const publishBy = report?.publishBy ?? dueDate(year, s.publish);
  const submittedOn = report?.submittedOn ?? null;
  const publishedOn = report?.publishedOn ?? null;
  const submission = dateStatus(submittedOn, submitBy, today);
  const publication = dateStatus(publishedOn, publishBy, today);
  const state = (report?.state ?? null) as ReportState | null;
  return {
    orgId: org.id,
    orgCode: org.code,
    orgName: org.name,
    year,
    reportId: report?.id ?? null,
    state,
    stateLabel: state ? STATE_LABELS[state] : '未起草',
    currentVersion: report?.currentVersion ?? null,
    submitBy,
    publishBy,
    submittedOn,
    publishedOn,
    submission,
    submissionLabel: DATE_STATUS_LABELS[submission],
    publication,
    publicationLabel: DATE_STATUS_LABELS[publication],
    basis: { submit: s.submit.basis, publish: s.publish.basis },
  };
}
