// The page of a published 政府信息公开工作年度报告 (/<code>/disclosure-reports/<year>): its catalogue
// information, the text and the three tables of the national format (国办公开办函〔2021〕30号) as the
// version published was signed, the DOCX download and the 内容校验值 SM3 taken at publication. Wide
// tables scroll inside their own box (named, focusable) so the page never scrolls sideways.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { chineseDate } from '../annual-report/draft.ts';
import {
  type DisclosureTables,
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REVIEW_COLUMNS,
} from '../disclosure-report/tables.ts';
import { APPLICANT_TYPES } from '../ledgers/disclosure/labels.ts';
import {
  disclosureDocxPath,
  disclosureReportRef,
  type ShownDisclosureReport,
  shownDisclosureReports,
} from './disclosure-reports.ts';
import { type PortalHelpers, storedHash } from './extras.ts';
import { type Html, html } from './html.ts';
import { home, layout, type PageContext, paths } from './pages.ts';
import { type PortalOrg, portalOrg } from './reports.ts';

const num = (n: number) => html`<td>${n}</td>`;

function proactive(t: DisclosureTables): Html {
  const p = t.proactive;
  return html`<div class="table-box" role="region" aria-label="表格：主动公开政府信息情况" tabindex="0">
<table class="figures">
<caption class="visually-hidden">主动公开政府信息情况</caption>
<thead><tr><th scope="col">信息内容</th><th scope="col">本年制发件数</th><th scope="col">本年废止件数</th><th scope="col">现行有效件数</th></tr></thead>
<tbody>
<tr><th scope="row">规章（第二十条第（一）项）</th>${num(p.regulations.made)}${num(p.regulations.repealed)}${num(p.regulations.valid)}</tr>
<tr><th scope="row">行政规范性文件（第二十条第（一）项）</th>${num(p.normative.made)}${num(p.normative.repealed)}${num(p.normative.valid)}</tr>
</tbody>
</table>
<table class="figures">
<caption class="visually-hidden">本年处理决定数量和收费金额</caption>
<thead><tr><th scope="col">信息内容</th><th scope="col">本年数量</th></tr></thead>
<tbody>
<tr><th scope="row">行政许可（第二十条第（五）项，处理决定）</th>${num(p.licensing)}</tr>
<tr><th scope="row">行政处罚（第二十条第（六）项，处理决定）</th>${num(p.penalty)}</tr>
<tr><th scope="row">行政强制（第二十条第（六）项，处理决定）</th>${num(p.coercion)}</tr>
<tr><th scope="row">行政事业性收费（第二十条第（八）项，万元）</th>${num(p.feesTenThousand)}</tr>
</tbody>
</table>
</div>`;
}

function requests(t: DisclosureTables): Html {
  const heads = APPLICANT_TYPES.map((a) => (a.value === 'other_org' ? '其他' : a.label));
  return html`<div class="table-box" role="region" aria-label="表格：收到和处理政府信息公开申请情况" tabindex="0">
<table class="figures wide">
<caption class="visually-hidden">收到和处理政府信息公开申请情况（申请人情况：自然人；法人或其他组织：商业企业、科研机构、社会公益组织、法律服务机构、其他）</caption>
<thead><tr><th scope="col">项目</th>${heads.map((h) => html`<th scope="col">${h}</th>`)}<th scope="col">总计</th></tr></thead>
<tbody>${REQUEST_ROWS.map(
    (r) =>
      html`<tr><th scope="row">${r.group ? `${r.group} ${r.label}` : r.label}</th>${REQUEST_COLUMNS.map((c) =>
        num(t.requests[r.key]?.[c] ?? 0),
      )}</tr>`,
  )}</tbody>
</table>
</div>`;
}

