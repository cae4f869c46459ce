// The annual report's workflow: 起草 → 审核 → 签发 → 报送 → 公开 → 归档, declared in the terms of the
// workflow engine (core/workflow/): transitions with role checks, guards citing their article and
// effects, and two fixed-date clocks (报送, 公开) in the `deadline` table (ledger 'annual_report'),
// so they appear on the board. Each edit is a new version; a signed version is immutable (the
// database refuses to change it), and a correction after signing is a new draft version that goes
// through review and signing again.
import { createHash } from 'node:crypto';
import { type CheckResult, checkText, type Finding } from '../../checker/index.ts';
import type { Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import { recordAudit } from '../core/audit.ts';
import { chinaDate } from '../core/clock.ts';
import { rolesAt, scopePaths } from '../core/policy.ts';
import { openFixedDeadline } from '../core/workflow/deadlines.ts';
import { applyStep, type RefusalStyle } from '../core/workflow/engine.ts';
import type { FixedClockDef, Guard, Refusal, TransitionDef } from '../core/workflow/types.ts';
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
import { DEFAULT_SCHEDULE, dueDate, type ReportSchedule, scheduleFor } from './schedule.ts';
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

/** What a guard and an effect of the report's workflow see. */
export interface ReportStepContext {
  tx: Tx;
  actor: Actor;
  org: RollupOrg;
  report: AnnualReportRow;
  /** The day the step takes effect (报送, 公开, 成文日期), today by default. */
  on: string;
  today: string;
  schedule: ReportSchedule;
}

/** What a step writes besides its state: report columns, and what its audit event adds. */
export interface ReportEffect {
  set?: Partial<AnnualReportRow>;
  after?: Record<string, unknown>;
}

export type ReportTransition = TransitionDef<ReportStepContext, ReportEffect> & { id: TransitionId };

const refused = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('WORKFLOW_REFUSED', 409, message, extra);

/** The report's refusals keep their own form: the rule is the message; the audit event has the status. */
const REPORT_STYLE: RefusalStyle = {
  message: (r) => r.rule,
  body: (r) => ({ ...r.details }),
  audit: (_r, c, message, status) => ({ transition: c.transition, status, rule: message }),
};

const BASIS = {
  review: '《党政机关公文处理工作条例》第二十条（公文文稿签发前应当进行审核）',
  sign: '《党政机关公文处理工作条例》第二十一条（公文应当经本机关负责人审批签发）',
  archive: '《党政机关公文处理工作条例》第二十七条（需要归档的公文及有关材料应当及时整理归档）',
  year: '《法治政府建设与责任落实督察工作规定》第二十五条（年度报告报告上一年度法治政府建设情况）',
  date: '办理日期为实际办理之日，不能预填',
} as const;

// Guards shared by the steps that carry a date: never in the future, never before the report's year.
const dateGuards = (label: string, afterYearEnd = false): Guard<ReportStepContext>[] => [
  ({ on, today }) => (on > today ? { rule: `“${label}”的日期不能晚于今天`, basis: BASIS.date } : null),
  ({ on, report }) =>
    on < `${report.year}-01-01`
      ? { rule: `“${label}”的日期不能早于${report.year}年`, basis: BASIS.year }
      : null,
  // A report on a whole year is written after it (the checker's structure/premature-date): its
  // 成文日期, submission and publication fall in the next year at the earliest.
  ({ on, report }) =>
    afterYearEnd && on < `${report.year + 1}-01-01`
      ? {
          rule: `${report.year}年度报告应在年度结束后“${label}”，日期最早为${report.year + 1}年1月1日`,
          basis: BASIS.year,
        }
      : null,
];

/** 签发 signs the version the leader approved in review. */
const approvedGuard: Guard<ReportStepContext> = ({ report }) =>
  report.approvedVersion !== report.currentVersion
    ? { rule: '当前版本尚未审核通过，不能签发', basis: BASIS.review }
    : null;

/** 签发 is refused while the checker finds error-level problems (schedule.ts `blockSignOnErrors`). */
const findingsGuard: Guard<ReportStepContext> = async ({ tx, report, schedule }) => {
  if (!schedule.blockSignOnErrors) return null;
  const v = await loadVersion(tx, report.id, report.currentVersion);
  const errors = errorsOf(checkDraft(JSON.parse(v.contentJson) as Draft));
  if (errors.length === 0) return null;
  return {
    rule: `报告体检发现${errors.length}个错误级问题，修改后才能签发`,
    basis: BASIS.review,
    details: { findings: errors.map((f) => ({ rule: f.rule, message: f.message, line: f.line })) },
  };
};

/**
 * 签发: the approved version is frozen with its 成文日期 — the day the leader signs (GB/T 9704-2012
 * 7.3.5) — and, with a 发文字号 or a 版记, its 签发人 and 印发日期: the one change a version gets
 * after its last save; the database refuses any later one.
 */
async function signVersion({ tx, actor, report, on }: ReportStepContext): Promise<ReportEffect> {
  const v = await loadVersion(tx, report.id, report.currentVersion);
  const draft = JSON.parse(v.contentJson) as Draft;
  const docInfo = await signedDocInfo(tx, actor, draft, on);
  const contentJson = JSON.stringify({
    ...draft,
    signoff: { ...draft.signoff, date: chineseDate(on) },
    ...docInfo,
  });
  await tx
    .updateTable('annualReportVersion')
    .set({
      contentJson,
      signedBy: actor.system ? null : actor.userId,
      signedAt: nowIso(),
      sha256: sha256(contentJson),
    })
    .where('id', '=', v.id)
    .execute();
  return {
    after: {
      version: v.version,
      sha256: sha256(contentJson),
      date: on,
      ...(docInfo.header?.signer ? { signer: docInfo.header.signer } : {}),
    },
  };
}

/** 更正: the signed version is copied as a new, unsigned draft (发文字号 and 版记 kept, not 签发人 and 印发日期). */
async function correctVersion({ tx, actor, report }: ReportStepContext): Promise<ReportEffect> {
  const v = await loadVersion(tx, report.id, report.currentVersion);
  const version = report.currentVersion + 1;
  const signed = JSON.parse(v.contentJson) as Draft;
  await insertVersion(tx, actor, report.id, version, { ...signed, ...draftDocInfo(signed) });
  return { set: { currentVersion: version, approvedVersion: null }, after: { version } };
}

/**
 * 公开: the first publication's date, and the version the public sees from now on (the portal reads
 * it); a later publication of a corrected version is dated, for the portal's 更正日期.
 */
function publishVersion({ report, on }: ReportStepContext): ReportEffect {
  const publishedOn = report.publishedOn ?? on;
  const replaces = report.publishedVersion !== null && report.publishedVersion !== report.currentVersion;
  return {
    set: {
      publishedOn,
      publishedVersion: report.currentVersion,
      ...(replaces ? { republishedAt: nowIso() } : {}),
    },
    after: { publishedOn },
  };
}

export const TRANSITIONS: Record<TransitionId, ReportTransition> = {
  submit_review: {
    id: 'submit_review',
    label: '提交审核',
    from: ['drafting'],
    to: 'reviewing',
    roles: ['clerk'],
    basis: BASIS.review,
    guards: dateGuards('提交审核'),
  },
  approve: {
    id: 'approve',
    label: '审核通过',
    from: ['reviewing'],
    to: 'reviewing',
    roles: ['leader'],
    basis: BASIS.review,
    guards: dateGuards('审核通过'),
    effect: ({ report }) => ({
      set: { approvedVersion: report.currentVersion },
      after: { approvedVersion: report.currentVersion },
    }),
  },
  return: {
    id: 'return',
    label: '退回修改',
    from: ['reviewing'],
    to: 'drafting',
    roles: ['leader'],
    basis: BASIS.review,
    guards: dateGuards('退回修改'),
    effect: () => ({ set: { approvedVersion: null } }),
  },
  sign: {
    id: 'sign',
    label: '签发',
    from: ['reviewing'],
    to: 'signed',
    roles: ['leader'],
    basis: BASIS.sign,
    guards: [...dateGuards('签发', true), approvedGuard, findingsGuard],
    effect: signVersion,
  },
  submit: {
    id: 'submit',
    label: '报送',
    from: ['signed'],
    to: 'submitted',
    roles: ['leader'],
    basis: DEFAULT_SCHEDULE.submit.basis,
    guards: dateGuards('报送', true),
    effect: ({ report, on }) => {
      const submittedOn = report.submittedOn ?? on;
      return { set: { submittedOn }, after: { submittedOn } };
    },
  },
  publish: {
    id: 'publish',
    label: '公开',
    from: ['signed', 'submitted'],
    to: 'published',
    roles: ['leader', 'clerk'],
    basis: DEFAULT_SCHEDULE.publish.basis,
    guards: dateGuards('公开', true),
    effect: publishVersion,
  },
  archive: {
    id: 'archive',
    label: '归档',
    from: ['published'],
    to: 'archived',
    roles: ['leader', 'clerk'],
    basis: BASIS.archive,
    guards: dateGuards('归档'),
    effect: ({ on }) => ({ set: { archivedOn: on } }),
  },
  correct: {
    id: 'correct',
    label: '更正（新版本）',
    from: ['signed', 'submitted', 'published'],
    to: 'drafting',
    roles: ['leader', 'clerk'],
    basis: BASIS.sign,
    guards: dateGuards('更正（新版本）'),
    effect: correctVersion,
  },
};

/** The report's two clocks: dates the schedule fixes, stopped by 报送 and 公开. */
export function reportClocks(s: ReportSchedule): FixedClockDef<{ year: number }>[] {
  return (['submit', 'publish'] as const).map((id) => {
    const d = s[id];
    return {
      id,
      label: d.label,
      basis: d.basis,
      warnDays: 15,
      until: [id],
      fixed: ({ year }) => ({
        start: `${year}-12-31`,
        due: dueDate(year, d),
        explain: [`${d.label}：${year + 1}年${d.month}月${d.day}日前`],
      }),
    };
  });
}

export const WRITE_ROLES: readonly Role[] = ['clerk', 'leader'];

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const nowIso = () => new Date().toISOString();

/** The organisation of a report the actor may read: 403 without business scope, 404 outside it. */
export async function reportOrg(k: Kdb | Tx, actor: Actor, orgId: number): Promise<RollupOrg> {
  const paths = scopePaths(actor, 'business');
  if (paths.length === 0) throw forbidden();
  const org = await loadRollupOrg(k, orgId);
  if (!org || !pathInScope(org.path, paths) || !REPORT_ORG_KINDS.includes(org.kind))
    throw notFound('年度报告');
  return org;
}

/** The 403 refusal when the actor holds none of the roles over the organisation; null otherwise. */
export function roleRefusal(
  actor: Actor,
  org: RollupOrg,
  roles: readonly Role[],
  what: string,
  basis: string,
): Refusal | null {
  const held = rolesAt(actor, org.path);
  if (roles.some((r) => held.has(r))) return null;
  const names: Record<string, string> = { clerk: '法治办经办人', leader: '分管领导' };
  return {
    rule: `${what}需要本乡镇（街道）${roles.map((r) => names[r] ?? r).join('或')}的角色`,
    basis,
    status: 403,
  };
}

/** Throws 403 unless the actor holds one of the roles over the organisation. */
export function requireRole(actor: Actor, org: RollupOrg, roles: readonly Role[], what: string): void {
  const refusal = roleRefusal(actor, org, roles, what, '');
  if (refusal) throw forbidden(refusal.rule);
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

/**
 * Applies a transition through the workflow engine in the caller's transaction: the role (403), the
 * state, the guards (409 WORKFLOW_REFUSED with the reason), the effect, the new state, the clock the
 * step stops and the audit event `annual_report.<transition>`. `runStep` records a refusal.
 */
export async function runReportTransition(
  tx: Tx,
  actor: Actor,
  org: RollupOrg,
  report: AnnualReportRow,
  id: TransitionId,
  opts: { on: string; today: string },
): Promise<AnnualReportRow> {
  const t = TRANSITIONS[id];
  const from = report.state as ReportState;
  const schedule = scheduleFor(org.code);
  const ctx: ReportStepContext = { tx, actor, org, report, on: opts.on, today: opts.today, schedule };
  let effectAfter: Record<string, unknown> = {};
  return applyStep(tx, {
    actor,
    subject: {
      ledger: REPORT_LEDGER,
      recordType: 'report',
      recordId: report.id,
      orgId: org.id,
      entityType: 'annual_report',
    },
    state: from,
    transition: t,
    style: REPORT_STYLE,
    authorize: () => roleRefusal(actor, org, t.roles, `“${t.label}”`, t.basis ?? BASIS.review),
    wrongState: () => ({
      rule: `报告当前为“${STATE_LABELS[from]}”状态，不能“${t.label}”`,
      basis: t.basis ?? BASIS.review,
      details: { state: from },
    }),
    prepare: () => ctx,
    write: async (_ctx, to, effect) => {
      effectAfter = effect?.after ?? {};
      await tx
        .updateTable('annualReport')
        .set({ state: to, updatedAt: nowIso(), ...effect?.set })
        .where('id', '=', report.id)
        .execute();
      return (await loadReport(tx, org.id, report.year)) as AnnualReportRow;
    },
    clocks: { defs: reportClocks(schedule), on: opts.on },
    audit: () => ({
      before: { state: from, version: report.currentVersion },
      after: { state: t.to, ...effectAfter },
    }),
  });
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
