// A small fetch wrapper for the workbench API: same-origin cookies, the CSRF header on writes,
// one error type, and a single place that reacts to an ended session.
import type { ClientErrorCode, ErrorCode } from '../../shared/api/errors.ts';
import { L } from '../labels.ts';
import type { MeResponse } from '../../shared/api/auth.ts';

export interface ApiErrorBody {
  /** One of the server's codes (src/shared/api/errors.ts), or NETWORK when it could not be reached. */
  code: ErrorCode | ClientErrorCode;
  message: string;
  fields?: Record<string, string>;
  lockedUntil?: string;
  /** Every other member of the error body (e.g. `rule` and `basis` of 409 WORKFLOW_REFUSED). */
  details?: Record<string, unknown>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly fields: Record<string, string>;
  readonly lockedUntil?: string;
  /** Every other member of the error body, as the server sent it. */
  readonly details: Record<string, unknown>;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? {};
    this.lockedUntil = body.lockedUntil;
    this.details = body.details ?? {};
  }
}

export type UnauthorizedReason = 'SESSION_EXPIRED' | 'UNAUTHENTICATED' | 'PASSWORD_CHANGE_REQUIRED';

let csrfToken: string | null = null;
let onUnauthorized: (reason: UnauthorizedReason) => void = () => {};

/** Remembers the CSRF token of the current session (from login or me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Installed once by the app: what to do when the server says the session is gone. */
export function setUnauthorizedHandler(handler: (reason: UnauthorizedReason) => void): void {
  onUnauthorized = handler;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** 401 answers the caller handles itself (true: all of them) instead of treating them as an ended session. */
  quiet401?: boolean | string[];
  signal?: AbortSignal;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'NETWORK', message: L.common.networkError });
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const error = new ApiError(response.status, await readErrorBody(response));
  const quiet =
    options.quiet401 === true || (Array.isArray(options.quiet401) && options.quiet401.includes(error.code));
  if (response.status === 401 && !quiet) {
    csrfToken = null;
    onUnauthorized(error.code === 'SESSION_EXPIRED' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  } else if (response.status === 403 && error.code === 'PASSWORD_CHANGE_REQUIRED') {
    onUnauthorized('PASSWORD_CHANGE_REQUIRED');
  }
  throw error;
}

async function readErrorBody(response: Response): Promise<ApiErrorBody> {
  try {
    const parsed = (await response.json()) as { error?: Partial<ApiErrorBody> & Record<string, unknown> };
    if (parsed?.error?.code) {
      const { code: _c, message: _m, fields: _f, lockedUntil: _l, ...details } = parsed.error;
      return {
        details,
        code: parsed.error.code,
        message: parsed.error.message ?? fallbackMessage(response.status),
        fields: parsed.error.fields,
        lockedUntil: parsed.error.lockedUntil,
      };
    }
  } catch {
    // Not JSON (a proxy error page, for example): fall through to the generic message.
  }
  return { code: `HTTP_${response.status}`, message: fallbackMessage(response.status) };
}

function fallbackMessage(status: number): string {
  if (status === 403) return L.errors[403];
  if (status === 404) return L.errors[404];
  if (status >= 500) return L.errors[500];
  return L.common.requestFailed;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

// Auth calls live here because they also manage the CSRF token.
export const auth = {
  async login(username: string, password: string): Promise<MeResponse> {
    const result = await request<MeResponse>('POST', '/api/auth/login', {
      body: { username, password },
      quiet401: true,
    });
    setCsrfToken(result.csrfToken);
    return result;
  },
  async me(): Promise<MeResponse> {
    const result = await request<MeResponse>('GET', '/api/auth/me', { quiet401: true });
    setCsrfToken(result.csrfToken);
    return result;
  },
  async logout(): Promise<void> {
    try {
      await request<void>('POST', '/api/auth/logout', { quiet401: true });
    } finally {
      setCsrfToken(null);
    }
  },
  changePassword(oldPassword: string, newPassword: string): Promise<void> {
    // A wrong current password is shown at its field, not treated as an ended session.
    return request<void>('POST', '/api/auth/change-password', {
      body: { oldPassword, newPassword },
      quiet401: ['BAD_CREDENTIALS', 'WRONG_PASSWORD', 'INVALID_PASSWORD'],
    });
  },
};

/** The message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return L.common.requestFailed;
}
