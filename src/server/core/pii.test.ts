import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPii, maskIdCard, maskName, maskPhone, PII_KEY_FILE } from './pii.ts';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-pii-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pii', () => {
  it('masks names, phones and ID numbers', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张晓明')).toBe('张*明');
    expect(maskName('欧阳小明')).toBe('欧**明');
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskIdCard('510104199001011234')).toBe('5101**********1234');
  });

  it('encrypts with SM4 under a generated 0600 key file, authenticated', () => {
    const pii = createPii({ dataDir: dir });
    expect((statSync(join(dir, PII_KEY_FILE)).mode & 0o777).toString(8)).toBe('600');
    const a = pii.encrypt('13812341234');
    expect(a).toMatch(/^sm4v1:/);
    expect(a).not.toBe(pii.encrypt('13812341234'));
    expect(pii.decrypt(a)).toBe('13812341234');
    expect(createPii({ dataDir: dir }).decrypt(a)).toBe('13812341234');
    const parts = a.split(':');
    parts[2] = Buffer.from('tampered-bytes!!').toString('base64');
    expect(() => pii.decrypt(parts.join(':'))).toThrow();
    expect(() => createPii({ dataDir: dir, secret: 'another-secret-of-16+' }).decrypt(a)).toThrow();
  });
});
