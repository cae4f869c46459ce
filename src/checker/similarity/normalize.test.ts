import { describe, expect, it } from 'vitest';
import {
  aliasMatcher,
  normalizeParagraph,
  ORG_PLACEHOLDER,
  orgAliases,
  orgKey,
  sameOrg,
} from './normalize.ts';

describe('normalizeParagraph', () => {
  it('drops punctuation and spacing and folds each run of digits into one #', () => {
    const a = normalizeParagraph('调解纠纷 208 件，成功率 99.5%。');
    const b = normalizeParagraph('调解纠纷１２件,成功率100%');
    expect(a.text).toBe('调解纠纷#件成功率#');
    expect(b.text).toBe(a.text);
  });

  it('maps every normalised character back to its span in the original', () => {
    const src = '共 2,048 件（Ａ类）';
    const n = normalizeParagraph(src);
    expect(n.text).toBe('共#件a类');
    const hash = n.text.indexOf('#');
    expect(src.slice(n.starts[hash], n.ends[hash])).toBe('2,048');
    const a = n.text.indexOf('a');
    expect(src.slice(n.starts[a], n.ends[a])).toBe('Ａ');
  });

  it('keeps offsets right when NFKC expands a character', () => {
    const n = normalizeParagraph('㍿'.repeat(10));
    expect(n.text).toBe('株式会社'.repeat(10));
    expect([n.starts[37], n.ends[37]]).toEqual([9, 10]);
  });

  it("replaces the report's own organisation names by one placeholder", () => {
    const m = aliasMatcher(orgAliases('重庆市潼南区宝龙镇人民政府'));
    const n = normalizeParagraph('宝龙镇坚持依法行政，宝龙全镇干部学法。', m);
    expect(n.text).toBe(`${ORG_PLACEHOLDER}坚持依法行政${ORG_PLACEHOLDER}全镇干部学法`);
    expect(n.ends[0]).toBe(3);
  });
});

describe('orgKey and sameOrg', () => {
  it.each([
    ['重庆市潼南区宝龙镇人民政府', '宝龙镇'],
    ['中共云阳县后叶镇委员会', '后叶镇'],
    ['雍溪镇', '雍溪镇'],
    ['新市镇人民政府', '新市镇'],
    ['某某区城南街道办事处', '城南街道'],
  ])('%s → %s', (org, key) => {
    expect(orgKey(org)).toBe(key);
  });

  it('treats the same township written differently as one organisation', () => {
    expect(sameOrg('重庆市潼南区宝龙镇人民政府', '宝龙镇人民政府')).toBe(true);
    expect(sameOrg('宝龙镇人民政府', '雍溪镇人民政府')).toBe(false);
  });

  it('never treats an unknown organisation as the same', () => {
    expect(sameOrg(null, null)).toBe(false);
    expect(sameOrg(null, '宝龙镇')).toBe(false);
  });
});
