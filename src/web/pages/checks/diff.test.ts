import { describe, expect, it } from 'vitest';
import { diffChars } from './diff.ts';

describe('diffChars', () => {
  it('marks what a copier changed on each side', () => {
    const { a, b } = diffChars('雍溪镇全年调解纠纷94件。', '龙水镇全年调解纠纷96件。');
    expect(a).toEqual([
      { text: '雍溪', same: false },
      { text: '镇全年调解纠纷9', same: true },
      { text: '4', same: false },
      { text: '件。', same: true },
    ]);
    expect(b.map((r) => r.text).join('')).toBe('龙水镇全年调解纠纷96件。');
    expect(b.filter((r) => !r.same).map((r) => r.text)).toEqual(['龙水', '6']);
  });

  it('handles identical, empty and one-sided text', () => {
    expect(diffChars('相同', '相同')).toEqual({
      a: [{ text: '相同', same: true }],
      b: [{ text: '相同', same: true }],
    });
    expect(diffChars('', '新增')).toEqual({ a: [], b: [{ text: '新增', same: false }] });
  });
});
