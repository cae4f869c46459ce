// Inputs for the checker's fuzz: random texts built from the pieces reports and portal copies are
// made of, and the sample report with random edits. Used by the bench (bench/checker-fuzz.bench.ts,
// 100,000 inputs) and by a small smoke run in src/checker/fuzz.test.ts.
import fc from 'fast-check';
import { SAMPLE_TEXT } from '../test/fixtures/checker/sample-report.ts';

export const PIECES = [
  '一、',
  '（一）',
  '（1）',
  '1.',
  '①',
  '一是',
  '二是',
  '首先，',
  '最后，',
  '报告',
  '关于2024年法治政府建设情况的报告',
  '某镇人民政府',
  '2025年1月10日',
  '二〇二五年一月十日',
  '存在的问题及原因',
  '下一步工作打算',
  '第一责任人',
  '《中华人民共和国行政处罚法》',
  '《法治政府建设实施纲要（2021—2025年）》',
  '100%',
  '余',
  '超过',
  '3000余份',
  '“',
  '”',
  '《',
  '》',
  '、',
  '，',
  '。',
  '：',
  '**',
  '<br>',
  '&nbsp;',
  '当前位置：首页 > ',
  '索引号：',
  '— 3 —',
  '\n',
  '\n\n',
  '\r\n',
  ' ',
  '\u3000',
  '\t',
  // issue 17: portal layouts, masked digits, betting spans, PDF spacing
  '• 公开方式：主动公开',
  '- 效力状态：有效',
  '索引号 | 1150 | 发布日期 | 2025-12-22 |',
  '| --- | --- |',
  '字体大小：【大】【中】【小】',
  '无障碍 简体|繁体',
  '今天是：2019年10月31日 星期四',
  '您现在所在的位置 : ',
  '首页 | 政务公开 | ',
  '****年',
  '*.',
  '星河体育比分：',
  '注册送',
  '《中共中央星河平台全面推进依法治国若干重大问题的决定》',
  '三届七次全会',
  '等6个难题',
  '参考40人，合格42人',
  '86三是',
  '一、上一年度问题整改回头看',
  ' 2025 年度',
];

export const randomText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

/** The sample report with random edits: deletions, duplications, insertions, swapped lines. */
export const mutatedText = fc
  .array(
    fc.tuple(
      fc.nat(SAMPLE_TEXT.length),
      fc.nat(40),
      fc.constantFrom('delete', 'duplicate', 'insert', 'swap'),
      fc.constantFrom(...PIECES),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((edits) => {
    let t = SAMPLE_TEXT;
    for (const [at, len, op, piece] of edits) {
      const i = at % (t.length + 1);
      if (op === 'delete') t = t.slice(0, i) + t.slice(i + len);
      else if (op === 'duplicate') t = t.slice(0, i + len) + t.slice(i, i + len) + t.slice(i + len);
      else if (op === 'insert') t = t.slice(0, i) + piece + t.slice(i);
      else {
        const lines = t.split('\n');
        const a = at % lines.length;
        const b = len % lines.length;
        [lines[a], lines[b]] = [lines[b], lines[a]];
        t = lines.join('\n');
      }
    }
    return t;
  });
