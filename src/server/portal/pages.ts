// The portal's pages as server-rendered HTML: semantic, readable without JavaScript, one stylesheet
// and one small script (large text, read-aloud) served by the portal itself. Every word is Chinese.
import { formatChineseNumeral } from '../../shared/numerals.ts';
import { chineseDate } from '../annual-report/draft.ts';
import { escapeHtml, type Html, html, raw } from './html.ts';
import { indexNumber, type PortalIndexGroup, type PortalOrg, type PublicReport } from './reports.ts';

export const PORTAL_PREFIX = '/gk';
export const SITE_NAME = '法治政府建设信息公开';
/** 主题分类 of the annual reports in the catalogue. */
export const SUBJECT = '政府工作/法治政府建设';

export const paths = {
  index: () => `${PORTAL_PREFIX}/`,
  org: (code: string) => `${PORTAL_PREFIX}/${encodeURIComponent(code)}/`,
  report: (code: string, year: number) =>
    `${PORTAL_PREFIX}/${encodeURIComponent(code)}/annual-reports/${year}`,
  docx: (code: string, year: number) => `${paths.report(code, year)}.docx`,
  pdf: (code: string, year: number) => `${paths.report(code, year)}.pdf`,
  section: (code: string, slug: string) => `${PORTAL_PREFIX}/${encodeURIComponent(code)}/${slug}`,
  checkpoint: () => `${PORTAL_PREFIX}/audit-checkpoint`,
};

export interface PageContext {
  /** Large-text mode asked for in the address (?size=large), the no-JavaScript fallback. */
  large: boolean;
  /** The path of the page itself, without its query. */
  path: string;
  /** Stylesheet and script addresses (with their content version). */
  assets: { css: string; js: string };
  /** The organisation's Atom feed, linked from its pages (feeds.ts). */
  feed?: string;
  /** 网站标识码 and ICP备案号 for the footer, when configured. */
  site?: { siteCode?: string; icp?: string };
  /** The search box of the header, with the current query (search.ts). */
  searchBox?: Html;
}

/** A link inside the portal that keeps the large-text mode of a reader without JavaScript. */
export const link = (ctx: PageContext, path: string) => (ctx.large ? `${path}?size=large` : path);

export interface Crumb {
  label: string;
  path?: string;
}

export function layout(
  ctx: PageContext,
  title: string,
  crumbs: Crumb[],
  main: Html,
  canonical?: string,
): Html {
  // each state says what the control does (the script's button does the same, portal.js); the
  // script shows 朗读本页 / 停止朗读 where the browser can speak (a report page has its own controls)
  const sizeLink = ctx.large
    ? html`<a id="size-link" href="${ctx.path}?size=normal">恢复标准字号</a>`
    : html`<a id="size-link" href="${ctx.path}?size=large">放大字号</a>`;
  return html`<!doctype html>
<html lang="zh-CN"${ctx.large ? raw(' class="large"') : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - ${SITE_NAME}</title>
<link rel="icon" href="data:,">
${canonical ? html`<link rel="canonical" href="${canonical}">` : ''}
${ctx.feed ? html`<link rel="alternate" type="application/atom+xml" title="最新公开信息（Atom）" href="${ctx.feed}">` : ''}
<link rel="stylesheet" href="${ctx.assets.css}">
<script src="${ctx.assets.js}"></script>
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site">
<div class="wrap site-bar">
<a class="brand" href="${link(ctx, paths.index())}">${SITE_NAME}</a>
${ctx.searchBox ?? ''}
<div class="site-tools">${sizeLink}<button type="button" id="size-toggle" hidden>放大字号</button><button type="button" id="speech-toggle" hidden>朗读本页</button><span id="speech-live" class="visually-hidden" aria-live="polite" aria-atomic="true"></span></div>
</div>
</header>
<nav class="crumbs wrap" aria-label="当前位置">
<ol>${crumbs.map((c, i) =>
    i === crumbs.length - 1
      ? html`<li><span aria-current="page">${c.label}</span></li>`
      : c.path
        ? html`<li><a href="${link(ctx, c.path)}">${c.label}</a></li>`
        : html`<li><span>${c.label}</span></li>`,
  )}</ol>
</nav>
<main id="main" class="wrap" tabindex="-1">
${main}
</main>
<footer class="site-footer">
<div class="wrap">
<p>本栏目公开各乡镇人民政府、街道办事处的法治政府建设年度报告、行政执法公示和政府信息公开目录。年度报告按照《法治政府建设与责任落实督察工作规定》第二十四条于每年4月1日之前向社会公开。</p>
<p><a href="${link(ctx, paths.checkpoint())}">审计链校验值</a>${ctx.feed ? html` · <a href="${ctx.feed}">订阅本单位最新公开信息（Atom）</a>` : ''} · <a href="/sitemap.xml">网站地图</a></p>
${
  ctx.site?.siteCode || ctx.site?.icp
    ? html`<p class="site-ids">${ctx.site.siteCode ? html`<span>网站标识码：${ctx.site.siteCode}</span>` : ''}${
        ctx.site.icp
          ? html`<span><a href="https://beian.miit.gov.cn/" rel="noopener">${ctx.site.icp}</a></span>`
          : ''
      }</p>`
    : ''
}
</div>
</footer>
</body>
</html>
`;
}

