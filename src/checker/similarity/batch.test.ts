import { describe, expect, it } from 'vitest';
import { analyzeBatch, prepareBatch } from './batch.ts';
import { findSimilarPairs } from './find-pairs.ts';
import { exactJaccard } from './minhash.ts';
import { shingleSet } from './prepare.ts';
import {
  changeNumbers,
  copyReport,
  paragraph,
  reportParagraphs,
  seededRandom,
  townName,
} from './synthetic.ts';

const pairKeys = (pairs: { a: number; b: number }[]) => pairs.map((p) => `${p.a}-${p.b}`).sort();

/** n independent reports, then copies of some of them with the usual edits. */
function syntheticBatch(seed: number, n: number, copies: [number, number][]) {
  const rand = seededRandom(seed);
  const towns = Array.from({ length: n + copies.length }, (_, i) => `${townName(rand)}${i}`);
  const docs = Array.from({ length: n }, (_, i) => reportParagraphs(rand, towns[i], 10));
  copies.forEach(([source, insertions], c) => {
    docs.push(
      copyReport(
        rand,
        docs[source],
        towns[source],
        towns[n + c],
        { shuffle: 0.3, deletions: 2, insertions },
        () => paragraph(rand),
      ),
    );
  });
  return { docs, towns };
}

describe('MinHash estimate', () => {
  it('stays close to the exact Jaccard similarity', () => {
    const { docs } = syntheticBatch(7, 6, [
      [0, 1],
      [1, 6],
      [2, 12],
    ]);
    const batch = prepareBatch(docs);
    const sets = batch.docs.map(shingleSet);
    for (const [a, b] of [
      [0, 6],
      [1, 7],
      [2, 8],
      [0, 1],
    ]) {
      const est = analyzeBatch([docs[a], docs[b]], { candidates: 'all', minSharedChars: 0, minJaccard: 0 });
      const exact = exactJaccard(sets[a], sets[b]);
      const estimate = est.pairs[0]?.jaccard ?? 0;
      expect(Math.abs(estimate - exact)).toBeLessThan(0.12);
    }
  });
});

describe('LSH candidates', () => {
  it('report the same pairs as comparing every pair', () => {
    const { docs } = syntheticBatch(11, 24, [
      [0, 0],
      [3, 2],
      [5, 6],
      [9, 1],
      [20, 3],
    ]);
    const lsh = analyzeBatch(docs);
    const all = analyzeBatch(docs, { candidates: 'all' });
    expect(pairKeys(lsh.pairs)).toEqual(pairKeys(all.pairs));
    expect(pairKeys(lsh.pairs)).toEqual(['0-24', '20-28', '3-25', '5-26', '9-27'].sort());
    expect(lsh.stats.candidates).toBeLessThan((29 * 28) / 2);
  });

  it('find a single copied paragraph inside otherwise different reports', () => {
    const rand = seededRandom(3);
    const a = reportParagraphs(rand, '甲镇', 12);
    const b = reportParagraphs(rand, '乙镇', 12);
    b[7] = changeNumbers(rand, a[5]);
    const others = Array.from({ length: 10 }, (_, i) => reportParagraphs(rand, `丙${i}镇`, 12));
    const { pairs } = analyzeBatch([a, b, ...others]);
    expect(pairKeys(pairs)).toEqual(['0-1']);
    expect(pairs[0].jaccard).toBeLessThan(0.3);
    expect(pairs[0].passages.map((p) => [p.a.paragraph, p.b.paragraph])).toEqual([[5, 7]]);
  });
});

describe('shared passages', () => {
  const own =
    '镇司法所联合派出所开展矛盾纠纷排查化解专项行动，走访群众一百二十户，调处邻里纠纷和土地承包纠纷。';
  const filler = [
    '今年天气晴好，春耕生产有序推进，各村播种面积稳中有增。',
    '镇文化站组织开展广场舞比赛和农民丰收节活动。',
  ];

  it('are located on both sides despite changed numbers and punctuation', () => {
    const a = [filler[0], `全年共排查矛盾纠纷12起。${own}`];
    const b = [filler[1], '我镇高度重视。', `${own.replace('，', ',')}全年共排查矛盾纠纷35起`];
    const [pair] = findSimilarPairs([a.join('\n'), b.join('\n')]);
    expect(pair).toBeDefined();
    expect(pair.passages).toHaveLength(1);
    const [p] = pair.passages;
    expect(p.a.line).toBe(2);
    expect(p.b.line).toBe(3);
    expect(p.b.column).toBe(1);
    expect(p.a.text).toContain(own.slice(0, 30));
    expect(p.a.text.length).toBeGreaterThanOrEqual(own.length - 2);
  });

  it('shorter than 20 characters are not reported', () => {
    const a = ['镇政府组织开展法治讲座三场，邀请律师现场答疑。'];
    const b = ['镇政府组织开展法治讲座五场，受到群众好评和欢迎。'];
    expect(findSimilarPairs([a.join('\n'), b.join('\n')], { minSharedChars: 0, minJaccard: 0 })).toEqual([]);
  });
});

describe('boilerplate', () => {
  it('stock phrases shared by every report do not count', () => {
    const a =
      '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，甲镇修订完善村规民约十二部。';
    const b =
      '坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，乙镇新建法治文化广场一处。';
    expect(findSimilarPairs([a, b], { minSharedChars: 0, minJaccard: 0 })).toEqual([]);
  });

  it('a passage found in a large share of a big batch counts as boilerplate', () => {
    const rand = seededRandom(5);
    const template =
      '按照县委依法治县办关于年度法治建设考核的统一部署，逐项对照考核细则开展自查自评并形成书面材料报送，' +
      '对自查中发现的薄弱环节建立问题清单和整改台账，明确责任人和完成时限。';
    const docs = Array.from({ length: 12 }, (_, i) => [...reportParagraphs(rand, `丁${i}镇`, 6), template]);
    expect(analyzeBatch(docs).pairs).toEqual([]);
    // Two reports alone cannot tell a template from a copy.
    expect(pairKeys(analyzeBatch(docs.slice(0, 2)).pairs)).toEqual(['0-1']);
  });
});
