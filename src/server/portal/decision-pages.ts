// Pages of 重大行政决策 on the portal: the township's list, a decision with its accepted comments
// (and their 采纳情况 once published), the comment form while the period is open, a polite closed
// notice otherwise, and the thank-you page after a comment is sent.
import { chineseDate } from '../annual-report/draft.ts';
import type { PublicComment, PublicDecision } from './decisions.ts';
import { COMMENT_LABELS } from './decisions.ts';
import {
  challengeBlock,
  errorSummary,
  type FormErrors,
  type FormValues,
  textArea,
  textField,
} from './form-html.ts';
import { type Html, html } from './html.ts';
import { home, layout, link, type PageContext, paths } from './pages.ts';
import { portalPaths } from './portal-paths.ts';
import type { PortalOrg } from './reports.ts';

const day = (d: string) => html`<time datetime="${d}">${chineseDate(d)}</time>`;

const crumbsOf = (
  org: PortalOrg,
  parent: PortalOrg | null,
  tail: Array<{ label: string; path?: string }>,
) => [
  home,
  ...(parent ? [{ label: parent.name }] : []),
  { label: org.name, path: paths.org(org.code) },
  ...tail,
];

const period = (d: PublicDecision) =>
  d.commentFrom && d.commentUntil ? html`${day(d.commentFrom)}至${day(d.commentUntil)}` : '—';

export function decisionsPage(
  ctx: PageContext,
  org: PortalOrg,
  parent: PortalOrg | null,
  list: PublicDecision[],
): Html {
  return layout(
    ctx,
    `${org.name}重大行政决策`,
    crumbsOf(org, parent, [{ label: '重大行政决策' }]),
    html`<h1>${org.name}重大行政决策</h1>
<p class="lead">依照《重大行政决策程序暂行条例》，重大行政决策草案向社会公开征求意见，期限一般不少于30日。征求意见期间，您可以在决策页面提出意见；意见经审核后在页面公开，决策公布后公开意见的采纳情况。</p>
${
  list.length
    ? html`<ol class="records">${list.map(
        (d) => html`<li class="record">
<h2 class="record-title"><a href="${link(ctx, portalPaths.decision(org.code, d.id))}">${d.title}</a></h2>
<dl>
<div><dt>状态</dt><dd>${d.open ? html`<strong class="open">${d.phase}</strong>` : d.phase}</dd></div>
<div><dt>事项类别</dt><dd>${d.category}</dd></div>
<div><dt>征求意见期间</dt><dd>${period(d)}</dd></div>
${d.publishedOn ? html`<div><dt>公布日期</dt><dd>${day(d.publishedOn)}</dd></div>` : ''}
</dl>
</li>`,
      )}</ol>`
    : html`<p class="empty">目前没有公开征求意见或者已公布的重大行政决策。</p>`
}
<p><a href="${link(ctx, paths.org(org.code))}">返回${org.name}信息公开</a></p>`,
  );
}

export interface CommentForm {
  values: FormValues;
  errors: FormErrors;
  question: string;
  token: string;
}

function commentList(comments: PublicComment[]): Html {
  if (!comments.length) return html`<p class="empty">目前没有公开的意见。</p>`;
  return html`<ol class="records comments">${comments.map(
    (c) => html`<li class="record">
<p class="comment-meta">${c.name} · ${day(c.receivedOn)}</p>
<p class="comment-text">${c.content}</p>
${
  c.adoption
    ? html`<p class="adoption"><strong>采纳情况：${c.adoption}</strong>${c.reply ? html`。${c.reply}` : ''}</p>`
    : ''
}
</li>`,
  )}</ol>`;
}

export function decisionPage(
  ctx: PageContext,
  org: PortalOrg,
  parent: PortalOrg | null,
  d: PublicDecision,
  comments: PublicComment[],
  form: CommentForm | null,
): Html {
  const action = portalPaths.decision(org.code, d.id);
  const formBlock =
    d.open && form
      ? html`<section aria-labelledby="comment-title" class="comment-form">
<h2 id="comment-title">提出意见</h2>
<p>征求意见截止日期为${d.commentUntil ? day(d.commentUntil) : ''}。姓名和联系电话可以不填；填写联系电话的，仅用于必要时与您联系，不会公开。意见经审核后公开，公开时姓名作部分隐藏处理。</p>
${errorSummary(form.errors, COMMENT_LABELS)}
<form class="portal-form" method="post" action="${link(ctx, action)}" novalidate>
${textField('姓名', 'commenterName', form.values, form.errors, { autocomplete: 'name', maxlength: 50 })}
${textField('联系电话', 'commenterPhone', form.values, form.errors, { type: 'tel', autocomplete: 'tel', maxlength: 20 })}
${textArea('意见内容', 'content', form.values, form.errors, { required: true, maxlength: 4000, rows: 8 })}
${challengeBlock(form.question, form.token, form.errors)}
<p><button type="submit" class="primary">提交意见</button></p>
</form>
</section>`
      : html`<section aria-labelledby="comment-title" class="comment-closed">
<h2 id="comment-title">提出意见</h2>
<p>${
          d.phase === '即将公开征求意见'
            ? '本决策草案的征求意见期间尚未开始，届时欢迎您提出意见。'
            : '本决策草案的公开征求意见期间已经结束，暂不接收新的意见。感谢您的关注。'
        }</p>
</section>`;
  return layout(
    ctx,
    d.title,
    crumbsOf(org, parent, [
      { label: '重大行政决策', path: portalPaths.decisions(org.code) },
      { label: d.title },
    ]),
    html`<article aria-labelledby="decision-title">
<h1 id="decision-title">${d.title}</h1>
<section class="meta" aria-label="决策信息">
<dl>
<div><dt>决策机关</dt><dd>${org.name}</dd></div>
<div><dt>承办单位</dt><dd>${d.sponsor}</dd></div>
<div><dt>事项类别</dt><dd>${d.category}</dd></div>
<div><dt>状态</dt><dd>${d.phase}</dd></div>
<div><dt>征求意见期间</dt><dd>${period(d)}</dd></div>
${d.publishedOn ? html`<div><dt>公布日期</dt><dd>${day(d.publishedOn)}</dd></div>` : ''}
</dl>
</section>
${d.summary ? html`<section aria-labelledby="draft-title"><h2 id="draft-title">决策草案及说明</h2><p class="prewrap">${d.summary}</p></section>` : ''}
${formBlock}
<section aria-labelledby="comments-title">
<h2 id="comments-title">公众意见<span class="count">（${comments.length}条）</span></h2>
${comments.length && !d.publishedOn ? html`<p class="note">决策公布后，公开各条意见的采纳情况。</p>` : ''}
${commentList(comments)}
</section>
</article>`,
  );
}

export function commentThanksPage(
  ctx: PageContext,
  org: PortalOrg,
  parent: PortalOrg | null,
  d: PublicDecision,
): Html {
  return layout(
    ctx,
    '意见已提交',
    crumbsOf(org, parent, [
      { label: '重大行政决策', path: portalPaths.decisions(org.code) },
      { label: '意见已提交' },
    ]),
    html`<h1>意见已提交</h1>
<p role="status">感谢您对“${d.title}”提出意见。意见经工作人员审核后在决策页面公开；决策公布后，公开意见的采纳情况。</p>
<p><a href="${link(ctx, portalPaths.decision(org.code, d.id))}">返回决策页面</a></p>`,
  );
}
