// The annual report's workflow: 起草 → 审核 → 签发 → 报送 → 公开 → 归档. Each edit is a new version; a
// signed version is immutable (the database refuses to change it), and a correction after signing
// is a new draft version that goes through review and signing again. The submission and disclosure
// dates are clocks in the `deadline` table (ledger 'annual_report'), so they appear on the board.
import { createHash } from 'node:crypto';
import { type CheckResult, checkText, type Finding } from '../../checker/index.ts';
import type { Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import { chinaDate } from '../core/clock.ts';
import { rolesAt, scopePaths } from '../core/policy.ts';
import type { Kdb, Tx } from '../db/connect.ts';
import { pathInScope } from '../db/scope.ts';
import { AppError, forbidden, notFound } from '../errors.ts';
import {
  type Binding,
  bindStatements,
  boundFigures,
  buildDraft,
  chineseDate,
  type Draft,
  type DraftParagraph,
  draftText,
  type RefreshedFigure,
  refreshBindings,
} from './draft.ts';
import { computeRollup, loadRollupOrg, type RollupOrg, rollupFigures } from './rollup.ts';
import { dueDate, type ReportSchedule, scheduleFor } from './schedule.ts';
import type { AnnualReportRow, AnnualReportVersionRow } from './types.ts';
import './types.ts';

export const REPORT_LEDGER = 'annual_report';
export const REPORT_LABEL = '法治政府建设年度报告';
export const REPORT_ORG_KINDS = ['township', 'street'];

export type ReportState = 'drafting' | 'reviewing' | 'signed' | 'submitted' | 'published' | 'archived';

export const STATE_LABELS: Record<ReportState, string> = {
  drafting: '起草',
  reviewing: '审核',
  signed: '已签发',
  submitted: '已报送',
  published: '已公开',
  archived: '已归档',
};

export type TransitionId =
  | 'submit_review'
  | 'approve'
  | 'return'
  | 'sign'
  | 'submit'
  | 'publish'
  | 'archive'
  | 'correct';

interface TransitionDef {
  label: string;
  from: readonly ReportState[];
  to: ReportState;
  roles: readonly Role[];
}

/** Steps whose date must fall after the year the report covers. */
const AFTER_YEAR_END: ReadonlySet<TransitionId> = new Set(['sign', 'submit', 'publish']);

export const TRANSITIONS: Record<TransitionId, TransitionDef> = {
  submit_review: { label: '提交审核', from: ['drafting'], to: 'reviewing', roles: ['clerk'] },
  approve: { label: '审核通过', from: ['reviewing'], to: 'reviewing', roles: ['leader'] },
  return: { label: '退回修改', from: ['reviewing'], to: 'drafting', roles: ['leader'] },
  sign: { label: '签发', from: ['reviewing'], to: 'signed', roles: ['leader'] },
  submit: { label: '报送', from: ['signed'], to: 'submitted', roles: ['leader'] },
  publish: { label: '公开', from: ['signed', 'submitted'], to: 'published', roles: ['leader', 'clerk'] },
  archive: { label: '归档', from: ['published'], to: 'archived', roles: ['leader', 'clerk'] },
  correct: {
    label: '更正（新版本）',
    from: ['signed', 'submitted', 'published'],
    to: 'drafting',
    roles: ['leader', 'clerk'],
  },
};

export const WRITE_ROLES: readonly Role[] = ['clerk', 'leader'];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const nowIso = () => new Date().toISOString();

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
  const held = rolesAt(actor, org.path);
  if (!roles.some((r) => held.has(r))) {
    const names: Record<string, string> = { clerk: '法治办经办人', leader: '分管领导' };
    throw forbidden(`${what}需要本乡镇（街道）${roles.map((r) => names[r] ?? r).join('或')}的角色`);
  }
}