function review(t: DisclosureTables): Html {
  const rows: Array<[string, number[]]> = [
    ['行政复议', t.review.review],
    ['行政诉讼（未经复议直接起诉）', t.review.direct],
    ['行政诉讼（复议后起诉）', t.review.afterReview],
  ];
  return html`<div class="table-box" role="region" aria-label="表格：政府信息公开行政复议、行政诉讼情况" tabindex="0">
<table class="figures">
<caption class="visually-hidden">政府信息公开行政复议、行政诉讼情况</caption>
<thead><tr><th scope="col">类别</th>${REVIEW_COLUMNS.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${rows.map(([label, ns]) => html`<tr><th scope="row">${label}</th>${ns.map(num)}</tr>`)}</tbody>
</table>
</div>`;
}

export function disclosureReportPage(
  ctx: PageContext,
  org: PortalOrg,
  r: ShownDisclosureReport,
  sm3: string | null,
): Html {
  const { text, tables } = r.report;
  const meta: Array<[string, Html | string]> = [
    ['发布机构', r.report.orgName],
    ['主题分类', '政务公开/政府信息公开工作年度报告'],
    ['成文日期', html`<time datetime="${r.signedOn}">${chineseDate(r.signedOn)}</time>`],
    ['发布日期', html`<time datetime="${r.publishedOn}">${chineseDate(r.publishedOn)}</time>`],
    ['统计期限', `${r.year}年1月1日至${r.year}年12月31日`],
    ['公开方式', '主动公开'],
    ['版本', `第${r.version}版（已签发）`],
  ];
  const paras = (xs: string[]) => xs.map((x) => html`<p>${x}</p>`);
  return layout(
    ctx,
    text.title,
    [home, { label: org.name, path: paths.org(org.code) }, { label: `${r.year}年政府信息公开工作年度报告` }],
    html`<article aria-labelledby="item-title" data-read>
<h1 id="item-title">${text.title}</h1>
<section class="meta" aria-label="文件信息">
<dl>${meta.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
</section>
<ul class="downloads"><li><a href="${disclosureDocxPath(org.code, r.year)}" download>下载 Word 文档（DOCX）</a></li></ul>
<div class="doc">
<p>${text.opening}</p>
<section aria-labelledby="d1"><h2 id="d1">一、总体情况</h2>${paras(text.overall)}</section>
<section aria-labelledby="d2"><h2 id="d2">二、主动公开政府信息情况</h2>${proactive(tables)}</section>
<section aria-labelledby="d3"><h2 id="d3">三、收到和处理政府信息公开申请情况</h2>${requests(tables)}</section>
<section aria-labelledby="d4"><h2 id="d4">四、政府信息公开行政复议、行政诉讼情况</h2>${review(tables)}</section>
<section aria-labelledby="d5"><h2 id="d5">五、存在的主要问题及改进情况</h2>${paras(text.problems)}</section>
<section aria-labelledby="d6"><h2 id="d6">六、其他需要报告的事项</h2>${paras(text.other)}</section>
<p class="signoff">${r.report.orgName}<br>${chineseDate(r.signedOn)}</p>
</div>
<p class="checksum">文件校验码（SHA-256）：<code>${r.sha256}</code></p>
${sm3 ? html`<p class="checksum">内容校验值 SM3：<code>${sm3}</code></p>` : ''}
</article>`,
  );
}

const params = z.object({
  code: z.string().regex(/^[0-9A-Za-z]{1,32}$/),
  year: z.coerce.number().int().min(2000).max(2100),
});

/** GET /<code>/disclosure-reports/<year>: the page of the published report, 404 otherwise. */
export function disclosureReportPageRoute(app: FastifyInstance, h: PortalHelpers): void {
  app.get('/:code/disclosure-reports/:year', async (req, reply) => {
    const p = params.safeParse(req.params);
    if (!p.success) return h.notFound(req, reply);
    const found = await portalOrg(app.db.k, p.data.code);
    if (!found) return h.notFound(req, reply);
    const [r] = await shownDisclosureReports(app.db.k, found.org.id, p.data.year);
    if (!r) return h.notFound(req, reply);
    const sm3 = await storedHash(app, disclosureReportRef(r.id));
    return h.send(reply, 200, disclosureReportPage(h.context(req), found.org, r, sm3));
  });
}
