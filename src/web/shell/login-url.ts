/** The login page address, remembering where to return and why the user was sent there. */
export function loginUrl(next: string, reason?: 'expired' | 'logout'): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  const qs = params.toString();
  return qs ? `/login?${qs}` : '/login';
}
