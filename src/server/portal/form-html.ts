// Form controls of the portal's public forms, server-rendered: every control has a visible label,
// its error (in Chinese) is tied to it with aria-describedby, and the value the citizen typed is
// always put back. The anti-spam block (question, token, honeypot) is shared by every form.
import { FIELD_ANSWER, FIELD_HONEYPOT, FIELD_TOKEN } from './antispam.ts';
import { type Html, html } from './html.ts';

export type FormValues = Record<string, string>;
export type FormErrors = Record<string, string>;

export interface FieldOpts {
  required?: boolean;
  hint?: string;
  type?: 'text' | 'tel' | 'email';
  autocomplete?: string;
  maxlength?: number;
  inputmode?: 'numeric' | 'text';
}

const hintOf = (name: string, hint: string | undefined, error: string | undefined) =>
  [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || null;

function labelOf(label: string, required: boolean | undefined): Html {
  return html`${label}${required ? html`<span class="req">（必填）</span>` : html`<span class="opt">（选填）</span>`}`;
}

function extras(name: string, hint: string | undefined, error: string | undefined): Html {
  return html`${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : ''}${
    error ? html`<p class="field-error" id="${name}-error">${error}</p>` : ''
  }`;
}

export function textField(
  label: string,
  name: string,
  values: FormValues,
  errors: FormErrors,
  opts: FieldOpts = {},
): Html {
  const error = errors[name];
  const described = hintOf(name, opts.hint, error);
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="f-${name}">${labelOf(label, opts.required)}</label>
${extras(name, opts.hint, error)}
<input id="f-${name}" name="${name}" type="${opts.type ?? 'text'}" value="${values[name] ?? ''}"${
    opts.maxlength ? html` maxlength="${opts.maxlength}"` : ''
  }${opts.autocomplete ? html` autocomplete="${opts.autocomplete}"` : ''}${
    opts.inputmode ? html` inputmode="${opts.inputmode}"` : ''
  }${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}>
</div>`;
}

export function textArea(
  label: string,
  name: string,
  values: FormValues,
  errors: FormErrors,
  opts: FieldOpts & { rows?: number } = {},
): Html {
  const error = errors[name];
  const described = hintOf(name, opts.hint, error);
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="f-${name}">${labelOf(label, opts.required)}</label>
${extras(name, opts.hint, error)}
<textarea id="f-${name}" name="${name}" rows="${opts.rows ?? 5}"${opts.maxlength ? html` maxlength="${opts.maxlength}"` : ''}${
    described ? html` aria-describedby="${described}"` : ''
  }${error ? html` aria-invalid="true"` : ''}>${values[name] ?? ''}</textarea>
</div>`;
}

export function selectField(
  label: string,
  name: string,
  options: readonly { value: string; label: string }[],
  values: FormValues,
  errors: FormErrors,
  opts: FieldOpts = {},
): Html {
  const error = errors[name];
  const described = hintOf(name, opts.hint, error);
  return html`<div class="field${error ? ' has-error' : ''}">
<label for="f-${name}">${labelOf(label, opts.required)}</label>
${extras(name, opts.hint, error)}
<select id="f-${name}" name="${name}"${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}>
<option value="">请选择</option>
${options.map((o) => html`<option value="${o.value}"${values[name] === o.value ? html` selected` : ''}>${o.label}</option>`)}
</select>
</div>`;
}

/** Radio buttons in a fieldset (the applicant's kind). */
export function radioGroup(
  legend: string,
  name: string,
  options: readonly { value: string; label: string }[],
  values: FormValues,
  errors: FormErrors,
): Html {
  const error = errors[name];
  return html`<fieldset class="field radios${error ? ' has-error' : ''}"${error ? html` aria-describedby="${name}-error"` : ''}>
<legend>${legend}<span class="req">（必填）</span></legend>
${error ? html`<p class="field-error" id="${name}-error">${error}</p>` : ''}
${options.map(
  (o, i) =>
    html`<label class="radio"><input type="radio"${i === 0 ? html` id="f-${name}"` : ''} name="${name}" value="${o.value}"${
      values[name] === o.value ? html` checked` : ''
    }> ${o.label}</label>`,
)}
</fieldset>`;
}

/** The list of errors at the top of a form, linking to each field. */
export function errorSummary(errors: FormErrors, labels: Record<string, string>): Html | '' {
  const entries = Object.entries(errors);
  if (!entries.length) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
<h2>提交未成功，请修改以下内容：</h2>
<ul>${entries.map(([name, msg]) =>
    name.startsWith('_')
      ? html`<li>${msg}</li>`
      : html`<li><a href="#f-${name}">${labels[name] && !msg.includes(labels[name]) ? `${labels[name]}：` : ''}${msg}</a></li>`,
  )}</ul>
</div>`;
}

/** The anti-spam block: the question (answer kept empty), the signed token, the honeypot. */
export function challengeBlock(question: string, token: string, errors: FormErrors): Html {
  const error = errors[FIELD_ANSWER];
  return html`<div class="field challenge${error ? ' has-error' : ''}">
<label for="f-${FIELD_ANSWER}">验证问题：${question}<span class="req">（必填）</span></label>
<p class="hint" id="${FIELD_ANSWER}-hint">用于防止自动程序批量提交，请填写计算结果（阿拉伯数字或汉字均可）。</p>
${error ? html`<p class="field-error" id="${FIELD_ANSWER}-error">${error}</p>` : ''}
<input id="f-${FIELD_ANSWER}" name="${FIELD_ANSWER}" type="text" inputmode="numeric" autocomplete="off" maxlength="4" class="short" aria-describedby="${FIELD_ANSWER}-hint${error ? ` ${FIELD_ANSWER}-error` : ''}"${error ? html` aria-invalid="true"` : ''}>
</div>
<input type="hidden" name="${FIELD_TOKEN}" value="${token}">
<div class="hp" aria-hidden="true"><label for="f-${FIELD_HONEYPOT}">请勿填写此项</label><input id="f-${FIELD_HONEYPOT}" name="${FIELD_HONEYPOT}" type="text" tabindex="-1" autocomplete="off" value=""></div>`;
}
