// Findings of the checker traced back to the draft's paragraphs: the lines of draftText and the
// parts they come from stay aligned (empty lines left out alike), and a real finding lands on the
// paragraph and the words it is about.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../checker/index.ts';
import { type Draft, draftText } from './draft.ts';
import { draftLines, locateFindings, spanIn } from './where.ts';

const draft = (over: Partial<Draft> = {}): Draft => ({
  orgId: 1,
  orgName: '青石镇',
  issuer: '青石镇人民政府',
  year: 2025,
  title: '青石镇人民政府关于2025年度法治政府建设情况的报告',
  recipient: '清源县人民政府：',
  opening:
    '根据《法治政府建设与责任落实督察工作规定》第二十五条，现将青石镇人民政府2025年度法治政府建设情况报告如下。',
  sections: [
    {
      key: 'measures',
      heading: '主要举措和成效',
      paragraphs: [
        { kind: 'heading2', text: '（一）学法用法', bindings: [] },
        { kind: 'body', text: '2025年，组织学法考试，参考人员考试合格率达到110%。', bindings: [] },
      ],
    },
    {
      key: 'shortcomings',
      heading: '存在的不足和原因',
      paragraphs: [
        { kind: 'body', text: '', bindings: [] },
        { kind: 'body', text: '部分领域的工作未登记入账。', bindings: [] },
      ],
    },
  ],
  signoff: { org: '青石镇人民政府', date: '2026年1月5日' },
  gaps: [],
  figures: {},
  ...over,
});

describe('locating findings in the draft', () => {
  it('keeps the lines aligned with draftText, empty parts left out alike', () => {
    for (const d of [draft(), draft({ recipient: '' })]) {
      expect(draftLines(d).map((l) => l.text)).toEqual(draftText(d).split('\n'));
    }
    const lines = draftLines(draft({ recipient: '' }));
    expect(lines[1]).toMatchObject({ section: 'opening', paragraph: 0 });
    expect(lines[2]).toMatchObject({ section: 'measures', paragraph: -1, text: '一、主要举措和成效' });
    // the empty paragraph 0 of section 二 is not a line; paragraph 1 keeps its index
    expect(lines.find((l) => l.text.startsWith('部分领域'))).toMatchObject({
      section: 'shortcomings',
      paragraph: 1,
    });
    expect(lines.at(-1)).toMatchObject({ section: 'signoff', paragraph: 1 });
  });

  it('puts a checker finding on its paragraph and words', () => {
    const d = draft();
    const findings = locateFindings(d, checkText(draftText(d), { file: 'draft.txt' }).findings);
    const impossible = findings.find((f) => f.rule === 'number/impossible');
    expect(impossible?.where).toMatchObject({ section: 'measures', paragraph: 1 });
    const p = d.sections[0].paragraphs[1].text;
    const { start, end } = impossible!.where;
    expect(p.slice(start, end)).toContain('110%');
  });

  it('spans the excerpt at or around the column, else one character', () => {
    const line = '参考人员考试合格率达到110%。';
    expect(spanIn(line, { column: 1, excerpt: '参考人员' })).toEqual({ start: 0, end: 4 });
    expect(spanIn(line, { column: 8, excerpt: '考试合格率达到110%' })).toEqual({ start: 4, end: 15 });
    expect(spanIn(line, { column: 3, excerpt: '不在此行' })).toEqual({ start: 2, end: 3 });
    expect(spanIn(line, { column: 99, excerpt: '' })).toEqual({ start: line.length, end: line.length });
  });
});
