// The login page's copy of the page capabilities equals the page registry, and the landing page
// after signing in is the page asked for only when it is ours and the user may open it.
import { describe, expect, it } from 'vitest';
import { pages } from '../routes.tsx';
import { landingFor, PAGE_CAPABILITIES } from './landing.ts';

const ORIGIN = 'https://fazhi.example.gov.cn';

describe('login landing', () => {
  it('knows the capability of every page of the registry', () => {
    const registry = Object.fromEntries(pages.filter((p) => p.capability).map((p) => [p.path, p.capability]));
    expect(PAGE_CAPABILITIES).toEqual(registry);
  });

  it('goes where the user was going when the user may open it', () => {
    expect(landingFor('/admin/users', ['admin.users'], ORIGIN)).toBe('/admin/users');
    expect(landingFor('/ledgers/enforcement/case?org=3', [], ORIGIN)).toBe('/ledgers/enforcement/case?org=3');
    expect(landingFor('/calendar/', ['calendar.read'], ORIGIN)).toBe('/calendar/');
  });

  it('goes home otherwise', () => {
    expect(landingFor(null, [], ORIGIN)).toBe('/');
    expect(landingFor('/admin/users', ['calendar.read'], ORIGIN)).toBe('/');
    expect(landingFor('//evil.example/x', [], ORIGIN)).toBe('/');
    expect(landingFor('/\\evil.example/x', [], ORIGIN)).toBe('/');
    expect(landingFor('https://evil.example/', [], ORIGIN)).toBe('/');
    expect(landingFor('/login?next=/x', [], ORIGIN)).toBe('/');
  });
});
