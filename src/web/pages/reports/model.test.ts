import { describe, expect, it } from 'vitest';
import type { Binding, PlacedFinding, ReportView } from '../../../shared/api/annual-reports.ts';
import {
  addParagraph,
  draftBody,
  editModel,
  paragraphRuns,
  removeParagraph,
  setDocInfo,
  setText,
  withText,
} from './model.ts';

const binding = (start: number, end: number, value = 3): Binding => ({
  id: 'study.sessions',
  value,
  unit: '次',
  label: '学法次数',
  start,
  end,
  records: { type: 'study', ids: [1, 2, 3] },
});

const finding = (section: PlacedFinding['where']['section'], paragraph: number, start = 0, end = 1) =>
  ({
    rule: 'number/impossible',
    severity: 'error',
    message: '不可能的数值',
    line: 1,
    column: 1,
    excerpt: '',
    where: { section, paragraph, start, end },
  }) as PlacedFinding;

const text = '2025年，组织集体学法3次，考试合格率110%。';
const view = {
  draft: {
    orgName: '城关镇',
    issuer: '城关镇人民政府',
    year: 2025,
    title: '标题',
    recipient: '清源县人民政府：',
    opening: '开头',
    sections: [
      {
        key: 'measures',
        heading: '主要举措和成效',
        paragraphs: [
          { kind: 'heading2', text: '（一）学法用法', bindings: [], area: 'study' },
          { kind: 'body', text, bindings: [binding(6, 14)], area: 'study' },
          { kind: 'gap', text: '【待补充】请据实填写。', bindings: [], area: 'publicity' },
        ],
      },
    ],
    signoff: { org: '城关镇人民政府', date: '2026年1月5日' },
    gaps: [],
  },
  findings: [finding('measures', 1, 17, 24), finding('measures', -1), finding('signoff', 1)],
} as unknown as ReportView;

describe('the editor model', () => {
  it('attaches findings to their paragraph, heading or fixed part', () => {
    const m = editModel(view);
    expect(m.sections[0].paragraphs[1].findings).toEqual([0]);
    expect(m.sections[0].headingFindings).toEqual([1]);
    expect(m.parts.signoff).toEqual([2]);
    expect(m.dirty).toBe(false);
  });

  it('keeps a binding while its statement stays, and turns a filled gap into body text', () => {
    const m = editModel(view);
    const p = m.sections[0].paragraphs[1];
    const moved = withText(p, `全年，${text}`);
    expect(moved.bindings[0]).toMatchObject({ start: 9, end: 17 });
    expect(moved.text.slice(9, 17)).toBe('组织集体学法3次');
    expect(withText(p, text.replace('3次', '4次')).bindings).toEqual([]);
    const gap = m.sections[0].paragraphs[2];
    expect(withText(gap, '开展宪法宣传周活动。').kind).toBe('body');
    expect(withText(gap, '【待补充】部分').kind).toBe('gap');
  });

  it('adds, edits and removes paragraphs, keeping findings with their paragraph', () => {
    let m = editModel(view);
    const [h, body] = m.sections[0].paragraphs;
    const added = addParagraph(m, 'measures', h.key);
    m = setText(added.model, 'measures', added.key, '新增一段。');
    expect(m.dirty).toBe(true);
    expect(m.sections[0].paragraphs.map((p) => p.text)).toEqual([
      '（一）学法用法',
      '新增一段。',
      text,
      '【待补充】请据实填写。',
    ]);
    expect(m.sections[0].paragraphs[1].area).toBe('study');
    expect(m.sections[0].paragraphs[2].findings).toEqual([0]);
    m = removeParagraph(m, 'measures', body.key);
    const end = addParagraph(m, 'measures', null).model;
    expect(draftBody(end).sections[0].paragraphs).toEqual([
      { kind: 'heading2', text: '（一）学法用法', area: 'study' },
      { kind: 'body', text: '新增一段。', area: 'study' },
      { kind: 'gap', text: '【待补充】请据实填写。', area: 'publicity' },
    ]);
  });

  it('edits 发文信息 with the paragraphs and sends it trimmed, empty values clearing it', () => {
    expect(editModel(view).docInfo).toEqual({ number: '', cc: [], printer: '' });
    const signed = {
      ...view,
      draft: { ...view.draft, header: { number: '青政发〔2026〕3号', signer: '王伟' } },
    };
    const m = setDocInfo(editModel(signed), { cc: [' 清源县司法局 ', ''], printer: ' 青石镇党政办公室' });
    expect(m.dirty).toBe(true);
    expect(m.docInfo.number).toBe('青政发〔2026〕3号');
    const body = draftBody(m);
    expect(body.header).toEqual({ number: '青政发〔2026〕3号' });
    expect(body.record).toEqual({ cc: ['清源县司法局'], printer: '青石镇党政办公室' });
    expect(draftBody(editModel(view)).header).toEqual({ number: '' });
  });

  it('cuts a paragraph into bound figures and plain text, each cut by the finding marks', () => {
    const runs = paragraphRuns(text, [binding(6, 14)], [{ start: 10, end: 24, index: 0, severity: 'error' }]);
    expect(runs.map((r) => [text.slice(r.start, r.end), r.binding])).toEqual([
      ['2025年，', null],
      ['组织集体学法3次', 0],
      ['，考试合格率110%。', null],
    ]);
    expect(runs[1].segments.map((s) => [s.text, s.severity])).toEqual([
      ['组织集体', null],
      ['学法3次', 'error'],
    ]);
    expect(runs[2].segments.map((s) => [s.text, s.findings])).toEqual([
      ['，考试合格率110%', [0]],
      ['。', []],
    ]);
    // a stale binding beyond the text is ignored
    expect(paragraphRuns('短', [binding(5, 9)], [])).toHaveLength(1);
  });
});
