import { describe, expect, it } from 'vitest';
import { mapConcurrent } from './concurrency.ts';

describe('mapConcurrent', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapConcurrent([5, 1, 4, 2, 3, 0], 2, async (n, i) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n));
      running--;
      return `${i}:${n}`;
    });
    expect(out).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3', '5:0']);
    expect(most).toBe(2);
    expect(await mapConcurrent([], 4, async () => 1)).toEqual([]);
  });

  it('fails with the first error', async () => {
    await expect(
      mapConcurrent([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('第二项失败');
        return n;
      }),
    ).rejects.toThrow('第二项失败');
  });
});
