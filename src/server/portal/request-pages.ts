// Pages of the online 依申请公开 request: the form (with the citizen's values and Chinese errors kept
// when it is shown again), the receipt with the 申请编号 and the 查询码 (shown once), and the status
// lookup. The form works without JavaScript; the applicant's two kinds are two fieldsets, of which
// only the chosen one is read.
import { chineseDate } from '../annual-report/draft.ts';
import {
  challengeBlock,
  errorSummary,
  type FormErrors,
  type FormValues,
  radioGroup,
  selectField,
  textArea,
  textField,
} from './form-html.ts';
import { type Html, html } from './html.ts';
import { home, layout, link, type PageContext, paths } from './pages.ts';
import { portalPaths } from './portal-paths.ts';
import type { PortalOrg } from './reports.ts';
import {
  APPLICANT_KINDS,
  DELIVERY_METHODS,
  ID_TYPES,
  ORG_KINDS,
  REQUEST_LABELS,
  type RequestStatus,
} from './requests.ts';

export interface FormState {
  values: FormValues;
  errors: FormErrors;
  question: string;
  token: string;
}

const crumbs = (org: PortalOrg, parent: PortalOrg | null, label: string) => [
  home,
  ...(parent ? [{ label: parent.name }] : []),
  { label: org.name, path: paths.org(org.code) },
  { label },
];

export function applyPage(ctx: PageContext, org: PortalOrg, parent: PortalOrg | null, f: FormState): Html {
  const { values: v, errors: e } = f;
  return layout(
    ctx,
    `${org.name}政府信息公开申请`,
    crumbs(org, parent, '网上申请政府信息公开'),
    html`<h1>${org.name}政府信息公开申请</h1>
<p class="lead">依照《中华人民共和国政府信息公开条例》第二十七条、第二十九条，您可以通过本页向${org.name}申请获取政府信息。提交后系统即时确认，提交当日即为收到申请之日，本机关自该日起20个工作日内答复。办理方法详见<a href="${link(ctx, portalPaths.guide(org.code))}">政府信息公开指南</a>。</p>
${errorSummary(e, REQUEST_LABELS)}
<form class="portal-form" method="post" action="${link(ctx, portalPaths.apply(org.code))}" novalidate>
<section class="form-part" aria-labelledby="part-applicant">
<h2 id="part-applicant">申请人信息</h2>
${radioGroup('申请人类型', 'applicantKind', APPLICANT_KINDS, v, e)}
<fieldset class="sub">
<legend>公民（申请人类型为公民的填写）</legend>
${textField('姓名', 'name', v, e, { required: true, autocomplete: 'name', maxlength: 50 })}
${selectField('证件类型', 'idType', ID_TYPES, v, e, { required: true })}
${textField('证件号码', 'idNo', v, e, { required: true, autocomplete: 'off', maxlength: 40 })}
</fieldset>
<fieldset class="sub">
<legend>法人或者其他组织（申请人类型为法人或者其他组织的填写）</legend>
${textField('名称', 'orgName', v, e, { required: true, autocomplete: 'organization', maxlength: 100 })}
${selectField('组织类别', 'orgType', ORG_KINDS, v, e, { required: true })}
${textField('统一社会信用代码', 'creditCode', v, e, { required: true, maxlength: 18, autocomplete: 'off' })}
${textField('法定代表人或者负责人', 'legalRep', v, e, { required: true, maxlength: 50 })}
${textField('联系人姓名', 'contact', v, e, { required: true, maxlength: 50 })}
</fieldset>
${textField('联系电话', 'phone', v, e, { required: true, type: 'tel', autocomplete: 'tel', maxlength: 20, hint: '手机号码或带区号的固定电话，用于告知补正或者答复。' })}
${textField('电子邮箱', 'email', v, e, { type: 'email', autocomplete: 'email', maxlength: 100, hint: '选择通过电子邮件获取信息的，必须填写。' })}
${textField('通信地址', 'address', v, e, { autocomplete: 'street-address', maxlength: 200, hint: '选择邮寄纸质文本的，必须填写，请写明邮政编码。' })}
</section>
<section class="form-part" aria-labelledby="part-info">
<h2 id="part-info">所需政府信息</h2>
${textField('所需政府信息的名称', 'title', v, e, { required: true, maxlength: 200, hint: '例如：某年某项工作的实施方案、某项目的批复文件。' })}
${textField('文号', 'docNo', v, e, { maxlength: 60, hint: '知道文件编号的请填写，例如：青府发〔2026〕5号。' })}
${textArea('所需政府信息的内容描述', 'description', v, e, { maxlength: 1800, hint: '请尽量写明信息形成的时间、制作机关、涉及的事项等，便于准确查找。' })}
${textField('用途', 'purpose', v, e, { maxlength: 200 })}
${selectField('获取信息的方式', 'delivery', DELIVERY_METHODS, v, e, { required: true })}
</section>
<section class="form-part" aria-labelledby="part-check">
<h2 id="part-check">提交</h2>
${challengeBlock(f.question, f.token, e)}
<p class="note">提交即表示您确认以上内容真实。您的证件号码和联系电话加密保存，仅用于办理本申请。</p>
<p><button type="submit" class="primary">提交申请</button></p>
</section>
</form>`,
  );
}

