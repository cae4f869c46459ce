// Helpers of the portal's browser suites: a signed-in API client over real HTTP, a report taken to
// 公开 through the real workflow, and axe-core run in the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { editableSections } from '../report-drafts.ts';
import { DEMO_PASSWORD, root } from './harness.ts';

const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

export async function apiClient(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: string, path: string, body: unknown = {}) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** Takes the township's report of the year from wherever it stands to 公开. */
export async function publishReport(baseUrl: string, code: string, year: number): Promise<void> {
  const clerk = await apiClient(baseUrl, 'qingshi.clerk');
  const leader = await apiClient(baseUrl, 'qingshi.leader');
  const orgs = (await clerk('GET', '/api/orgs')) as { items: Array<{ id: number; code: string }> };
  const org = orgs.items.find((o) => o.code === code);
  if (!org) throw new Error(`${code} not found`);
  const base = `/api/annual-reports/${org.id}/${year}`;
  let view = await clerk('GET', base).catch(() => clerk('POST', base));
  const step = (who: typeof clerk, id: string, body: unknown = {}) =>
    who('POST', `${base}/transitions/${id}`, body);
  for (let i = 0; i < 10 && !['published', 'archived'].includes(String(view.state)); i++) {
    if (view.state === 'drafting') {
      await clerk('PUT', `${base}/draft`, {
        sections: editableSections(view as Parameters<typeof editableSections>[0]),
      });
      view = await step(clerk, 'submit_review');
    } else if (view.state === 'reviewing') {
      if (view.approvedVersion !== (view.version as { version: number }).version)
        view = await step(leader, 'approve');
      view = await step(leader, 'sign');
    } else if (view.state === 'signed') view = await step(leader, 'submit', { on: `${year + 1}-02-26` });
    else if (view.state === 'submitted') view = await step(clerk, 'publish', { on: `${year + 1}-03-20` });
  }
  if (!['published', 'archived'].includes(String(view.state))) throw new Error(`report is ${view.state}`);
}

export interface Violation {
  id: string;
  impact: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE);
  return (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v: { id: string; impact: string; nodes: Array<{ target: string[] }> }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  })) as Violation[];
}

export const serious = (vs: Violation[]) =>
  vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
