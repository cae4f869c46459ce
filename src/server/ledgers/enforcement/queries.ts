// Read-only views of the enforcement ledger beyond the generic list: the disclosure queue
// (decisions awaiting publication with their due dates), each enterprise's inspections in a year
// against the configurable cap, and the board's alert cards (certificates, repeated inspections).
import { addDays } from '../../../shared/calendar/dates.ts';
import type { Calendar } from '../../../shared/calendar/index.ts';
import { chinaDate } from '../../core/clock.ts';
import { maskName } from '../../core/pii.ts';
import { type DeadlineView, presentDeadline } from '../../core/workflow/deadlines.ts';
import type { Kdb, Tx } from '../../db/connect.ts';
import { inOrgSubtree } from '../../db/scope.ts';
import type { AlertCard, LedgerRow, PortalRow } from '../contract.ts';
import { ENFORCEMENT_MESSAGES as M, OUTCOMES, PENALTY_OUTCOMES } from './labels.ts';
import { CERTIFICATE_WARN_DAYS, INSPECTION_CAP } from './rules.ts';

export interface DisclosureQueueItem {
  caseId: number;
  orgId: number;
  caseNo: string;
  title: string;
  decisionNo: string | null;
  decidedOn: string;
  outcome: string;
  outcomeLabel: string;
  deadline: DeadlineView;
}

/** Decided cases whose publication is pending, earliest due first. */
export async function disclosureQueue(
  k: Kdb | Tx,
  calendar: Calendar,
  today: string,
  paths: readonly string[],
): Promise<DisclosureQueueItem[]> {
  const rows = await k
    .selectFrom('deadline as d')
    .innerJoin('enforcementCase as c', 'c.id', 'd.recordId')
    .selectAll('d')
    .select(['c.caseNo', 'c.title as caseTitle', 'c.decisionNo', 'c.decidedOn', 'c.outcome'])
    .where('d.ledger', '=', 'enforcement')
    .where('d.recordType', '=', 'case')
    .where('d.deadlineId', 'in', ['disclosure_penalty', 'disclosure_other'])
    .where('d.state', '=', 'open')
    .where((eb) => inOrgSubtree(eb, 'c.orgId', paths))
    .orderBy('d.due')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => {
    const { caseNo, caseTitle, decisionNo, decidedOn, outcome, ...d } = r;
    return {
      caseId: r.recordId,
      orgId: r.orgId,
      caseNo,
      title: caseTitle,
      decisionNo,
      decidedOn: decidedOn ?? d.start,
      outcome: outcome ?? '',
      outcomeLabel: OUTCOMES.find((o) => o.value === outcome)?.label ?? '',
      deadline: presentDeadline(d, calendar, today),
    };
  });
}

export interface EnterpriseCount {
  /** 统一社会信用代码, or the name when the code was not recorded. */
  key: string;
  creditCode: string | null;
  enterpriseName: string;
  count: number;
  cap: number;
  overCap: boolean;
  lastInspectedOn: string;
  lastId: number;
  orgId: number;
}

/** Each inspected enterprise's inspections in the year, most inspected first. */
export async function enterpriseCounts(
  k: Kdb | Tx,
  paths: readonly string[],
  year: number,
  cap = INSPECTION_CAP.perYear,
): Promise<EnterpriseCount[]> {
  const rows = await k
    .selectFrom('enforcementInspection as i')
    .select(['i.id', 'i.orgId', 'i.enterpriseName', 'i.creditCode', 'i.inspectedOn'])
    .where((eb) => inOrgSubtree(eb, 'i.orgId', paths))
    .where('i.inspectedOn', '>=', `${year}-01-01`)
    .where('i.inspectedOn', '<=', `${year}-12-31`)
    .orderBy('i.inspectedOn')
    .orderBy('i.id')
    .execute();
  const byKey = new Map<string, EnterpriseCount>();
  for (const r of rows) {
    const key = r.creditCode || `name:${r.enterpriseName}`;
    const e = byKey.get(key);
    if (e) {
      e.count++;
      e.lastInspectedOn = r.inspectedOn;
      e.lastId = r.id;
      e.orgId = r.orgId;
    } else {
      byKey.set(key, {
        key,
        creditCode: r.creditCode,
        enterpriseName: r.enterpriseName,
        count: 1,
        cap,
        overCap: false,
        lastInspectedOn: r.inspectedOn,
        lastId: r.id,
        orgId: r.orgId,
      });
    }
  }
  const out = [...byKey.values()];
  for (const e of out) e.overCap = e.count > cap;
  return out.sort((a, b) => b.count - a.count || a.enterpriseName.localeCompare(b.enterpriseName, 'zh-CN'));
}

