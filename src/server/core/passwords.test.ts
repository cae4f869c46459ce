import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('scrypt with a per-password salt and its parameters in the string', async () => {
    const a = await hashPassword('Fazhi@Demo2026');
    const b = await hashPassword('Fazhi@Demo2026');
    expect(a).toMatch(/^scrypt\$N=32768,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('Fazhi@Demo2026', a)).toBe(true);
    expect(await verifyPassword('Fazhi@Demo2027', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('verifies hashes made with other parameters, and never matches a malformed one', async () => {
    const light = await hashPassword('Qingyuan#2026', { N: 1024, r: 8, p: 1 });
    expect(light.startsWith('scrypt$N=1024,')).toBe(true);
    expect(await verifyPassword('Qingyuan#2026', light)).toBe(true);
    for (const bad of [
      '',
      'plain',
      'scrypt$N=1024$x$y',
      'bcrypt$N=1,r=1,p=1$aa$bb',
      'scrypt$N=1024,r=8,p=1$c2FsdA==$',
    ]) {
      expect(await verifyPassword('Qingyuan#2026', bad)).toBe(false);
    }
    expect(await verifyPassword('x', 'scrypt$N=4194304,r=8,p=1$c2FsdA==$a2V5')).toBe(false);
  });
});

describe('password policy', () => {
  it.each([
    ['Hezuo#2026qj', 'zhang', null],
    ['tianbao12#lu', 'zhang', null],
    ['QINGSHI12a#M', 'zhang', null],
    ['法治政府建设Ab1!', 'zhang', null],
    // sequences and walks are refused as common even when they meet the classes
    ['Abcdefg#12', 'zhang', '过于常见'],
    ['ABCDEFGH12a', 'zhang', '过于常见'],
    ['Abc#12345', 'zhang', '至少 10 位'],
    ['abcdefghij12', 'zhang', '至少 3 类'],
    ['ABCDEFGHIJKL', 'zhang', '至少 3 类'],
    ['Zhang#2026xx', 'zhang', '用户名'],
    ['xxZHANG#2026', 'Zhang', '用户名'],
  ])('%s (user %s) → %s', (pw, user, problem) => {
    const r = checkPasswordPolicy(pw, user);
    if (problem === null) expect(r).toBeNull();
    else expect(r).toContain(problem);
  });
});
