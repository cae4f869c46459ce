// The login page (/login): its own entry (login.html), plain DOM without React or antd, so the
// first screen loads a few kilobytes instead of the workbench. It looks like the antd form it
// replaces (login.css), shows the server's own messages (tries left, the lock-out time) and, once
// signed in, loads the workbench at the page asked for; the workbench then holds users who must
// change their password at the change-password form (shell/AuthGate.tsx).
import { ApiError, auth, errorMessage } from '../data/client.ts';
import { APP_TITLE, L } from '../labels.ts';
import { type IconName, icon } from './icons.ts';
import { landingFor } from './landing.ts';
import './login.css';

type NoticeType = 'error' | 'warning' | 'info' | 'success';
const NOTICE_ICONS: Record<NoticeType, IconName> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  success: 'success',
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** antd puts a space between the two characters of a two-character Chinese button label. */
const buttonText = (text: string) => (/^[\u4e00-\u9fa5]{2}$/.test(text) ? text.split('').join(' ') : text);

interface Field {
  item: HTMLDivElement;
  input: HTMLInputElement;
  explain: HTMLDivElement;
}

function field(id: string, label: string, prefix: IconName, input: HTMLInputElement, suffix?: Node): Field {
  input.id = id;
  input.name = id;
  const explain = el('div', { class: 'lg-explain', id: `${id}-help`, role: 'alert' });
  explain.hidden = true;
  const box = el('span', { class: 'lg-input' }, icon(prefix), input);
  if (suffix) box.append(suffix);
  const item = el('div', { class: 'lg-item' }, el('label', { for: id }, label), box, explain);
  return { item, input, explain };
}

function render(root: HTMLElement, params: URLSearchParams): void {
  const username = field(
    'username',
    L.login.username,
    'user',
    el('input', { type: 'text', autocomplete: 'username', autocapitalize: 'off', spellcheck: 'false' }),
  );
  const eye = icon('eyeInvisible', 'lg-eye');
  const password = field(
    'password',
    L.login.password,
    'lock',
    el('input', { type: 'password', autocomplete: 'current-password' }),
    eye,
  );
  eye.addEventListener('mousedown', (e) => e.preventDefault());
  eye.addEventListener('click', () => {
    const show = password.input.type === 'password';
    password.input.type = show ? 'text' : 'password';
    eye.replaceChildren(...icon(show ? 'eye' : 'eyeInvisible').childNodes);
  });

  const submit = el('button', { type: 'submit', class: 'lg-submit' }, buttonText(L.login.submit));
  const form = el('form', { novalidate: '' }, username.item, password.item, submit);
  const body = el('div', { class: 'lg-card-body' }, form, el('p', { class: 'lg-footer' }, L.login.footer));
  const card = el('section', { class: 'lg-card' }, el('h2', { class: 'lg-card-head' }, L.login.title), body);
  root.replaceChildren(
    el(
      'div',
      { class: 'lg-screen' },
      el(
        'div',
        { class: 'lg-brand' },
        el('img', { src: '/favicon.svg', width: '44', height: '44', alt: '' }),
        el('h1', {}, APP_TITLE),
      ),
      el('div', { class: 'lg-subtitle' }, L.login.subtitle),
      card,
    ),
  );

  let notice: HTMLElement | null = null;
  const showNotice = (type: NoticeType, text: string) => {
    notice?.remove();
    notice = el(
      'div',
      { class: `lg-alert lg-alert-${type}`, role: 'alert', 'data-testid': 'login-notice' },
      icon(NOTICE_ICONS[type]),
      el('div', {}, text),
    );
    body.prepend(notice);
  };
  const reason = params.get('reason');
  if (reason === 'expired') showNotice('warning', L.login.expired);
  else if (reason === 'logout') showNotice('success', L.login.loggedOut);

  // Required fields, checked on submit and then as the user types (as antd's Form does).
  let checked = false;
  const rules: Array<[Field, (v: string) => boolean, string]> = [
    [username, (v) => v.trim() !== '', L.common.required(L.login.username)],
    [password, (v) => v !== '', L.common.required(L.login.password)],
  ];
  const validate = (): boolean => {
    let ok = true;
    for (const [f, test, message] of rules) {
      const good = test(f.input.value);
      f.item.classList.toggle('lg-has-error', !good);
      f.explain.hidden = good;
      f.explain.textContent = good ? '' : message;
      if (good) f.input.removeAttribute('aria-invalid');
      else f.input.setAttribute('aria-invalid', 'true');
      ok &&= good;
    }
    return ok;
  };
  for (const [f] of rules) f.input.addEventListener('input', () => checked && validate());

  let busy = false;
  const setBusy = (on: boolean) => {
    busy = on;
    submit.setAttribute('aria-busy', String(on));
    submit.querySelector('.lg-spin')?.remove();
    if (on) submit.prepend(icon('loading', 'lg-spin'));
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    checked = true;
    if (!validate()) return;
    setBusy(true);
    notice?.remove();
    notice = null;
    try {
      const result = await auth.login(username.input.value.trim(), password.input.value);
      // The workbench loads at the page asked for and reads the session (and its CSRF token) anew.
      window.location.replace(
        landingFor(params.get('next'), result.user.capabilities, window.location.origin),
      );
    } catch (error) {
      password.input.value = '';
      showNotice(
        error instanceof ApiError && error.status === 423 ? 'warning' : 'error',
        errorMessage(error),
      );
      setBusy(false);
    }
  });
  username.input.focus();
}

render(document.getElementById('root')!, new URLSearchParams(window.location.search));
