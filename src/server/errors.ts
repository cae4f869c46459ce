// One error family with stable codes. Handlers throw AppError; the error handler in app.ts turns
// it into `{ error: { code, message, ... } }` with its HTTP status. Messages are Chinese.
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = '请先登录') => new AppError('UNAUTHENTICATED', 401, message);
export const forbidden = (message = '您没有执行此操作的权限') => new AppError('FORBIDDEN', 403, message);
export const notFound = (what = '记录') =>
  new AppError('NOT_FOUND', 404, `${what}不存在或不在您的管辖范围内`);
export const conflict = (code: string, message: string, extra?: Record<string, unknown>) =>
  new AppError(code, 409, message, extra);
export const invalid = (message: string, fields?: Record<string, string>) =>
  new AppError('VALIDATION', 400, message, fields ? { fields } : {});
