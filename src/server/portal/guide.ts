// 政府信息公开指南 of a township, written from what the installation knows of it: its name, the county
// above it (the 复议机关 of a township government, 行政复议法 第二十四条), and its configured office
// details (portal_org_profile: 受理机构, address, telephone, hours), when set. The wording is ours,
// following the articles of 《中华人民共和国政府信息公开条例》 it cites.
import type { Kdb } from '../db/connect.ts';
import { type Html, html } from './html.ts';
import { home, layout, link, type PageContext, paths } from './pages.ts';
import { portalPaths } from './portal-paths.ts';
import type { PortalOrg } from './reports.ts';
import './form-types.ts';

export interface OrgProfile {
  office: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  hours: string | null;
}

export async function orgProfile(k: Kdb, orgId: number): Promise<OrgProfile | null> {
  const row = await k
    .selectFrom('portalOrgProfile')
    .select(['office', 'address', 'postcode', 'phone', 'email', 'hours'])
    .where('orgId', '=', orgId)
    .executeTakeFirst();
  return row ?? null;
}

export function guidePage(
  ctx: PageContext,
  org: PortalOrg,
  parent: PortalOrg | null,
  p: OrgProfile | null,
): Html {
  const office = p?.office || `${org.name}政府信息公开工作机构`;
  const contact: Array<[string, string]> = [['受理机构', office]];
  if (p?.address) contact.push(['通信地址', `${p.address}${p.postcode ? `（邮政编码 ${p.postcode}）` : ''}`]);
  if (p?.phone) contact.push(['咨询电话', p.phone]);
  if (p?.email) contact.push(['电子邮箱', p.email]);
  if (p?.hours) contact.push(['办公时间', p.hours]);
  const reviewBody = parent ? parent.name.replace(/(人民政府)?$/, '人民政府') : '上一级人民政府';
  const apply = link(ctx, portalPaths.apply(org.code));
  return layout(
    ctx,
    `${org.name}政府信息公开指南`,
    [
      home,
      ...(parent ? [{ label: parent.name }] : []),
      { label: org.name, path: paths.org(org.code) },
      { label: '政府信息公开指南' },
    ],
    html`<h1>${org.name}政府信息公开指南</h1>
<p class="lead">本指南说明如何获取${org.name}的政府信息：哪些信息可以直接查阅，怎样申请公开其他信息，本机关在多长时间内答复，以及对答复不满意时如何寻求救济。</p>
<section aria-labelledby="g1"><h2 id="g1">一、受理机构和联系方式</h2>
<div class="meta"><dl>${contact.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl></div>
${p?.address ? '' : html`<p class="note">受理机构的通信地址和电话以本机关另行公布的为准；网上申请无需到现场。</p>`}
</section>
<section aria-labelledby="g2"><h2 id="g2">二、可以直接查阅的信息</h2>
<p>本机关主动公开的政府信息列在<a href="${link(ctx, paths.section(org.code, 'catalogue'))}">政府信息公开目录</a>中，行政执法信息见<a href="${link(ctx, paths.section(org.code, 'enforcement'))}">行政执法公示</a>，规范性文件见<a href="${link(ctx, portalPaths.normative(org.code))}">行政规范性文件</a>。这些信息无需申请，可以随时查阅。</p>
</section>
<section aria-labelledby="g3"><h2 id="g3">三、怎样提出申请</h2>
<p>需要目录以外的政府信息，可以向本机关提出申请（第二十七条）。申请应当采用书面形式，可以选择以下任一途径：</p>
<ul>
<li><strong>网上申请</strong>：填写本网站的<a href="${apply}">网上申请表</a>，提交后即取得申请编号和查询码，可以随时<a href="${link(ctx, portalPaths.status())}">查询办理进度</a>。</li>
<li><strong>当面提交</strong>：到受理机构填写申请表${p?.hours ? `（${p.hours}）` : ''}。书写确有困难的，可以口头提出，由工作人员代为填写，经您确认后生效（第二十九条）。</li>
<li><strong>信函或者快递</strong>：寄往受理机构${p?.address ? `（${p.address}）` : ''}，请在信封上注明“政府信息公开申请”。</li>
</ul>
</section>
<section aria-labelledby="g4"><h2 id="g4">四、申请需要写明的内容</h2>
<ol>
<li>申请人的姓名或者名称、身份证明、联系方式；法人或者其他组织还需写明统一社会信用代码、法定代表人或者负责人和联系人。</li>
<li>所需政府信息的名称、文号，或者其他便于查找的特征描述，例如形成时间、制作机关、涉及事项。</li>
<li>希望获取信息的方式，例如纸质文本邮寄、当面领取或者电子邮件。</li>
</ol>
<p>一份申请尽量只请求一类信息，描述越具体，查找越快。</p>
</section>
<section aria-labelledby="g5"><h2 id="g5">五、收到申请之日和补正</h2>
<p>当面提交的，提交当天即为收到申请之日；邮寄、快递的，以本机关签收之日为准；网上提交的，以双方确认之日为准，本网站在您提交时即时确认，提交当天即为收到申请之日（第三十一条）。</p>
<p>申请内容不明确的，本机关自收到申请之日起7个工作日内一次性告知您需要补正的事项和合理的补正期限，答复期限自收到补正后的申请之日起计算；无正当理由逾期不补正的，视为放弃申请（第三十条）。</p>
</section>
<section aria-labelledby="g6"><h2 id="g6">六、答复期限</h2>
<p>能够当场答复的，当场答复。不能当场答复的，自收到申请之日起20个工作日内答复；需要延长的，经本机关负责人同意并告知您，延长的期限最长不超过20个工作日（第三十三条）。需要征求第三方或者其他机关意见的，征求意见所需时间不计算在上述期限内。</p>
</section>
<section aria-labelledby="g7"><h2 id="g7">七、收费</h2>
<p>提供政府信息不收取费用。只有申请公开信息的数量、频次明显超过合理范围的，本机关才可以按照国家规定的标准收取信息处理费，并事先告知您（第四十二条）。</p>
</section>
<section aria-labelledby="g8"><h2 id="g8">八、救济途径</h2>
<p>认为本机关在政府信息公开工作中侵犯您合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报；也可以依法向${reviewBody}申请行政复议（自知道该行为之日起60日内），或者依法向有管辖权的人民法院提起行政诉讼（自知道该行为之日起6个月内）（第五十一条）。</p>
</section>
<p><a class="button" href="${apply}">开始网上申请</a></p>`,
  );
}
