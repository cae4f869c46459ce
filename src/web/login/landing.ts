// Where to go after signing in: the page asked for, if it is ours and the user may open it.
// The login page is its own small bundle (no React, no antd), so it cannot read the page registry
// (routes.tsx); the capabilities of the registry's pages are copied here, and landing.test.ts
// keeps the copy equal to the registry.
import type { Capability } from '../../shared/roles.ts';

/** Workbench paths (without the leading slash) that need a capability. */
export const PAGE_CAPABILITIES: Readonly<Record<string, Capability>> = {
  calendar: 'calendar.read',
  checker: 'checker.use',
  reports: 'report.write',
  'county-reports': 'report.county',
  'admin/users': 'admin.users',
  'admin/orgs': 'admin.orgs',
  'admin/roles': 'admin.roles',
  'admin/audit': 'audit.read',
};

/** `next` when it is a path of this site the user may open, else the home page. */
export function landingFor(next: string | null, capabilities: readonly string[], origin: string): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const url = new URL(next, origin);
  if (url.origin !== origin) return '/';
  const path = url.pathname.replace(/^\/+|\/+$/g, '');
  if (path === 'login') return '/';
  const needed = PAGE_CAPABILITIES[path];
  return needed && !capabilities.includes(needed) ? '/' : next;
}
