// 重大行政决策 on the portal (《重大行政决策程序暂行条例》第十四条、第十五条、第三十二条): a township's
// decisions once their draft has been put out for comment (or the decision published), the public
// comment form while the comment period is open on the app's clock, the comments the clerk has
// accepted (moderated in the workbench through the comment's accept transition), and each
// comment's 采纳情况 once the decision is published and the answer made public. A comment is
// created through the decisions ledger's own create path, in its pending state (待审核).
import type { Calendar } from '../../shared/calendar/index.ts';
import { recordAudit } from '../core/audit.ts';
import { maskName, type Pii } from '../core/pii.ts';
import type { Kdb } from '../db/connect.ts';
import { ADOPTION, CATEGORIES } from '../ledgers/decisions/labels.ts';
import { findLedger, findRecordType } from '../ledgers/registry.ts';
import { createRecord } from '../ledgers/store.ts';
import type { FormErrors, FormValues } from './form-html.ts';
import { portalActor } from './requests.ts';
import '../ledgers/decisions/types.ts';

export interface PublicDecision {
  id: number;
  title: string;
  category: string;
  sponsor: string;
  summary: string | null;
  commentFrom: string | null;
  commentUntil: string | null;
  publishedOn: string | null;
  /** The public phase, in words. */
  phase: string;
  /** Comments may be sent today. */
  open: boolean;
}

type DecisionRow = {
  id: number;
  title: string;
  category: string;
  sponsor: string;
  summary: string | null;
  state: string;
  commentFrom: string | null;
  commentUntil: string | null;
  publishedOn: string | null;
};

export function commentOpen(
  d: Pick<DecisionRow, 'state' | 'commentFrom' | 'commentUntil'>,
  today: string,
): boolean {
  return (
    d.state === 'consulting' &&
    d.commentFrom !== null &&
    d.commentUntil !== null &&
    d.commentFrom <= today &&
    today <= d.commentUntil
  );
}

function phaseOf(d: DecisionRow, today: string): string {
  if (d.state === 'terminated') return '已终止';
  if (commentOpen(d, today)) return '正在公开征求意见';
  if (d.state === 'consulting' && d.commentFrom && today < d.commentFrom) return '即将公开征求意见';
  if (d.publishedOn) return '决定已公布';
  return '征求意见已结束，正在按程序办理';
}

const present = (d: DecisionRow, today: string): PublicDecision => ({
  id: d.id,
  title: d.title,
  category: CATEGORIES.find((c) => c.value === d.category)?.label ?? d.category,
  sponsor: d.sponsor,
  summary: d.summary,
  commentFrom: d.commentFrom,
  commentUntil: d.commentUntil,
  publishedOn: d.publishedOn,
  phase: phaseOf(d, today),
  open: commentOpen(d, today),
});

const COLUMNS = [
  'id',
  'title',
  'category',
  'sponsor',
  'summary',
  'state',
  'commentFrom',
  'commentUntil',
  'publishedOn',
] as const;

/** Public decisions of the organisation: put out for comment (from its first day) or published. */
export async function publicDecisions(k: Kdb, orgId: number, today: string): Promise<PublicDecision[]> {
  const rows = await k
    .selectFrom('decision')
    .select([...COLUMNS])
    .where('orgId', '=', orgId)
    .where((eb) =>
      eb.or([
        eb.and([eb('commentFrom', 'is not', null), eb('commentFrom', '<=', today)]),
        eb('publishedOn', 'is not', null),
      ]),
    )
    .orderBy('commentFrom', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => present(r as DecisionRow, today));
}

export async function publicDecision(
  k: Kdb,
  orgId: number,
  id: number,
  today: string,
): Promise<PublicDecision | undefined> {
  return (await publicDecisions(k, orgId, today)).find((d) => d.id === id);
}

export interface PublicComment {
  id: number;
  name: string;
  receivedOn: string;
  content: string;
  /** 采纳情况 and its explanation, once made public after the decision's publication. */
  adoption: string | null;
  reply: string | null;
}

/** Comments the clerk accepted (受理) on the decision; never a pending or rejected one. */
export async function publicComments(k: Kdb, orgId: number, d: PublicDecision): Promise<PublicComment[]> {
  const rows = await k
    .selectFrom('decisionComment')
    .select(['id', 'commenterName', 'receivedOn', 'content', 'state', 'adoption', 'replyText'])
    .where('orgId', '=', orgId)
    .where('decisionId', '=', d.id)
    .where('state', 'in', ['accepted', 'replied', 'published'])
    .orderBy('receivedOn')
    .orderBy('id')
    .execute();
  return rows.map((c) => {
    const shown = c.state === 'published' && d.publishedOn !== null;
    return {
      id: c.id,
      name: c.commenterName ? maskName(c.commenterName) : '匿名',
      receivedOn: c.receivedOn,
      content: c.content,
      adoption: shown ? (ADOPTION.find((a) => a.value === c.adoption)?.label ?? null) : null,
      reply: shown ? c.replyText : null,
    };
  });
}

export const COMMENT_LABELS: Record<string, string> = {
  commenterName: '姓名',
  commenterPhone: '联系电话',
  content: '意见内容',
};

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export function validateComment(raw: FormValues): { errors: FormErrors; values: FormValues } {
  const v: FormValues = {};
  for (const key of Object.keys(COMMENT_LABELS)) v[key] = (raw[key] ?? '').trim();
  const errors: FormErrors = {};
  if ([...v.commenterName].length > 50) errors.commenterName = '姓名不超过50字';
  if (v.commenterPhone && !PHONE.test(v.commenterPhone))
    errors.commenterPhone = '联系电话应为11位手机号码或带区号的固定电话';
  if (!v.content) errors.content = '请填写意见内容';
  else if ([...v.content].length < 5) errors.content = '意见内容至少5个字';
  else if ([...v.content].length > 4000) errors.content = '意见内容不超过4000字';
  return { errors, values: v };
}

export interface CommentContext {
  k: Kdb;
  pii: Pii;
  calendar: Calendar;
  today: string;
  at: string;
  ip: string | null;
}

/** Stores the comment as the ledger's comment record, pending moderation (待审核). */
export async function submitComment(
  c: CommentContext,
  orgId: number,
  d: PublicDecision,
  v: FormValues,
): Promise<number> {
  const ledger = findLedger('decisions');
  const rt = ledger && findRecordType(ledger, 'comment');
  if (!ledger || !rt) throw new Error('decisions ledger missing');
  const actor = portalActor(c.ip);
  const topic = `对“${d.title}”的意见`;
  return c.k.transaction().execute(async (tx) => {
    const row = await createRecord(
      tx,
      actor,
      ledger,
      rt,
      {
        topic: [...topic].length > 100 ? `${[...topic].slice(0, 99).join('')}…` : topic,
        orgId,
        decisionId: d.id,
        receivedOn: c.today,
        channel: 'portal',
        commenterName: v.commenterName || null,
        commenterPhone: v.commenterPhone || null,
        content: v.content,
      },
      { pii: c.pii, calendar: c.calendar, today: c.today, at: c.at },
    );
    await recordAudit(tx, actor, {
      action: 'portal.comment',
      orgId,
      entityType: 'decisions.comment',
      entityId: row.id,
      after: { decisionId: d.id, receivedOn: c.today },
      at: c.at,
    });
    return row.id;
  });
}
