// The 政府信息公开工作年度报告's workflow, on the pattern of the 法治政府 annual report
// (annual-report/): 起草 → 签发 → 报送 → 公开. Opening the report puts its two fixed-date clocks on the
// board (报送 and 公开, 《条例》第四十九条; a township's dates are configuration); 签发 freezes the
// report as computed that day into an immutable version (the database refuses to change it) and is
// refused while the tables do not add up or 上年结转 differs from last year's report; a correction
// before 报送 is signed again as a new version; 公开 shows the signed version on the portal.
import { createHash } from 'node:crypto';
import type { Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import { rolesAt } from '../core/policy.ts';
import { openFixedDeadline, stopDeadlines } from '../core/workflow/deadlines.ts';
import type { FixedClockDef } from '../core/workflow/types.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { AppError, forbidden, invalid } from '../errors.ts';
import { APPLICANT_TYPES } from '../ledgers/disclosure/labels.ts';
import { REPORT_DATES } from '../ledgers/disclosure/rules.ts';
import { lastYearNext } from './carryover.ts';
import { buildDisclosureReport, type DisclosureReport } from './index.ts';
import type { DisclosureReportRow } from './types.ts';
import './types.ts';

/** The `deadline.ledger` of the report's clocks, and its board label. */
export const DISCLOSURE_REPORT_LEDGER = 'disclosure_report';
export const DISCLOSURE_REPORT_LABEL = '政府信息公开工作年度报告';

export const REPORT_STATES: Readonly<Record<string, string>> = {
  drafting: '起草',
  signed: '已签发',
  submitted: '已报送',
  published: '已公开',
};

export type ReportStep = 'sign' | 'submit' | 'publish';

/** Who takes each step, which states it starts from, and its state after. */
const STEPS: Record<ReportStep, { label: string; roles: readonly Role[]; from: string[]; to: string }> = {
  sign: { label: '签发', roles: ['leader'], from: ['drafting', 'signed'], to: 'signed' },
  submit: { label: '报送', roles: ['leader', 'clerk'], from: ['signed'], to: 'submitted' },
  publish: { label: '公开', roles: ['leader', 'clerk'], from: ['submitted'], to: 'published' },
};
const WRITE_ROLES: readonly Role[] = ['clerk', 'leader'];
const ROLE_NAMES: Record<string, string> = { clerk: '经办人', leader: '负责人' };

export interface ReportOrg {
  id: number;
  name: string;
  kind: string;
  path: string;
}

const refused = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('WORKFLOW_REFUSED', 409, message, extra);

function requireRoles(actor: Actor, org: ReportOrg, roles: readonly Role[], what: string) {
  const held = rolesAt(actor, org.path);
  if (!roles.some((r) => held.has(r)))
    throw forbidden(`${what}须由本单位${roles.map((r) => ROLE_NAMES[r] ?? r).join('或')}办理`);
}

/** The two clocks: 报送 to the county's office and 公开, on the configured dates. */
const CLOCKS: FixedClockDef<{ year: number }>[] = (
  [
    ['submit', '信息公开年度报告报送', REPORT_DATES.submitBy],
    ['publish', '信息公开年度报告向社会公布', REPORT_DATES.publishBy],
  ] as const
).map(([id, label, md]) => ({
  id,
  label,
  basis: REPORT_DATES.basis,
  warnDays: 15,
  until: [id],
  fixed: ({ year }) => ({
    start: `${year}-12-31`,
    due: `${year + 1}-${md}`,
    explain: [`${label}：${year + 1}年${Number(md.slice(0, 2))}月${Number(md.slice(3))}日前`],
  }),
}));

export async function loadDisclosureReport(
  k: Kdb | Tx,
  orgId: number,
  year: number,
): Promise<DisclosureReportRow | undefined> {
  return k
    .selectFrom('disclosureReport')
    .selectAll()
    .where('orgId', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** The report's row, created with its clocks on the board the first time it is opened. */
export async function openDisclosureReport(
  tx: Tx,
  actor: Actor,
  org: ReportOrg,
  year: number,
  now: string,
): Promise<DisclosureReportRow> {
  const existing = await loadDisclosureReport(tx, org.id, year);
  if (existing) return existing;
  requireRoles(actor, org, WRITE_ROLES, '开始编制年度报告');
  const row = await tx
    .insertInto('disclosureReport')
    .values({
      orgId: org.id,
      year,
      submitBy: `${year + 1}-${REPORT_DATES.submitBy}`,
      publishBy: `${year + 1}-${REPORT_DATES.publishBy}`,
      submittedOn: null,
      publishedOn: null,
      publishedVersion: null,
      carriedJson: null,
      carriedBy: null,
      createdAt: now,
      updatedAt: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const title = `${org.name}${year}年政府信息公开工作年度报告`;
  for (const def of CLOCKS)
    await openFixedDeadline(
      tx,
      def,
      { year },
      {
        ledger: DISCLOSURE_REPORT_LEDGER,
        recordType: 'report',
        recordId: row.id,
        orgId: org.id,
        title,
        assigneeId: null,
      },
    );
  await recordAudit(tx, actor, {
    action: 'disclosure_report.open',
    orgId: org.id,
    entityType: 'disclosure_report',
    entityId: row.id,
    after: { year },
    at: now,
  });
  return row;
}

/**
 * 上年结转 entered by hand (by applicant column; 总计 is their sum), allowed only while last year's
 * report is not in the system and before this one is signed.
 */
export async function enterCarried(
  tx: Tx,
  actor: Actor,
  org: ReportOrg,
  year: number,
  figures: Record<string, number>,
  now: string,
): Promise<void> {
  const report = await openDisclosureReport(tx, actor, org, year, now);
  requireRoles(actor, org, WRITE_ROLES, '录入上年结转数');
  if (report.state !== 'drafting') throw refused('年度报告已签发，不能再录入上年结转数');
  if (await lastYearNext(tx, org.id, year))
    throw refused(`系统中已有${year - 1}年度报告，上年结转数以该报告为准，不能手工录入`);
  const cols = APPLICANT_TYPES.map((a) => a.value);
  const bad = Object.keys(figures).filter((c) => !cols.includes(c));
  if (bad.length > 0) throw invalid(`未知的申请人类别：${bad.join('、')}`);
  const values = Object.fromEntries(cols.map((c) => [c, figures[c] ?? 0]));
  if (Object.values(values).some((n) => !Number.isInteger(n) || n < 0))
    throw invalid('上年结转数应为非负整数');
  const total = Object.values(values).reduce((s, n) => s + n, 0);
  await tx
    .updateTable('disclosureReport')
    .set({ carriedJson: JSON.stringify({ ...values, total }), carriedBy: actor.userId, updatedAt: now })
    .where('id', '=', report.id)
    .execute();
  await recordAudit(tx, actor, {
    action: 'disclosure_report.carried',
    orgId: org.id,
    entityType: 'disclosure_report',
    entityId: report.id,
    before: report.carriedJson ? JSON.parse(report.carriedJson) : null,
    after: { ...values, total },
    at: now,
  });
}

/** Runs a step of the workflow: 签发 (a new immutable version), 报送 or 公开. */
export async function runReportStep(
  tx: Tx,
  actor: Actor,
  org: ReportOrg,
  year: number,
  step: ReportStep,
  on: string,
  now: string,
): Promise<DisclosureReportRow> {
  const def = STEPS[step];
  const report = await openDisclosureReport(tx, actor, org, year, now);
  requireRoles(actor, org, def.roles, `${def.label}年度报告`);
  if (!def.from.includes(report.state))
    throw refused(
      `年度报告当前为“${REPORT_STATES[report.state]}”，不能${def.label}（应先${
        step === 'sign' ? '编制' : step === 'submit' ? '签发' : '报送'
      }）`,
    );
  const patch: Partial<DisclosureReportRow> = { state: def.to, updatedAt: now };
  if (step === 'sign') {
    const built = await buildDisclosureReport(tx, org, year);
    if (built.errors.length > 0)
      throw refused(`年度报告存在${built.errors.length}处错误，不能签发：${built.errors.join('；')}`, {
        errors: built.errors,
      });
    const version = report.currentVersion + 1;
    const contentJson = JSON.stringify(built);
    await tx
      .insertInto('disclosureReportVersion')
      .values({
        reportId: report.id,
        version,
        contentJson,
        sha256: createHash('sha256').update(contentJson).digest('hex'),
        signedBy: actor.userId,
        signedAt: now,
        signedOn: on,
      })
      .execute();
    patch.currentVersion = version;
  }
  if (step === 'submit') patch.submittedOn = on;
  if (step === 'publish') {
    patch.publishedOn = on;
    patch.publishedVersion = report.currentVersion;
  }
  await tx.updateTable('disclosureReport').set(patch).where('id', '=', report.id).execute();
  const rec = { ledger: DISCLOSURE_REPORT_LEDGER, recordType: 'report', recordId: report.id };
  await stopDeadlines(tx, CLOCKS, rec, step, on);
  await recordAudit(tx, actor, {
    action: `disclosure_report.${step}`,
    orgId: org.id,
    entityType: 'disclosure_report',
    entityId: report.id,
    before: { state: report.state },
    after: { state: def.to, on, version: patch.currentVersion ?? report.currentVersion },
    at: now,
  });
  return { ...report, ...patch };
}

/** The workflow as the report view shows it: state, dates, signed versions, the caller's steps. */
export async function workflowView(k: Kdb | Tx, actor: Actor, org: ReportOrg, year: number) {
  const r = await loadDisclosureReport(k, org.id, year);
  if (!r) return null;
  const versions = await k
    .selectFrom('disclosureReportVersion as v')
    .leftJoin('appUser as u', 'u.id', 'v.signedBy')
    .select(['v.version', 'v.signedOn', 'u.displayName as signedByName'])
    .where('v.reportId', '=', r.id)
    .orderBy('v.version')
    .execute();
  const held = rolesAt(actor, org.path);
  const steps = (Object.keys(STEPS) as ReportStep[])
    .filter((id) => STEPS[id].from.includes(r.state) && STEPS[id].roles.some((x) => held.has(x)))
    .map((id) => ({ id, label: STEPS[id].label }));
  return {
    state: r.state,
    stateLabel: REPORT_STATES[r.state] ?? r.state,
    submitBy: r.submitBy,
    publishBy: r.publishBy,
    submittedOn: r.submittedOn,
    publishedOn: r.publishedOn,
    currentVersion: r.currentVersion,
    publishedVersion: r.publishedVersion,
    versions,
    steps,
  };
}

/** A signed version as it was signed. */
export async function signedVersion(
  k: Kdb | Tx,
  reportId: number,
  version: number,
): Promise<(DisclosureReport & { signedOn: string; version: number }) | undefined> {
  const v = await k
    .selectFrom('disclosureReportVersion')
    .select(['contentJson', 'signedOn', 'version'])
    .where('reportId', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirst();
  return v
    ? { ...(JSON.parse(v.contentJson) as DisclosureReport), signedOn: v.signedOn, version }
    : undefined;
}