export function receiptPage(
  ctx: PageContext,
  org: PortalOrg,
  parent: PortalOrg | null,
  r: { receiptNo: string; code: string; receivedOn: string; title: string },
): Html {
  return layout(
    ctx,
    '申请已提交',
    crumbs(org, parent, '申请已提交'),
    html`<h1>申请已提交</h1>
<div class="receipt" role="status">
<p>${org.name}已于<time datetime="${r.receivedOn}">${chineseDate(r.receivedOn)}</time>收到您的政府信息公开申请（网上提交，当日确认）。</p>
<div class="meta"><dl>
<div><dt>申请编号</dt><dd><strong class="code">${r.receiptNo}</strong></dd></div>
<div><dt>查询码</dt><dd><strong class="code">${r.code}</strong></dd></div>
<div><dt>所需政府信息</dt><dd>${r.title}</dd></div>
</dl></div>
<p class="warn"><strong>请立即抄写或截图保存申请编号和查询码。</strong>查询码只显示这一次，本系统不保存查询码本身，遗失后无法找回。</p>
</div>
<p>本机关自收到申请之日起20个工作日内答复；需要延长的，经负责人同意并告知您，延长期限最长不超过20个工作日。需要您补正的，会通过您留下的联系方式一次性告知。</p>
<p><a href="${link(ctx, portalPaths.status())}">查询办理进度</a> · <a href="${link(ctx, paths.org(org.code))}">返回${org.name}信息公开</a></p>`,
  );
}

export interface StatusForm {
  values: FormValues;
  errors: FormErrors;
  question: string;
  token: string;
}

export function statusPage(ctx: PageContext, f: StatusForm, result: RequestStatus | null): Html {
  const { values: v, errors: e } = f;
  const found = result
    ? html`<section class="status-result" aria-labelledby="result-title" role="status">
<h2 id="result-title">办理进度</h2>
<div class="meta"><dl>
<div><dt>申请编号</dt><dd>${result.receiptNo}</dd></div>
<div><dt>办理状态</dt><dd>${result.state}</dd></div>
<div><dt>法定答复期限</dt><dd>${result.due ? html`<time datetime="${result.due}">${chineseDate(result.due)}</time>前` : '—'}</dd></div>
${result.answer ? html`<div><dt>答复结果</dt><dd>${result.answer}</dd></div>` : ''}
</dl></div>
<p class="note">答复期限已计入依法延长和不计算在内的时间（补正、征求第三方意见）。答复文书通过您选择的方式送达。</p>
</section>`
    : '';
  return layout(
    ctx,
    '政府信息公开申请办理进度查询',
    [home, { label: '申请办理进度查询' }],
    html`<h1>政府信息公开申请办理进度查询</h1>
<p class="lead">请输入提交申请后取得的申请编号和查询码。</p>
${errorSummary(e, { receiptNo: '申请编号', code: '查询码' })}
${found}
<form class="portal-form" method="post" action="${link(ctx, portalPaths.status())}" novalidate>
${textField('申请编号', 'receiptNo', v, e, { required: true, maxlength: 30, autocomplete: 'off', hint: '例如：YSQ20261203-00042' })}
${textField('查询码', 'code', v, e, { required: true, maxlength: 20, autocomplete: 'off' })}
${challengeBlock(f.question, f.token, e)}
<p><button type="submit" class="primary">查询</button></p>
</form>`,
  );
}
