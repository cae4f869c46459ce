// The annual report's workflow declared for the workflow engine (core/workflow/): states,
// transitions with their roles, guards citing their article and effects (签发 freezes the version
// and stamps 成文日期, 签发人 and 印发日期; 公开 records the version the public sees), the two
// fixed-date clocks (报送, 公开), and the runner that applies a step through the engine.
import type { Role } from '../../shared/roles.ts';
import type { Actor } from '../core/actor.ts';
import { rolesAt } from '../core/policy.ts';
import { applyStep, type RefusalStyle } from '../core/workflow/engine.ts';
import type { FixedClockDef, Guard, Refusal, TransitionDef } from '../core/workflow/types.ts';
import type { Tx } from '../db/connect.ts';
import { chineseDate, type Draft } from './draft.ts';
import type { RollupOrg } from './rollup.ts';
import { DEFAULT_SCHEDULE, dueDate, type ReportSchedule, scheduleFor } from './schedule.ts';
import type { AnnualReportRow } from './types.ts';
import {
  checkDraft,
  draftDocInfo,
  errorsOf,
  insertVersion,
  loadReport,
  loadVersion,
  nowIso,
  sha256,
  signedDocInfo,
} from './versions.ts';

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
  | 'withdraw'
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
  /** The instant of the step: its audit event, the signature, the re-publication. */
  at: string;
  schedule: ReportSchedule;
  /** Why the leader returns the report (退回修改 requires it). */
  reason: string | null;
}

/** What a step writes besides its state: report columns, and what its audit event adds. */
export interface ReportEffect {
  set?: Partial<AnnualReportRow>;
  after?: Record<string, unknown>;
}

export type ReportTransition = TransitionDef<ReportStepContext, ReportEffect> & { id: TransitionId };

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
  // A report drafted here is built from the whole year's records, so its 成文日期, submission and
  // publication fall in the next year at the earliest. (The checker's structure/premature-date,
  // reading reports written elsewhere, accepts December: many counties collect them then.)
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

/** 审核通过 once per version: the approved version waits for 签发 or 退回修改. */
const notApprovedGuard =
  (rule: string): Guard<ReportStepContext> =>
  ({ report }) =>
    report.approvedVersion !== null && report.approvedVersion === report.currentVersion
      ? { rule, basis: BASIS.review }
      : null;

/** 退回修改 says why, so the clerk knows what to change. */
const reasonGuard: Guard<ReportStepContext> = ({ reason }) =>
  reason?.trim() ? null : { rule: '退回修改须写明退回理由', basis: BASIS.review };

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
async function signVersion({ tx, actor, report, on, at }: ReportStepContext): Promise<ReportEffect> {
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
      signedAt: at,
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
async function correctVersion({ tx, actor, report, at }: ReportStepContext): Promise<ReportEffect> {
  const v = await loadVersion(tx, report.id, report.currentVersion);
  const version = report.currentVersion + 1;
  const signed = JSON.parse(v.contentJson) as Draft;
  await insertVersion(tx, actor, report.id, version, { ...signed, ...draftDocInfo(signed) }, at);
  return { set: { currentVersion: version, approvedVersion: null }, after: { version } };
}

/**
 * 公开: the first publication's date, and the version the public sees from now on (the portal reads
 * it); a later publication of a corrected version is dated, for the portal's 更正日期.
 */
function publishVersion({ report, on, at }: ReportStepContext): ReportEffect {
  const publishedOn = report.publishedOn ?? on;
  const replaces = report.publishedVersion !== null && report.publishedVersion !== report.currentVersion;
  return {
    set: {
      publishedOn,
      publishedVersion: report.currentVersion,
      ...(replaces ? { republishedAt: at } : {}),
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
  withdraw: {
    id: 'withdraw',
    label: '撤回修改',
    from: ['reviewing'],
    to: 'drafting',
    roles: ['clerk'],
    basis: BASIS.review,
    guards: [
      ...dateGuards('撤回修改'),
      notApprovedGuard('分管领导已审核通过当前版本，不能撤回；需要修改的，请分管领导退回修改'),
    ],
  },
  approve: {
    id: 'approve',
    label: '审核通过',
    from: ['reviewing'],
    to: 'reviewing',
    roles: ['leader'],
    basis: BASIS.review,
    guards: [...dateGuards('审核通过'), notApprovedGuard('当前版本已审核通过，可以签发或退回修改')],
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
    guards: [...dateGuards('退回修改'), reasonGuard],
    effect: ({ reason }) => ({ set: { approvedVersion: null }, after: { reason: reason?.trim() } }),
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

/**
 * The steps the holder of `held` roles can take on the report now: the state and the roles allow
 * them, and what the record alone decides does not refuse them (审核通过 once per version, 签发 only
 * after it, 撤回 only before it). Date and findings guards are checked when the step is taken.
 */
export function availableTransitions(report: AnnualReportRow, held: ReadonlySet<string>): ReportTransition[] {
  const approved = report.approvedVersion !== null && report.approvedVersion === report.currentVersion;
  return Object.values(TRANSITIONS).filter((t) => {
    if (!t.from.includes(report.state as ReportState) || !t.roles.some((r) => held.has(r))) return false;
    if (t.id === 'approve' || t.id === 'withdraw') return !approved;
    if (t.id === 'sign') return approved;
    return true;
  });
}

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
  opts: { on: string; today: string; reason?: string | null; at?: string },
): Promise<AnnualReportRow> {
  const t = TRANSITIONS[id];
  const from = report.state as ReportState;
  const schedule = scheduleFor(org.code);
  const at = opts.at ?? nowIso();
  const reason = opts.reason?.trim() || null;
  const ctx: ReportStepContext = {
    tx,
    actor,
    org,
    report,
    on: opts.on,
    today: opts.today,
    at,
    schedule,
    reason,
  };
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
        .set({ state: to, updatedAt: at, ...effect?.set })
        .where('id', '=', report.id)
        .execute();
      // The step, with the leader's reason for a return, for the report page (the audit log is a log).
      await tx
        .insertInto('workflowStep')
        .values({
          ledger: REPORT_LEDGER,
          recordType: 'report',
          recordId: report.id,
          orgId: org.id,
          action: id,
          fromState: from,
          toState: to,
          actorId: actor.system ? null : actor.userId,
          actorName: actor.displayName,
          at,
          onDate: opts.on,
          note: reason,
          attachmentIds: '[]',
          fieldsJson: null,
        })
        .execute();
      return (await loadReport(tx, org.id, report.year)) as AnnualReportRow;
    },
    clocks: { defs: reportClocks(schedule), on: opts.on },
    audit: () => ({
      before: { state: from, version: report.currentVersion },
      after: { state: t.to, ...effectAfter },
    }),
    at,
  });
}