/** Red cards: certificates expired or about to expire (still active), enterprises over the cap. */
export async function enforcementAlerts(
  k: Kdb | Tx,
  paths: readonly string[],
  today = chinaDate(),
): Promise<AlertCard[]> {
  const horizon = addDays(today, CERTIFICATE_WARN_DAYS);
  const officers = await k
    .selectFrom('enforcementOfficer as o')
    .select(['o.id', 'o.orgId', 'o.name', 'o.certNo', 'o.validUntil'])
    .where('o.state', '=', 'active')
    .where('o.validUntil', '<=', horizon)
    .where((eb) => inOrgSubtree(eb, 'o.orgId', paths))
    .orderBy('o.validUntil')
    .limit(200)
    .execute();
  const cards: AlertCard[] = officers.map((o) => {
    const expired = o.validUntil < today;
    return {
      type: 'officer',
      recordId: o.id,
      orgId: o.orgId,
      title: `${o.name}（${o.certNo}）`,
      label: expired ? M.certificateExpired(o.validUntil) : M.certificateExpiring(o.validUntil),
      // An expired certificate has been a problem since it expired; one expiring, since today.
      since: expired ? o.validUntil : today,
    };
  });
  const year = Number(today.slice(0, 4));
  for (const e of await enterpriseCounts(k, paths, year)) {
    if (!e.overCap) continue;
    cards.push({
      type: 'inspection',
      recordId: e.lastId,
      orgId: e.orgId,
      title: e.enterpriseName,
      label: M.inspectionOverCap(e.enterpriseName, year, e.count, e.cap),
      since: e.lastInspectedOn,
    });
  }
  return cards;
}

/** Users holding a certificate valid on `on` (issued, not expired, not revoked), with its number. */
export async function certifiedOfficers(k: Kdb | Tx, on: string): Promise<Map<number, string>> {
  const rows = await k
    .selectFrom('enforcementOfficer')
    .select(['userId', 'certNo', 'validUntil'])
    .where('userId', 'is not', null)
    .where('issuedOn', '<=', on)
    .where('validUntil', '>=', on)
    .where((eb) => eb.or([eb('revokedOn', 'is', null), eb('revokedOn', '>', on)]))
    .orderBy('validUntil', 'desc')
    .execute();
  const out = new Map<number, string>();
  for (const r of rows) {
    if (r.userId !== null && !out.has(r.userId)) out.set(r.userId, M.certificateHint(r.certNo, r.validUntil));
  }
  return out;
}

/** The authority's name as decisions bear it: 某镇人民政府, 某街道办事处. */
const authorityName = (name: string, kind: string) =>
  kind === 'street' ? `${name}办事处` : kind === 'township' ? `${name}人民政府` : name;

/** Whether an officer's certificate is valid on `on`: issued, not expired, not revoked. */
export function holdsValidCertificate(r: LedgerRow, on: string): boolean {
  const issued = String(r.issuedOn ?? '');
  const until = String(r.validUntil ?? '');
  const revoked = r.revokedOn ? String(r.revokedOn) : null;
  return r.state === 'active' && issued <= on && until >= on && (revoked === null || revoked > on);
}

/**
 * 行政执法公示 (事后公开) of an organisation: its published decisions, newest first, with the
 * published fields only (执法机关, 对象, 类别, 结论, 文号, dates). A natural person's name is masked.
 */
export async function publishedDecisions(k: Kdb | Tx, orgId: number): Promise<PortalRow[]> {
  const rows = await k
    .selectFrom('enforcementCase as c')
    .innerJoin('org as o', 'o.id', 'c.orgId')
    .select([
      'c.id',
      'o.name as orgName',
      'o.kind as orgKind',
      'c.partyType',
      'c.partyName',
      'c.outcome',
      'c.decisionNo',
    ])
    .select(['c.decidedOn', 'c.publishedOn', 'c.disclosureWithdrawnOn', 'c.disclosureWithdrawReason'])
    .where('c.orgId', '=', orgId)
    .where('c.publishedOn', 'is not', null)
    .orderBy('c.decidedOn', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    cells: [
      { label: '执法机关', value: authorityName(r.orgName, r.orgKind) },
      { label: '行政相对人', value: r.partyType === 'person' ? maskName(r.partyName) : r.partyName },
      {
        label: '决定类别',
        value: PENALTY_OUTCOMES.includes(r.outcome ?? '') ? '行政处罚决定' : '其他行政执法决定',
      },
      { label: '处理结果', value: OUTCOMES.find((o) => o.value === r.outcome)?.label ?? '' },
      { label: '决定书文号', value: r.decisionNo ?? '' },
      { label: '决定日期', value: r.decidedOn ?? '' },
      { label: '公开日期', value: r.publishedOn ?? '' },
    ],
    withdrawn: r.disclosureWithdrawnOn
      ? `${r.disclosureWithdrawnOn}撤回公开。${r.disclosureWithdrawReason ?? ''}`
      : null,
  }));
}
