import { describe, expect, it } from 'vitest';
import { checkText } from '../../engine.ts';
import { parseText } from '../test-util.ts';
import rule from './ledger-mismatch.ts';

const ledger = { 'enforcement.cases': 12, 'disputes.total': 40, 'disputes.success_rate': 97.5 };

function found(text: string, figures: Record<string, number> | undefined = ledger) {
  const out: Array<{ excerpt: string; data?: Record<string, unknown> }> = [];
  rule.check({ report: parseText(text), options: {}, figures, emit: (r) => out.push(r) });
  return out;
}

describe('number/ledger-mismatch', () => {
  it('is a draft-only rule with Chinese messages', () => {
    expect(rule.meta.draftOnly).toBe(true);
    expect(rule.meta.messages.differs).toMatch(/台账/);
  });

  it.each([
    '2025年，办理行政处罚案件12件，全年共排查调解各类矛盾纠纷40件。',
    '调解成功率97.5%。',
    '办理行政处罚案件超过10件。',
    '全年排查调解矛盾纠纷约40件。',
    // no ledger figure for this indicator: nothing to compare
    '组织集中学法5次。',
    // plans are not facts of the year
    '四、下一年度主要安排\n力争办理行政处罚案件20件。',
  ])('accepts: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['2025年，办理行政处罚案件15件。', '办理行政处罚案件15件', 15, 12],
    ['全年共排查调解各类矛盾纠纷38件，调解成功率100%。', '矛盾纠纷38件', 38, 40],
    ['办理行政处罚案件超过20件。', '超过20件', 20, 12],
  ])('reports: %s', (text, quote, stated, ledgerValue) => {
    const r = found(text);
    expect(r.length).toBeGreaterThan(0);
    expect(r[0].excerpt).toContain(quote);
    expect(r[0].data).toMatchObject({ stated, ledger: ledgerValue });
  });

  it('reports both figures of a paragraph in order, each at its own place', () => {
    const r = found('办理行政处罚案件13件，全年共排查调解各类矛盾纠纷41件。');
    expect(r.map((f) => f.data?.indicator)).toEqual(['enforcement.cases', 'disputes.total']);
  });

  it('runs only with ledger figures: an uploaded report is never compared', () => {
    const text = '关于2025年度法治政府建设情况的报告\n办理行政处罚案件15件。';
    expect(checkText(text).findings.some((f) => f.rule === rule.meta.id)).toBe(false);
    const own = checkText(text, { figures: ledger }).findings.filter((f) => f.rule === rule.meta.id);
    expect(own).toHaveLength(1);
    expect(own[0].severity).toBe('error');
    expect(own[0].message).toContain('台账计算的“行政执法案件”是12件');
  });
});
