// Downloads a file the API serves (XLSX export, template) with the session cookie, so that an error
// answer is shown as a message instead of being saved as a file.
import type { ErrorCode } from '../../shared/api/errors.ts';
import { ApiError } from '../data/client.ts';

function filenameOf(disposition: string | null, fallback: string): string {
  const m = disposition?.match(/filename\*=UTF-8''([^;]+)/i);
  if (m) {
    try {
      return decodeURIComponent(m[1]);
    } catch {
      return fallback;
    }
  }
  return fallback;
}

export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    let body: { error?: { code?: ErrorCode; message?: string } } = {};
    try {
      body = await response.json();
    } catch {
      // not JSON
    }
    throw new ApiError(response.status, {
      code: body.error?.code ?? `HTTP_${response.status}`,
      message: body.error?.message ?? '',
    });
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filenameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
