// The OpenAPI document at /api/docs documents what every JSON route answers: the response schemas
// of src/shared/api. Routes that answer with no body (204) or with a file are listed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../app.ts';

const WITHOUT_JSON_BODY = [
  'POST /api/auth/logout',
  'POST /api/auth/change-password',
  'POST /api/users/{id}/unlock',
  'POST /api/password-resets/{id}/confirm',
  'POST /api/password-resets/{id}/reject',
  'DELETE /api/role-assignments/{id}',
  'GET /api/attachments/{id}',
  'GET /api/ledgers/{kind}/{type}/export.xlsx',
  'GET /api/ledgers/{kind}/{type}/export.csv',
  'GET /api/ledgers/{kind}/{type}/template.xlsx',
  'GET /api/annual-reports/{orgId}/{year}/export.docx',
  'GET /api/annual-reports/{orgId}/{year}/export.pdf',
  'GET /api/annual-reports/county/export.xlsx',
  'GET /api/annual-reports/county/external/{orgId}/{year}/file',
  'DELETE /api/annual-reports/county/external/{orgId}/{year}',
  'GET /api/ledgers/disclosure/views/annual-report.docx',
  'GET /api/deadlines/export.xlsx',
  'GET /api/deadlines/export.csv',
  'GET /api/indicators/export.xlsx',
  'GET /api/indicators/export.csv',
  'GET /api/annual-reports/county/yoy/export.xlsx',
  'GET /api/annual-reports/county/yoy/export.csv',
  'GET /api/ledgers/enforcement/views/inspection-counts/export.xlsx',
  'GET /api/ledgers/enforcement/views/inspection-counts/export.csv',
];

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: { properties?: object } }> }>;
}

describe('OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite', { demo: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives every JSON route of the workbench its response schema', async () => {
    const doc = await t.anon().get('/api/docs/json');
    expect(doc.status).toBe(200);
    const paths = doc.body.paths as Record<string, Record<string, Operation>>;
    const undocumented: string[] = [];
    let documented = 0;
    for (const [path, ops] of Object.entries(paths)) {
      if (!path.startsWith('/api/') || path.startsWith('/api/docs')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const name = `${method.toUpperCase()} ${path}`;
        const ok = ['200', '201'].some((s) => op.responses?.[s]?.content?.['application/json']?.schema);
        if (ok) documented++;
        else if (!WITHOUT_JSON_BODY.includes(name)) undocumented.push(name);
      }
    }
    expect(undocumented).toEqual([]);
    expect(documented).toBeGreaterThanOrEqual(46);
    const detail =
      paths['/api/ledgers/{kind}/{type}/{id}'].get.responses?.['200'].content?.['application/json'];
    expect(Object.keys(detail?.schema?.properties ?? {})).toEqual(
      expect.arrayContaining(['policies', 'timeline', 'deadlines', 'fields', 'display']),
    );
  });
});
