// The workflows of the decision catalogue (决策事项目录: 经同级党委同意后向社会公布, 第三条第三款)
// and of a public comment on a decision (moderated by the clerk, answered with its 采纳情况, which is
// made public only with the decision: 第三十二条).
import type { GuardContext, Refusal, WorkflowDef } from '../contract.ts';
import {
  acceptCommentInput,
  approveCatalogueInput,
  publishCatalogueInput,
  publishReplyInput,
  rejectCommentInput,
  replyInput,
} from './inputs.ts';
import { CATALOGUE_STATES, COMMENT_STATES, DECISION_MESSAGES as M } from './labels.ts';
import { BASIS } from './rules.ts';

const STAFF = ['clerk', 'leader'] as const;
const refuse = (rule: string, basis: string): Refusal => ({ rule, basis });
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const given = (v: unknown): boolean => str(v).trim() !== '';

export const CATALOGUE_WORKFLOW: WorkflowDef = {
  initial: 'draft',
  states: CATALOGUE_STATES,
  transitions: [
    {
      id: 'approve_catalogue',
      label: '报经党委同意',
      from: ['draft'],
      to: 'approved',
      roles: STAFF,
      fields: ['approvedOn', 'approvalMeeting'],
      input: approveCatalogueInput,
      basis: BASIS.catalogue,
      guards: [
        (ctx) =>
          str(ctx.fields.approvedOn) < str(ctx.record.compiledOn)
            ? refuse(M.beforeCompiled, BASIS.catalogue)
            : null,
      ],
    },
    {
      id: 'publish_catalogue',
      label: '向社会公布',
      // Only once the party committee has agreed: a draft is refused by the guard, citing 第三条第三款.
      from: ['draft', 'approved'],
      to: 'published',
      roles: STAFF,
      fields: ['publishedOn', 'publishChannel'],
      input: publishCatalogueInput,
      basis: BASIS.catalogue,
      guards: [
        (ctx) => (ctx.record.state === 'approved' ? null : refuse(M.catalogueNotApproved, BASIS.catalogue)),
        (ctx) =>
          str(ctx.fields.publishedOn) < str(ctx.record.approvedOn)
            ? refuse(M.beforeApproval, BASIS.catalogue)
            : null,
      ],
    },
  ],
  deadlines: [],
};

/** The decision a comment is on: a decision of the same 决策机关 (the comment's organisation). */
function decisionOf(ctx: GuardContext) {
  return ctx.tx
    .selectFrom('decision')
    .select(['state', 'commentFrom', 'commentUntil'])
    .where('id', '=', Number(ctx.record.decisionId))
    .where('orgId', '=', ctx.record.orgId)
    .executeTakeFirst();
}

const DECIDED = ['decided', 'implementing', 'evaluated'];

export const COMMENT_WORKFLOW: WorkflowDef = {
  initial: 'received',
  states: COMMENT_STATES,
  transitions: [
    {
      id: 'accept_comment',
      label: '受理',
      from: ['received'],
      to: 'accepted',
      roles: STAFF,
      input: acceptCommentInput,
      basis: BASIS.commentPeriod,
      guards: [
        async (ctx) => {
          const d = await decisionOf(ctx);
          if (!d) return refuse(M.decisionUnknown, BASIS.commentPeriod);
          if (!d.commentFrom || !d.commentUntil) return refuse(M.noCommentPeriod, BASIS.commentPeriod);
          const on = str(ctx.record.receivedOn);
          return on < d.commentFrom || on > d.commentUntil
            ? refuse(M.outsidePeriod(d.commentFrom, d.commentUntil), BASIS.commentPeriod)
            : null;
        },
      ],
    },
    {
      id: 'reject_comment',
      label: '不予受理',
      from: ['received'],
      to: 'rejected',
      roles: STAFF,
      fields: ['rejectReason', 'moderationNote'],
      input: rejectCommentInput,
      basis: BASIS.commentPeriod,
      guards: [
        (ctx) =>
          given(ctx.fields.rejectReason) && given(ctx.fields.moderationNote)
            ? null
            : refuse(
                M.needRejectReason,
                ctx.fields.rejectReason === 'abusive' ? BASIS.abusive : BASIS.commentPeriod,
              ),
      ],
    },
    {
      id: 'reply_comment',
      label: '答复采纳情况',
      from: ['accepted'],
      to: 'replied',
      roles: STAFF,
      fields: ['adoption', 'replyText', 'repliedOn'],
      input: replyInput,
      basis: BASIS.publication,
      guards: [(ctx) => (given(ctx.fields.replyText) ? null : refuse(M.needReply, BASIS.publication))],
      effect: (ctx) => ({ repliedOn: str(ctx.fields.repliedOn) || ctx.on }),
    },
    {
      id: 'publish_reply',
      label: '公开采纳情况',
      from: ['replied'],
      to: 'published',
      roles: STAFF,
      fields: ['replyPublishedOn'],
      input: publishReplyInput,
      basis: BASIS.publication,
      guards: [
        async (ctx) => {
          const d = await decisionOf(ctx);
          if (!d) return refuse(M.decisionUnknown, BASIS.publication);
          return DECIDED.includes(d.state) ? null : refuse(M.replyBeforeDecision, BASIS.publication);
        },
      ],
      effect: (ctx) => ({ replyPublishedOn: str(ctx.fields.replyPublishedOn) || ctx.on }),
    },
  ],
  deadlines: [],
};
