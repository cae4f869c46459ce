// Pages of the portal's sections (行政执法公示, 政府信息公开目录) and of the audit chain's newest
// checkpoint (审计链校验值). Each published record is a small definition list, which reads well on a
// phone and without JavaScript; a withdrawn publication says so.
import type { Checkpoint } from '../core/audit-checkpoints.ts';
import { chinaTime } from '../core/clock.ts';
import { type Html, html } from './html.ts';
import { itemPath } from './items.ts';
import type { PagedPart } from './lists.ts';
import { home, layout, link, type PageContext, paths } from './pages.ts';
import type { PortalOrg } from './reports.ts';
import type { PartRows, SectionDef } from './sections.ts';

export function sectionPage(
  ctx: PageContext,
  org: PortalOrg,
  parent: PortalOrg | null,
  section: SectionDef,
  parts: Array<PartRows & Partial<PagedPart>>,
  /** The filter form (lists.ts), when the section's records can be filtered. */
  filters: Html | '' = '',
): Html {
  const body = parts.map(
    (
      { part, rows, total, pagerHtml },
      i,
    ) => html`<section class="part" id="part-${part.type}" aria-labelledby="p-${i + 1}">
<h2 id="p-${i + 1}">${part.heading}<span class="count">（${total ?? rows.length}条）</span></h2>
<p class="note">${part.note}</p>
${
  rows.length
    ? html`<ol class="records">${rows.map(
        (r) => html`<li class="record${r.withdrawn ? ' withdrawn' : ''}">
${r.withdrawn ? html`<p class="withdrawn-note"><strong>已撤回</strong>：${r.withdrawn}</p>` : ''}
<dl>${r.cells.map((c) => html`<div><dt>${c.label}</dt><dd>${c.value || '—'}</dd></div>`)}</dl>
${r.withdrawn ? '' : html`<p class="more"><a href="${itemPath(org.code, section.slug, part.type, r.id)}">查看详情和内容校验值<span class="visually-hidden">：${r.cells.map((c) => c.value).find(Boolean) ?? ''}</span></a></p>`}
</li>`,
      )}</ol>
${pagerHtml ?? ''}`
    : html`<p class="empty">${part.empty}</p>`
}
</section>`,
  );
  return layout(
    ctx,
    `${org.name}${section.title}`,
    [
      home,
      ...(parent ? [{ label: parent.name }] : []),
      { label: org.name, path: paths.org(org.code) },
      { label: section.title },
    ],
    html`<h1>${org.name}${section.title}</h1>
<p class="lead">${section.lead}</p>
${filters}
${body}
<p><a href="${link(ctx, paths.org(org.code))}">返回${org.name}信息公开</a></p>`,
  );
}

export function checkpointPage(ctx: PageContext, c: Checkpoint | null): Html {
  const body = c
    ? html`<dl class="meta checkpoint">
<div><dt>事件序号</dt><dd>${c.seq}</dd></div>
<div><dt>链头校验值</dt><dd><code class="hash">${c.hash}</code></dd></div>
<div><dt>记录时间</dt><dd><time datetime="${c.at}">${chinaTime(c.at)}</time>（北京时间）</dd></div>
</dl>`
    : html`<p>目前还没有审计链校验值。</p>`;
  return layout(
    ctx,
    '审计链校验值',
    [home, { label: '审计链校验值' }],
    html`<h1>审计链校验值</h1>
<p class="lead">本系统对每一项操作记录审计日志，日志逐条以密码杂凑值链接。这里公开最新的链头校验值，任何人都可以保存一份，日后用于核对审计日志未被删改。</p>
${body}`,
  );
}
