import { describe, expect, it } from 'vitest';
import type { ParsedReport } from '../types.ts';
import { crossReportFindings } from './cross-report.ts';
import { paragraph, reportParagraphs, seededRandom } from './synthetic.ts';

/** A ParsedReport-like object: one paragraph per line, starting at line `firstLine`. */
function makeReport(file: string, org: string | null, lines: string[], firstLine = 1): ParsedReport {
  const paragraphs = lines.map((text, index) => ({
    index,
    text,
    line: firstLine + index,
    column: 1,
    pos: (offset: number) => ({ line: firstLine + index, column: offset + 1 }),
    heading: null,
    keys: [],
  }));
  return {
    source: { file, format: 'txt', text: lines.join('\n'), meta: {} },
    text: lines.join('\n'),
    paragraphs,
    headings: [],
    enumerators: [],
    title: lines[0],
    titleAt: { line: firstLine, column: 1 },
    org,
    year: 2024,
    recipient: null,
    signoff: null,
    sections: [],
    changes: [],
  };
}

const rand = seededRandom(42);
const copied = [paragraph(rand, 5), paragraph(rand, 4)];

function pairOfReports(orgA: string | null, orgB: string | null) {
  const a = reportParagraphs(seededRandom(1), '宝龙镇', 8);
  const b = reportParagraphs(seededRandom(2), '雍溪镇', 8);
  a.splice(4, 0, `宝龙镇${copied[0]}`, copied[1]);
  b.splice(6, 0, `雍溪镇${copied[0].replace(/\d+/g, '7')}`, copied[1]);
  return [makeReport('a.txt', orgA, a), makeReport('b.txt', orgB, b, 5)];
}

describe('crossReportFindings', () => {
  it('reports copying between two townships on both reports', () => {
    const reports = pairOfReports('宝龙镇人民政府', '雍溪镇人民政府');
    const findings = crossReportFindings(reports);
    const [fa] = findings.get(0)!;
    const [fb] = findings.get(1)!;
    expect(findings.get(0)).toHaveLength(1);
    expect(fa.rule).toBe('duplication/cross-report');
    expect(fa.severity).toBe('warning');
    expect(fa.message).toMatch(
      /^与《雍溪镇人民政府2024年法治政府建设情况报告》（雍溪镇人民政府）有 2 处段落雷同（约 \d+% 文字相同），请核实是否照抄他人报告$/,
    );
    expect(fb.message).toContain('（宝龙镇人民政府）');
    // The first shared passage: paragraph 4 of a (line 5), paragraph 6 of b (line 5 + 6).
    expect(fa.line).toBe(5);
    expect(fb.line).toBe(11);
    expect(fa.data).toMatchObject({ otherFile: 'b.txt', otherOrg: '雍溪镇人民政府' });
    const passages = fa.data!.passages as { text: string; line: number; otherLine: number }[];
    expect(passages.map((p) => [p.line, p.otherLine])).toEqual([
      [5, 11],
      [6, 12],
    ]);
    expect(passages[1].text).toBe(copied[1].replace(/。$/, ''));
    expect(fa.data!.jaccard).toBeGreaterThan(0);
  });

  it('does not report two reports of the same organisation', () => {
    const reports = pairOfReports('重庆市潼南区宝龙镇人民政府', '宝龙镇人民政府');
    const findings = crossReportFindings(reports);
    expect(findings.get(0)).toEqual([]);
    expect(findings.get(1)).toEqual([]);
  });

  it('counts an unknown organisation as different', () => {
    const findings = crossReportFindings(pairOfReports(null, '宝龙镇人民政府'));
    expect(findings.get(0)).toHaveLength(1);
    expect(findings.get(0)![0].message).toContain(
      '与《雍溪镇人民政府2024年法治政府建设情况报告》（宝龙镇人民政府）',
    );
    expect(findings.get(1)![0].message).toContain('（发文单位不详）');
  });

  it('gives every report an entry, empty when nothing is shared', () => {
    const a = makeReport('a.txt', '甲镇', reportParagraphs(seededRandom(8), '甲镇', 6));
    const b = makeReport('b.txt', '乙镇', reportParagraphs(seededRandom(9), '乙镇', 6));
    expect([...crossReportFindings([a, b]).entries()]).toEqual([
      [0, []],
      [1, []],
    ]);
  });
});

// issue 17: one report submitted twice (a TXT and a DOCX of one text) is not copying
describe('the same document twice', () => {
  const body = reportParagraphs(seededRandom(7), '松岭镇', 10);

  it.each([
    ['the same name in two formats, one without an organisation', 'songling.txt', 'songling.docx', null],
    ['two names, the same text with other spacing and marks', 'a.txt', 'b.docx', '松岭镇人民政府'],
  ])('does not compare %s', (_, fileA, fileB, orgB) => {
    const a = makeReport(fileA, '松岭镇人民政府', body);
    const b = makeReport(
      fileB,
      orgB,
      body.map((t) => t.replace(/，/g, ', ').replace(/。/g, '. ')),
    );
    const findings = crossReportFindings([a, b]);
    expect(findings.get(0)).toEqual([]);
    expect(findings.get(1)).toEqual([]);
  });

  it('still compares two townships that share a passage', () => {
    const [a, b] = pairOfReports(null, null);
    expect(crossReportFindings([a, b]).get(0)).toHaveLength(1);
  });
});