export const home: Crumb = { label: '首页', path: paths.index() };

export function indexPage(ctx: PageContext, groups: PortalIndexGroup[]): Html {
  const anyReport = groups.some((g) => g.orgs.some((o) => o.years.length > 0));
  const body = groups.length
    ? groups.map(
        (g) => html`<section class="group" aria-labelledby="g-${g.parent?.id ?? 0}">
<h2 id="g-${g.parent?.id ?? 0}">${g.parent?.name ?? '其他'}</h2>
<ul class="org-list">${g.orgs.map(
          ({ org, years }) => html`<li>
<a class="org-name" href="${link(ctx, paths.org(org.code))}">${org.name}</a>
<span class="years">${
            years.length
              ? years.map(
                  (y) =>
                    html`<a href="${link(ctx, paths.report(org.code, y))}" aria-label="${org.name}${y}年度报告">${y}年度报告</a>`,
                )
              : html`<span class="muted">尚未公开年度报告</span>`
          }</span>
</li>`,
        )}</ul>
</section>`,
      )
    : '';
  return layout(
    ctx,
    '乡镇（街道）信息公开',
    [{ label: '首页' }],
    html`<h1>${SITE_NAME}</h1>
<p class="lead">选择乡镇人民政府、街道办事处，查看其行政执法公示、政府信息公开目录和法治政府建设年度报告。</p>
${anyReport ? '' : html`<p>目前还没有公开的法治政府建设年度报告。</p>`}
${body}`,
  );
}

/** The sections every township page links to (slug and title; see sections.ts). */
export interface SectionLink {
  slug: string;
  title: string;
}

export function orgPage(
  ctx: PageContext,
  org: PortalOrg,
  parent: PortalOrg | null,
  reports: PublicReport[],
  sections: readonly SectionLink[],
  disclosure: ReadonlyArray<{
    year: number;
    title: string;
    publishedOn: string;
    href: string;
    docx: string;
  }> = [],
): Html {
  const list = reports.length
    ? html`<ul class="report-list">${reports.map(
        (r) => html`<li>
<a href="${link(ctx, paths.report(org.code, r.report.year))}">${r.draft.title}</a>
<span class="report-date">${r.report.year}年度 · 发布日期 <time datetime="${r.publishedOn}">${chineseDate(r.publishedOn)}</time></span>
</li>`,
      )}</ul>`
    : html`<p>尚未公开法治政府建设年度报告。</p>`;
  return layout(
    ctx,
    `${org.name}信息公开`,
    [home, ...(parent ? [{ label: parent.name }] : []), { label: org.name }],
    html`<h1>${org.name}信息公开</h1>
<nav aria-labelledby="sections-title">
<h2 id="sections-title">公开栏目</h2>
<ul class="section-list">${sections.map((s) => html`<li><a href="${link(ctx, paths.section(org.code, s.slug))}">${s.title}</a></li>`)}</ul>
</nav>
<section aria-labelledby="reports-title">
<h2 id="reports-title">法治政府建设年度报告</h2>
${list}
</section>
<section aria-labelledby="disclosure-reports-title">
<h2 id="disclosure-reports-title">政府信息公开工作年度报告</h2>
${
  disclosure.length
    ? html`<ul class="report-list">${disclosure.map(
        (d) => html`<li>
<a href="${link(ctx, d.href)}">${org.name}${d.title}</a>
<span class="report-date">${d.year}年度 · 发布日期 <time datetime="${d.publishedOn}">${chineseDate(d.publishedOn)}</time> · <a href="${d.docx}" download aria-label="下载 DOCX：${d.year}年政府信息公开工作年度报告">下载 DOCX</a></span>
</li>`,
      )}</ul>`
    : html`<p>尚未公开政府信息公开工作年度报告。</p>`
}
</section>`,
  );
}

