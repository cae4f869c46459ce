// Puts a server error next to the form fields it names; anything else becomes a message.
import type { App, FormInstance } from 'antd';
import { ApiError, errorMessage } from './data/client.ts';

type MessageInstance = ReturnType<typeof App.useApp>['message'];

/**
 * `codeFields` places errors that carry no `fields` (e.g. 400 WEAK_PASSWORD) at a named field.
 */
export function showFormError(
  form: FormInstance,
  error: unknown,
  message: MessageInstance,
  codeFields: Record<string, string> = {},
): void {
  if (!(error instanceof ApiError)) {
    message.error(errorMessage(error));
    return;
  }
  const known = new Set(Object.keys(form.getFieldsValue() ?? {}));
  const entries = Object.entries(error.fields);
  const byCode = codeFields[error.code];
  if (entries.length === 0 && byCode && known.has(byCode)) entries.push([byCode, error.message]);
  const atFields = entries.filter(([name]) => known.has(name));
  if (atFields.length > 0) form.setFields(atFields.map(([name, text]) => ({ name, errors: [text] })));
  const rest = entries.filter(([name]) => !known.has(name)).map(([, text]) => text);
  if (atFields.length === 0) message.error(rest.length > 0 ? rest.join('；') : error.message);
  else if (rest.length > 0) message.error(rest.join('；'));
}