export async function loadReport(
  k: Kdb | Tx,
  orgId: number,
  year: number,
): Promise<AnnualReportRow | undefined> {
  return k
    .selectFrom('annualReport')
    .selectAll()
    .where('orgId', '=', orgId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export async function loadVersion(
  k: Kdb | Tx,
  reportId: number,
  version: number,
): Promise<AnnualReportVersionRow> {
  return k
    .selectFrom('annualReportVersion')
    .selectAll()
    .where('reportId', '=', reportId)
    .where('version', '=', version)
    .executeTakeFirstOrThrow();
}

async function insertVersion(tx: Tx, actor: Actor, reportId: number, version: number, draft: Draft) {
  const contentJson = JSON.stringify(draft);
  await tx
    .insertInto('annualReportVersion')
    .values({
      reportId,
      version,
      contentJson,
      sha256: sha256(contentJson),
      createdBy: actor.system ? null : actor.userId,
      createdAt: nowIso(),
      signedBy: null,
      signedAt: null,
    })
    .execute();
  return sha256(contentJson);
}

/** Opens the report's two clocks on the board. */
async function openClocks(tx: Tx, org: RollupOrg, report: { id: number; year: number }, s: ReportSchedule) {
  // The dates are fixed by rule ("每年4月1日之前"), not counted: the clock is marked fixedDue, so
  // recomputing with the calendar (recomputeDeadlines) never moves it off a rest day. `start` and
  // `days` only say how far the date lies from the report year's last day.
  const start = `${report.year}-12-31`;
  for (const [deadlineId, d] of [
    ['submit', s.submit],
    ['publish', s.publish],
  ] as const) {
    const due = dueDate(report.year, d);
    const days = Math.round((Date.parse(due) - Date.parse(start)) / 86_400_000);
    await tx
      .insertInto('deadline')
      .values({
        ledger: REPORT_LEDGER,
        recordType: 'report',
        recordId: report.id,
        orgId: org.id,
        deadlineId,
        label: d.label,
        title: `${org.name}${report.year}年度法治政府建设情况报告`,
        assigneeId: null,
        start,
        days,
        unit: 'calendar',
        pausesJson: '[]',
        extensionsJson: '[]',
        due,
        explainJson: JSON.stringify([
          `${d.label}：${report.year + 1}年${d.month}月${d.day}日前`,
          `依据：${d.basis}`,
        ]),
        basis: d.basis,
        warnDays: 15,
        state: 'open',
        metOn: null,
        updatedAt: nowIso(),
        fixedDue: 1,
      })
      .execute();
  }
}

async function stopClock(tx: Tx, reportId: number, deadlineId: string, on: string) {
  const d = await tx
    .selectFrom('deadline')
    .select(['id', 'due'])
    .where('ledger', '=', REPORT_LEDGER)
    .where('recordId', '=', reportId)
    .where('deadlineId', '=', deadlineId)
    .where('state', '=', 'open')
    .executeTakeFirst();
  if (!d) return;
  await tx
    .updateTable('deadline')
    .set({ state: d.due !== null && on > d.due ? 'overdue_met' : 'met', metOn: on, updatedAt: nowIso() })
    .where('id', '=', d.id)
    .execute();
}

/** Creates the report with its first version, drafted from the year's ledgers. */
export async function createReport(
  tx: Tx,
  actor: Actor,
  org: RollupOrg,
  year: number,
  today: string,
): Promise<AnnualReportRow> {
  if (await loadReport(tx, org.id, year)) throw refused(`${org.name}${year}年度报告已经创建`);
  const rollup = await computeRollup(tx, org, year, { today });
  const draft = buildDraft(rollup, { gaps: 'include' });
  const s = scheduleFor(org.code);
  const now = nowIso();
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
  const hash = await insertVersion(tx, actor, id, 1, draft);
  await openClocks(tx, org, { id, year }, s);
  await recordAudit(tx, actor, {
    action: 'annual_report.create',
    entityType: 'annual_report',
    entityId: id,
    orgId: org.id,
    after: { year, version: 1, sha256: hash, gaps: draft.gaps.map((g) => g.area) },
  });
  return (await loadReport(tx, org.id, year)) as AnnualReportRow;
}

export interface ParagraphInput {
  kind: DraftParagraph['kind'];
  text: string;
  area?: string;
}

export interface SectionInput {
  key: Draft['sections'][number]['key'];
  heading: string;
  paragraphs: ParagraphInput[];
}

/** 发文信息 saved with the paragraphs: each part given replaces the previous one; absent keeps it. */
export interface DocInfoInput {
  header?: { number?: string };
  record?: { cc?: string[]; printer?: string };
}

/**
 * The 版头 and 版记 of a new draft version, empty values left out. 签发人 and 印发日期 are not kept:
 * they are written in when a version is signed (`signedDocInfo`).
 */
export function draftDocInfo(prev: Draft, input: DocInfoInput = {}): Pick<Draft, 'header' | 'record'> {
  const number = (input.header ? input.header.number : prev.header?.number)?.trim();
  const cc = (input.record ? input.record.cc : prev.record?.cc)?.map((c) => c.trim()).filter(Boolean) ?? [];
  const printer = (input.record ? input.record.printer : prev.record?.printer)?.trim();
  return {
    header: number ? { number } : undefined,
    record:
      cc.length || printer ? { ...(cc.length ? { cc } : {}), ...(printer ? { printer } : {}) } : undefined,
  };
}

/**
 * The 版头 and 版记 of a version as it is signed: with a 发文字号, the signing leader is its 签发人
 * (上行文, GB/T 9704-2012 7.2.5); with a 版记, the signing day is its 印发日期 (7.4.3).
 */
async function signedDocInfo(
  tx: Tx,
  actor: Actor,
  draft: Draft,
  on: string,
): Promise<Pick<Draft, 'header' | 'record'>> {
  const { header, record } = draftDocInfo(draft);
  let signer: string | undefined;
  if (header && !actor.system) {
    const user = await tx
      .selectFrom('appUser')
      .select('displayName')
      .where('id', '=', actor.userId)
      .executeTakeFirst();
    signer = user?.displayName ?? actor.displayName;
  }
  return {
    header: header && signer ? { ...header, signer } : header,
    record: record ? { ...record, printedOn: chineseDate(on) } : undefined,
  };
}

/**
 * Re-binds the figures of the previous version in edited text: a binding stays while the sentence
 * it stated is still in a paragraph of the same section (found again, wherever it moved).
 */
export function rebind(prev: Draft, sections: readonly SectionInput[]): Draft['sections'] {
  return sections.map((s) => {
    const old = prev.sections.find((p) => p.key === s.key);
    const stated: Array<{ b: Binding; text: string }> = [];
    for (const p of old?.paragraphs ?? [])
      for (const b of p.bindings) stated.push({ b, text: p.text.slice(b.start, b.end) });
    const used = new Set<Binding>();
    return {
      key: s.key,
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => {
        const bindings: Binding[] = [];
        for (const { b, text } of stated) {
          if (used.has(b) || !text) continue;
          const at = p.text.indexOf(text);
          if (at < 0) continue;
          used.add(b);
          bindings.push({ ...b, start: at, end: at + text.length });
        }
        bindings.sort((x, y) => x.start - y.start);
        return {
          kind: p.kind,
          text: p.text,
          bindings,
          ...(p.area ? { area: p.area as DraftParagraph['area'] } : {}),
        };
      }),
    };
  });
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
  const hash = await insertVersion(tx, actor, report.id, version, draft);
  await tx
    .updateTable('annualReport')
    .set({ currentVersion: version, approvedVersion: null, updatedAt: nowIso() })
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
  });
  return { version, refreshed };
}