export interface ReportPageOptions {
  /** The page's absolute address (for the QR code and the canonical link), when known. */
  url: string | null;
  /** The QR code of `url` as inline SVG. */
  qrSvg: string | null;
  /** Whether a PDF can be produced on this server (LibreOffice installed). */
  pdf: boolean;
  /** 内容校验值: the SM3 hash taken when the report was published (integrity.ts). */
  sm3?: string | null;
}

export function reportPage(ctx: PageContext, r: PublicReport, opts: ReportPageOptions): Html {
  const { org, draft, report, version } = r;
  const meta: Array<[string, Html | string]> = [
    ['索引号', indexNumber(org.code, r.publishedOn, report.id)],
    ['主题分类', SUBJECT],
    ['发布机构', draft.issuer],
    ['成文日期', draft.signoff.date],
    ...(draft.header?.number ? ([['文号', draft.header.number]] as Array<[string, string]>) : []),
    ['发布日期', html`<time datetime="${r.publishedOn}">${chineseDate(r.publishedOn)}</time>`],
    ...(r.updatedOn
      ? ([['更正日期', html`<time datetime="${r.updatedOn}">${chineseDate(r.updatedOn)}</time>`]] as Array<
          [string, Html]
        >)
      : []),
    ['有效性', '有效'],
    ['公开方式', '主动公开'],
    ['版本', `第${version.version}版（已签发）`],
  ];
  const qr =
    opts.qrSvg && opts.url
      ? html`<figure class="qr">
${raw(opts.qrSvg)}
<figcaption>手机扫码阅读本页</figcaption>
</figure>`
      : '';
  const pdf = opts.pdf
    ? html`<li><a href="${paths.pdf(org.code, report.year)}" download>下载 PDF 文件</a></li>`
    : html`<li class="unavailable">PDF 文件暂不提供（服务器未安装转换组件），请下载 Word 文档</li>`;

  const text = html`<div class="doc" id="report-text">
${draft.recipient ? html`<p class="recipient">${draft.recipient}</p>` : ''}
<p>${draft.opening}</p>
${draft.sections.map(
  (s, i) => html`<section aria-labelledby="s-${i + 1}">
<h2 id="s-${i + 1}">${formatChineseNumeral(i + 1)}、${s.heading}</h2>
${s.paragraphs.map((p) => (p.kind === 'heading2' || p.kind === 'heading1' ? html`<h3>${p.text}</h3>` : html`<p>${p.text}</p>`))}
</section>`,
)}
<p class="signoff">${draft.signoff.org}<br>${draft.signoff.date}</p>
</div>`;

  return layout(
    ctx,
    draft.title,
    [home, { label: org.name, path: paths.org(org.code) }, { label: `${report.year}年度报告` }],
    html`<article aria-labelledby="report-title">
<h1 id="report-title">${draft.title}</h1>
<section class="meta" aria-label="文件信息">
<dl>${meta.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
</section>
<section class="actions" aria-label="阅读和下载">
<div class="actions-main">
<div id="speech" class="speech" hidden>
<button type="button" id="speech-play">朗读全文</button>
<button type="button" id="speech-pause" disabled>暂停</button>
<button type="button" id="speech-stop" disabled>停止</button>
<p id="speech-status" class="speech-status" role="status" aria-live="polite"></p>
</div>
<ul class="downloads">
<li><a href="${paths.docx(org.code, report.year)}" download>下载 Word 文档（DOCX）</a></li>
${pdf}
</ul>
</div>
${qr}
</section>
${text}
<p class="checksum">文件校验码（SHA-256）：<code>${version.sha256}</code></p>
${opts.sm3 ? html`<p class="checksum">内容校验值 SM3：<code>${opts.sm3}</code></p>` : ''}
</article>`,
    opts.url ?? undefined,
  );
}

export function notFoundPage(ctx: PageContext): Html {
  return layout(
    ctx,
    '页面不存在',
    [home, { label: '页面不存在' }],
    html`<h1>页面不存在</h1>
<p>您要找的页面不存在，或者该信息尚未公开。</p>
<p><a href="${link(ctx, paths.index())}">返回首页</a></p>`,
  );
}

export function errorPage(ctx: PageContext, message: string): Html {
  return layout(
    ctx,
    '暂时无法访问',
    [home, { label: '暂时无法访问' }],
    html`<h1>暂时无法访问</h1>
<p>${message}</p>
<p><a href="${link(ctx, paths.index())}">返回首页</a></p>`,
  );
}

/** The QR code SVG made accessible: an image with a Chinese name. */
export function labelledSvg(svg: string, label: string): string {
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(label)}" focusable="false" `);
}
