import { describe, expect, it } from 'vitest';
import { citationsOf, titleSpans } from './citations.ts';
import { reportOf } from './test-report.ts';

const titles = (text: string) => titleSpans(text).map((s) => text.slice(s.start + 1, s.end));

describe('citation extraction', () => {
  it('finds adjacent titles and titles with punctuation inside', () => {
    expect(titles('宣传《宪法》《民法典》、《中共中央、国务院关于加强基层治理的意见》')).toEqual([
      '宪法',
      '民法典',
      '中共中央、国务院关于加强基层治理的意见',
    ]);
  });

  it('finds nested titles in 〈〉 and in a second 《》', () => {
    expect(titles('《关于印发〈后叶镇工作方案〉的通知》')).toEqual([
      '关于印发〈后叶镇工作方案〉的通知',
      '后叶镇工作方案',
    ]);
    expect(titles('《关于印发《A办法》的通知》')).toEqual(['关于印发《A办法》的通知', 'A办法']);
  });

  it('does not let an unclosed title run across a sentence end', () => {
    expect(titles('学习《民法典。后来又学习《宪法》')).toEqual(['宪法']);
  });

  it('checks a nested title only when the outer title is not an instrument itself', () => {
    const inner = citationsOf(reportOf('学习《关于转发〈中华人民共和国合同法〉的通知》。', 2022));
    expect(inner.map((c) => c.title)).toEqual([
      '关于转发〈中华人民共和国合同法〉的通知',
      '中华人民共和国合同法',
    ]);
    const outer = citationsOf(
      reportOf('贯彻《国务院关于进一步贯彻实施〈中华人民共和国行政处罚法〉的通知》。', 2022),
    );
    expect(outer).toHaveLength(1);
    expect(outer[0].resolution.status).toBe('exact');
  });
});