/**
 * The checker on a version's text, with the ledger figures the version was saved with, so the
 * draft-only rules (number/ledger-mismatch) run.
 */
export function checkDraft(draft: Draft): CheckResult {
  return checkText(draftText(draft), { figures: draft.ledger ?? draft.figures, file: `${draft.title}.txt` });
}

export const errorsOf = (r: CheckResult): Finding[] => r.findings.filter((f) => f.severity === 'error');

/** Runs a transition; refusals are 409 WORKFLOW_REFUSED with the reason. */
export async function runReportTransition(
  tx: Tx,
  actor: Actor,
  org: RollupOrg,
  report: AnnualReportRow,
  id: TransitionId,
  opts: { on: string; today: string },
): Promise<AnnualReportRow> {
  const t = TRANSITIONS[id];
  requireRole(actor, org, t.roles, `“${t.label}”`);
  const from = report.state as ReportState;
  if (!t.from.includes(from)) {
    throw refused(`报告当前为“${STATE_LABELS[from]}”状态，不能“${t.label}”`, { state: from });
  }
  if (opts.on > opts.today) throw refused(`“${t.label}”的日期不能晚于今天`);
  if (opts.on < `${report.year}-01-01`) throw refused(`“${t.label}”的日期不能早于${report.year}年`);
  // A report on a whole year is written after it (the checker's structure/premature-date): its
  // 成文日期, submission and publication fall in the next year at the earliest.
  if (AFTER_YEAR_END.has(id) && opts.on < `${report.year + 1}-01-01`)
    throw refused(`${report.year}年度报告应在年度结束后“${t.label}”，日期最早为${report.year + 1}年1月1日`);
  const s = scheduleFor(org.code);
  const set: Partial<AnnualReportRow> = { state: t.to, updatedAt: nowIso() };
  const after: Record<string, unknown> = { state: t.to };
  if (id === 'approve') {
    set.approvedVersion = report.currentVersion;
    after.approvedVersion = report.currentVersion;
  }
  if (id === 'return') set.approvedVersion = null;
  if (id === 'sign') {
    if (report.approvedVersion !== report.currentVersion) throw refused('当前版本尚未审核通过，不能签发');
    const v = await loadVersion(tx, report.id, report.currentVersion);
    const errors = errorsOf(checkDraft(JSON.parse(v.contentJson) as Draft));
    if (s.blockSignOnErrors && errors.length > 0) {
      throw refused(`报告体检发现${errors.length}个错误级问题，修改后才能签发`, {
        findings: errors.map((f) => ({ rule: f.rule, message: f.message, line: f.line })),
      });
    }
    // 成文日期 is the day the leader signs (GB/T 9704-2012 7.3.5), and so are 签发人 and 印发日期
    // of the 版头 and 版记: written into the version as it is signed, the one change a version gets
    // after its last save.
    const draft = JSON.parse(v.contentJson) as Draft;
    const docInfo = await signedDocInfo(tx, actor, draft, opts.on);
    const contentJson = JSON.stringify({
      ...draft,
      signoff: { ...draft.signoff, date: chineseDate(opts.on) },
      ...docInfo,
    });
    const signedAt = nowIso();
    await tx
      .updateTable('annualReportVersion')
      .set({
        contentJson,
        signedBy: actor.system ? null : actor.userId,
        signedAt,
        sha256: sha256(contentJson),
      })
      .where('id', '=', v.id)
      .execute();
    after.version = v.version;
    after.sha256 = sha256(contentJson);
    after.date = opts.on;
    if (docInfo.header?.signer) after.signer = docInfo.header.signer;
  }
  if (id === 'submit') {
    set.submittedOn = report.submittedOn ?? opts.on;
    after.submittedOn = set.submittedOn;
    await stopClock(tx, report.id, 'submit', opts.on);
  }
  if (id === 'publish') {
    set.publishedOn = report.publishedOn ?? opts.on;
    after.publishedOn = set.publishedOn;
    await stopClock(tx, report.id, 'publish', opts.on);
  }
  if (id === 'archive') set.archivedOn = opts.on;
  if (id === 'correct') {
    const v = await loadVersion(tx, report.id, report.currentVersion);
    const version = report.currentVersion + 1;
    // the correction is unsigned: it keeps 发文字号 and 版记 but not the 签发人 and 印发日期
    const signed = JSON.parse(v.contentJson) as Draft;
    await insertVersion(tx, actor, report.id, version, { ...signed, ...draftDocInfo(signed) });
    set.currentVersion = version;
    set.approvedVersion = null;
    after.version = version;
  }
  await tx.updateTable('annualReport').set(set).where('id', '=', report.id).execute();
  await recordAudit(tx, actor, {
    action: `annual_report.${id}`,
    entityType: 'annual_report',
    entityId: report.id,
    orgId: org.id,
    before: { state: from, version: report.currentVersion },
    after,
  });
  return (await loadReport(tx, org.id, report.year)) as AnnualReportRow;
}

export type DateStatus = 'on_time' | 'late' | 'pending' | 'overdue';

export const DATE_STATUS_LABELS: Record<DateStatus, string> = {
  on_time: '按时',
  late: '逾期完成',
  pending: '未到期',
  overdue: '已逾期未完成',
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
