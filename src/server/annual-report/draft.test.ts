// Bound figures follow their indicators until signing: refreshBindings rewrites the number inside
// each bound statement whose indicator now computes another value.
import { describe, expect, it } from 'vitest';
import { type Binding, boundFigures, type DraftSection, refreshBindings, ruleText } from './draft.ts';

function bind(text: string, statement: string, id: string, value: number): Binding {
  const start = text.indexOf(statement);
  return {
    id,
    value,
    unit: '件',
    label: id,
    start,
    end: start + statement.length,
    records: { type: 'x', ids: [] },
  };
}

const text = '2025年，办理行政处罚案件9件，全年共排查调解各类矛盾纠纷40件，调解成功39件。';
const section = (): DraftSection => ({
  key: 'measures',
  heading: '主要举措和成效',
  paragraphs: [
    {
      kind: 'body',
      text,
      bindings: [
        bind(text, '办理行政处罚案件9件', 'enforcement.cases', 9),
        bind(text, '全年共排查调解各类矛盾纠纷40件', 'disputes.total', 40),
        bind(text, '调解成功39件', 'disputes.resolved', 39),
      ],
    },
  ],
});

describe('refreshBindings', () => {
  it('rewrites changed figures in place and shifts the bindings after them', () => {
    const ledger = { 'enforcement.cases': 10, 'disputes.total': 40, 'disputes.resolved': 38 };
    const { sections, refreshed } = refreshBindings([section()], ledger);
    const p = sections[0].paragraphs[0];
    expect(p.text).toBe('2025年，办理行政处罚案件10件，全年共排查调解各类矛盾纠纷40件，调解成功38件。');
    for (const b of p.bindings)
      expect(p.text.slice(b.start, b.end)).toContain(String(ledger[b.id as keyof typeof ledger]));
    expect(refreshed).toEqual([
      { id: 'enforcement.cases', label: 'enforcement.cases', from: 9, to: 10 },
      { id: 'disputes.resolved', label: 'disputes.resolved', from: 39, to: 38 },
    ]);
    expect(boundFigures(sections)).toEqual(ledger);
  });

  it('leaves the text alone when the ledger agrees, and keeps figures it has no value for', () => {
    const { sections, refreshed } = refreshBindings([section()], { 'disputes.total': 40 });
    expect(sections[0].paragraphs[0].text).toBe(text);
    expect(sections[0].paragraphs[0].bindings).toHaveLength(3);
    expect(refreshed).toEqual([]);
  });

  it('does not touch a longer number that contains the digits', () => {
    const t = '对19家企业开展检查，办理行政处罚案件9件。';
    const s: DraftSection = {
      key: 'measures',
      heading: 'x',
      paragraphs: [
        { kind: 'body', text: t, bindings: [{ ...bind(t, t.slice(0, -1), 'enforcement.cases', 9) }] },
      ],
    };
    const out = refreshBindings([s], { 'enforcement.cases': 7 }).sections[0].paragraphs[0];
    expect(out.text).toBe('对19家企业开展检查，办理行政处罚案件7件。');
  });
});

describe('ruleText', () => {
  it('quotes the requirement without the instruction the workbench gave the user', () => {
    expect(ruleText('书面调解协议应当由各方当事人签名，人民调解员签名，请上传调解协议书')).toBe(
      '书面调解协议应当由各方当事人签名，人民调解员签名',
    );
    expect(ruleText('延长期限不得超过30日')).toBe('延长期限不得超过30日');
    expect(ruleText('请先完成法制审核')).toBe('请先完成法制审核');
  });
});
