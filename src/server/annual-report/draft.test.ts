// Bound figures follow their indicators until signing: refreshBindings rewrites the number inside
// each bound statement whose indicator now computes another value.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../checker/index.ts';
import { getIndicator } from '../../shared/indicators.ts';
import {
  type Binding,
  boundFigures,
  buildDraft,
  type DraftSection,
  draftText,
  namedAsOf,
  refreshBindings,
  ruleText,
  statesNoFigure,
} from './draft.ts';
import type { Rollup, RollupItem } from './rollup.ts';

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

// A made-up township and its roll-up: only the figures given are non-zero.
function rollupOf(year: number, values: Record<string, number>, extra: Partial<Rollup> = {}): Rollup {
  const items: RollupItem[] = Object.entries(values).map(([id, value]) => {
    const ind = getIndicator(id);
    return {
      id,
      label: ind.label,
      unit: ind.unit,
      ledger: ind.ledger,
      ledgerLabel: ind.ledger,
      area: ind.area,
      value,
      records: { type: ind.ledger, ids: Array.from({ length: value }, (_, i) => i + 1) },
    };
  });
  return {
    org: { id: 9, code: 'x', name: '青禾镇', kind: 'township', path: '/1/9/', parent: null },
    year,
    asOf: `${year}-12-31`,
    items,
    overdue: [],
    refusals: [],
    ...extra,
  };
}

const ALL = {
  'enforcement.cases': 6,
  'enforcement.inspections': 14,
  'publicity.events': 5,
  'study.sessions': 4,
};
const gapsOf = (d: ReturnType<typeof buildDraft>) =>
  d.sections[0].paragraphs.filter((p) => p.kind === 'gap').map((p) => [p.area, p.text]);

describe('the 2026 draft asks about work newer instruments govern', () => {
  it('asks where the ledgers hold the records, in the area’s own subsection', () => {
    const draft = buildDraft(rollupOf(2026, ALL), { date: '2027-01-12' });
    expect(draft.asks).toEqual([
      { area: 'enforcement', topic: '行政执法监督', basis: '行政执法监督条例' },
      { area: 'enforcement', topic: '涉企行政检查', basis: '国务院办公厅关于严格规范涉企行政检查的意见' },
      { area: 'publicity', topic: '法治宣传教育法', basis: '中华人民共和国法治宣传教育法' },
    ]);
    const measures = draft.sections[0].paragraphs;
    const enforcement = measures.filter((p) => p.area === 'enforcement').map((p) => p.kind);
    expect(enforcement).toEqual(['heading2', 'body', 'gap', 'gap']);
    const asked = gapsOf(draft).filter(([, t]) => !String(t).includes('没有本领域的记录'));
    expect(asked.map(([a]) => a)).toEqual(['enforcement', 'enforcement', 'publicity']);
    expect(asked[0][1]).toContain('《行政执法监督条例》自2026年2月1日起施行');
    expect(asked[1][1]).toContain('《国务院办公厅关于严格规范涉企行政检查的意见》');
    expect(asked[2][1]).toContain('《中华人民共和国法治宣传教育法》自2025年11月1日起施行');
    for (const [, text] of asked) {
      expect(text).toMatch(/^【待补充】/);
      // the questions state no figure the checker could take for one of the year
      expect(statesNoFigure(String(text).replace('【待补充】', ''))).toBe(true);
    }
    // the areas without records are still the draft's gaps, and only they
    expect(draft.gaps.map((g) => g.area)).not.toContain('enforcement');
    expect(draft.gaps.map((g) => g.area)).not.toContain('publicity');
  });

  it('asks nothing about work the ledgers have no records of', () => {
    const draft = buildDraft(rollupOf(2026, { 'enforcement.cases': 3 }), { date: '2027-01-12' });
    expect(draft.asks?.map((a) => a.topic)).toEqual(['行政执法监督']);
    const studyOnly = buildDraft(rollupOf(2026, { 'study.sessions': 2 }), { date: '2027-01-12' });
    expect(studyOnly.asks).toEqual([
      { area: 'study', topic: '法治宣传教育法', basis: '中华人民共和国法治宣传教育法' },
    ]);
    expect(buildDraft(rollupOf(2026, {}), { date: '2027-01-12' }).asks).toBeUndefined();
  });

  it('does not ask in a 2025 draft, nor in an export', () => {
    const old = buildDraft(rollupOf(2025, ALL), { date: '2026-01-12' });
    expect(old.asks).toBeUndefined();
    expect(gapsOf(old).length).toBe(old.gaps.length);
    const exported = buildDraft(rollupOf(2026, ALL), { gaps: 'omit', date: '2027-01-12' });
    expect(gapsOf(exported)).toEqual([]);
    expect(draftText(exported)).not.toContain('行政执法监督条例');
    expect(exported.asks).toHaveLength(3);
  });

  it('names an ended plan quoted as a ledger rule’s basis as the former one', () => {
    const basis =
      '《法治政府建设实施纲要（2021—2025年）》“健全行政执法工作体系”（行政执法案卷评查）；本地评查标准';
    expect(namedAsOf(basis, 2025)).toBe(basis);
    expect(namedAsOf(basis, 2026)).toBe(`原${basis}`);
    expect(namedAsOf(`原${basis}`, 2026)).toBe(`原${basis}`);
    expect(namedAsOf('深入推进八五普法', 2026)).toBe('深入推进八五普法');
    const refusal = {
      ledger: 'enforcement',
      ledgerLabel: '行政执法',
      rule: '案卷评查分数应在0到100之间',
      basis,
      count: 2,
      recordIds: [1],
    };
    for (const year of [2025, 2026]) {
      const draft = buildDraft(rollupOf(year, ALL, { refusals: [refusal] }), { date: `${year + 1}-01-12` });
      const text = draftText(draft);
      const expired = checkText(text, { file: 'draft.txt' }).findings.filter(
        // an ended plan as in force (五年普法 plans are terminology/outdated), or an outdated term
        (f) => f.rule === 'citation/expired-plan' || f.rule === 'terminology/outdated',
      );
      expect(expired, String(year)).toEqual([]);
      expect(text.includes('原《法治政府建设实施纲要（2021—2025年）》'), String(year)).toBe(year === 2026);
    }
  });

  it('says missed legal conditions in a township’s words: no software, no count of refused clicks (issue 14)', () => {
    const refusal = {
      ledger: 'disputes',
      ledgerLabel: '矛盾纠纷',
      rule: '书面调解协议应当由各方当事人签名、盖章或者按指印，请上传调解协议书',
      basis: '《中华人民共和国人民调解法》第二十九条',
      count: 7,
      recordIds: [1, 2],
    };
    const draft = buildDraft(rollupOf(2026, ALL, { refusals: [refusal] }), { date: '2027-01-12' });
    const section = (key: string) =>
      (draft.sections.find((s) => s.key === key)?.paragraphs ?? []).map((p) => p.text).join('\n');
    const [shortcomings, plans] = [section('shortcomings'), section('plans')];
    for (const text of [shortcomings, plans]) {
      expect(text).not.toMatch(/系统|拒绝|\d+次|操作/);
    }
    expect(shortcomings).toContain('矛盾纠纷工作中，部分经办人员对法定程序的掌握还不够扎实');
    expect(shortcomings).toContain(
      '“书面调解协议应当由各方当事人签名、盖章或者按指印”（《中华人民共和国人民调解法》第二十九条）',
    );
    expect(plans).toContain('组织经办人员开展业务培训');
  });
});
