import { describe, expect, it } from 'vitest';
import { parseDate } from './front-matter.ts';
import { parseReport, parseText } from './index.ts';
import { findEnumerators, matchMarker } from './markers.ts';
import { parseChineseNumber } from './numerals.ts';
import { classifyHeading, classifyNestedHeading } from './sections.ts';

describe('section keys of top-level headings', () => {
  const cases: Array<[string, string[]]> = [
    ['2024年推进法治政府建设的主要举措和成效', ['measures']],
    ['2024 年工作情况', ['measures']],
    ['推进法治政府建设的主要举措及成效', ['measures']],
    ['基本情况', ['measures']],
    ['主要做法', ['measures']],
    ['2024年法治政府建设工作开展情况', ['measures']],
    ['存在的不足', ['shortcomings']],
    ['2024年推进法治政府建设存在的不足', ['shortcomings']],
    ['存在的问题及原因', ['shortcomings', 'reasons']],
    ['存在的困难和问题', ['shortcomings']],
    ['问题产生的原因分析', ['reasons']],
    ['存在的不足和下一步打算', ['shortcomings', 'plans']],
    ['存在的问题及2025年工作安排', ['shortcomings', 'plans']],
    ['党政主要负责人履行推进法治建设第一责任人职责情况', ['leaders']],
    ['2024年主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况', ['leaders']],
    ['主要负责人履职情况', ['leaders']],
    ['党政主要领导履行法治建设职责情况', ['leaders']],
    ['2025年工作打算', ['plans']],
    ['下一步工作计划', ['plans']],
    ['2025年推进法治政府建设的工作思路目标举措', ['plans']],
    ['2025年主要工作举措', ['plans']],
    ['下一年度推进法治政府建设的主要安排', ['plans']],
    ['其他需要报告的情况', []],
    // issue 17: work on last year's problems is part of the measures
    ['上一年度问题整改回头看', ['measures']],
    ['上年度督察反馈问题整改落实情况', ['measures']],
    ['存在的问题及整改措施', ['shortcomings']],
  ];
  it.each(cases)('%s → %j', (text, keys) => {
    expect(classifyHeading(text, 2024).sort()).toEqual([...keys].sort());
  });

  it('reads nested headings only when they are unmistakable', () => {
    expect(classifyNestedHeading('履行推进法治建设第一责任人职责情况')).toEqual(['leaders']);
    expect(classifyNestedHeading('存在的问题')).toEqual(['shortcomings']);
    expect(classifyNestedHeading('下一步工作打算')).toEqual(['plans']);
    expect(classifyNestedHeading('聚焦群众急难愁盼问题')).toEqual([]);
    expect(classifyNestedHeading('制定年度学法计划')).toEqual([]);
    expect(classifyNestedHeading('综合行政执法改革工作情况')).toEqual([]);
  });
});

describe('numbering', () => {
  it('recognises heading markers', () => {
    expect(matchMarker('一、总体情况')).toMatchObject({ style: 'cn-comma', ordinal: 1, level: 1 });
    expect(matchMarker('十二、其他')).toMatchObject({ style: 'cn-comma', ordinal: 12 });
    expect(matchMarker('（三）加强执法')).toMatchObject({
      style: 'cn-paren',
      ordinal: 3,
      level: 2,
      marker: '（三）',
    });
    expect(matchMarker('2. 发挥作用')).toMatchObject({ style: 'arabic-dot', ordinal: 2, length: 3 });
    expect(matchMarker('（8） 强化监督')).toMatchObject({ style: 'arabic-paren', ordinal: 8, length: 4 });
    expect(matchMarker('③落实制度')).toMatchObject({ style: 'circled', ordinal: 3 });
    expect(matchMarker('6.26 国际禁毒日')).toBeNull();
    expect(matchMarker('2024年，全镇')).toBeNull();
    expect(matchMarker('一是加强学习')).toBeNull();
  });

  it('finds 一是/二是 and 首先/其次 enumerators, also after a missing full stop', () => {
    const text = '一是加强学习。二是规范执法，统一是前提；三是强化监督案件四是完善制度';
    expect(findEnumerators(text).map((e) => [e.marker, e.ordinal])).toEqual([
      ['一是', 1],
      ['二是', 2],
      ['三是', 3],
      ['四是', 4],
    ]);
    expect(findEnumerators('首先，统一思想；其次，压实责任；最后，强化考核。').map((e) => e.ordinal)).toEqual(
      [1, 2, 3],
    );
    expect(findEnumerators('打通服务群众最后一公里。')).toEqual([]);
  });

  it('parses Chinese numerals and dates', () => {
    expect(parseChineseNumber('十')).toBe(10);
    expect(parseChineseNumber('二十三')).toBe(23);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('二〇二四')).toBe(2024);
    expect(parseDate('二〇二四年十二月三十日')).toBe('2024-12-30');
    expect(parseDate('2022年1月13日')).toBe('2022-01-13');
    expect(parseDate('2022年13月1日')).toBeNull();
  });
});

describe('front matter and 落款', () => {
  const report = [
    '清溪府〔2025〕3号',
    '中共清溪镇委员会',
    '清溪镇人民政府',
    '关于2024年法治政府建设情况的报告',
    '区委、区政府：',
    '2024年，我镇深入推进法治政府建设，现将有关情况报告如下：',
    '一、2024年工作情况',
    '（一）加强学法。全年组织专题学法8次。',
    '（二）规范执法。一是严格执法程序；二是落实三项制度。',
    '二、存在的不足',
    '干部法治素养有待提升。',
    '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '镇党委书记、镇长带头学法。',
    '四、2025年工作打算',
    '持续深化普法宣传。',
    '中共清溪镇委员会    清溪镇人民政府',
    '二〇二五年一月十日',
    '抄送：区委依法治区办。',
    '清溪镇党政办公室        2025年1月10日印发',
  ].join('\n');
  const r = parseText(report);

  it('finds title, org, year, recipient and signoff', () => {
    expect(r.title).toBe('中共清溪镇委员会 清溪镇人民政府关于2024年法治政府建设情况的报告');
    expect(r.titleAt).toEqual({ line: 2, column: 1 });
    expect(r.org).toBe('清溪镇人民政府');
    expect(r.year).toBe(2024);
    expect(r.recipient).toBe('区委、区政府');
    expect(r.signoff).toEqual({ org: '中共清溪镇委员会 清溪镇人民政府', date: '2025-01-10', line: 16 });
  });

  it('builds the heading tree with keys in force', () => {
    expect(r.sections.map((s) => [s.key, s.line])).toEqual([
      ['measures', 7],
      ['shortcomings', 10],
      ['leaders', 12],
      ['plans', 14],
    ]);
    expect(r.headings.map((h) => h.marker)).toEqual(['一、', '（一）', '（二）', '二、', '三、', '四、']);
    expect(r.headings[1].text).toBe('（一）加强学法');
    const para = r.paragraphs.find((p) => p.text.startsWith('干部法治'));
    expect(para?.keys).toEqual(['shortcomings']);
    expect(r.enumerators.map((e) => e.marker)).toEqual(['一是', '二是']);
    expect(r.enumerators[0].offset).toBe(8);
  });

  it('finds no 落款 when the text just ends', () => {
    const bare = parseText('某镇2024年法治政府建设情况报告\n一、主要举措和成效\n全年开展普法活动20场。');
    expect(bare.signoff).toBeNull();
    expect(bare.org).toBe('某镇');
    expect(bare.year).toBe(2024);
  });

  it('takes the year from the opening paragraph when the title has none', () => {
    const t = parseText('法治政府建设工作情况报告\n2023年，我镇坚持依法行政。\n一、工作情况\n内容。');
    expect(t.year).toBe(2023);
  });
});

describe('measures under thematic top-level headings', () => {
  const report = (headings: string[]) =>
    parseText(
      [
        '青石乡人民政府关于2024年度法治政府建设情况的报告',
        ...headings.flatMap((h) => [h, '正文一段。']),
      ].join('\n'),
    );
  const keys = (headings: string[]) => report(headings).sections.map((s) => `${s.key}@${s.heading}`);

  it.each<[string, string[], string[]]>([
    [
      'themes, then shortcomings and plans',
      [
        '一、健全领导机制，压实工作责任',
        '二、深化普法宣传，营造守法氛围',
        '三、存在的不足',
        '四、下一步工作打算',
      ],
      ['measures@一、健全领导机制，压实工作责任', 'shortcomings@三、存在的不足', 'plans@四、下一步工作打算'],
    ],
    ['themes only', ['一、强化组织保障', '二、规范执法行为'], ['measures@一、强化组织保障']],
    [
      'leaders first, then themes',
      ['一、党政主要负责人履行推进法治建设第一责任人职责情况', '二、完善制度体系', '三、存在的问题'],
      [
        'leaders@一、党政主要负责人履行推进法治建设第一责任人职责情况',
        'measures@二、完善制度体系',
        'shortcomings@三、存在的问题',
      ],
    ],
  ])('%s', (_, headings, expected) => {
    expect(keys(headings)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    [
      'a named measures part stays the only one',
      ['一、主要举措和成效', '二、法治宣传', '三、存在的不足'],
      ['measures@一、主要举措和成效', 'shortcomings@三、存在的不足'],
    ],
    [
      'a theme after the plans is not the measures',
      ['一、存在的不足', '二、下一步工作打算', '三、夯实基层基础'],
      ['shortcomings@一、存在的不足', 'plans@二、下一步工作打算'],
    ],
    ['an "other matters" part is not the measures', ['一、其他需要报告的事项'], []],
  ])('%s', (_, headings, expected) => {
    expect(keys(headings)).toEqual(expected);
  });

  it('gives the paragraphs under the themes the measures key', () => {
    const r = report(['一、强化组织保障', '二、存在的不足']);
    expect(r.paragraphs.map((p) => p.keys.join('+'))).toEqual([
      '',
      'measures',
      'measures',
      'shortcomings',
      'shortcomings',
    ]);
  });
});

// issue 17: titles and organisations on reports seen only as portal copies (our own examples)
describe('titles over two lines and organisations from the body', () => {
  it.each([
    ['松岭镇2025年法治政府建设\n年度报告', '松岭镇2025年法治政府建设年度报告'],
    ['关于松岭镇2025年法治政府\n建设情况的报告', '关于松岭镇2025年法治政府建设情况的报告'],
    [
      '松岭镇人民政府\n关于2025年度法治政府建设的情况报告',
      '松岭镇人民政府关于2025年度法治政府建设的情况报告',
    ],
  ])('joins a title broken over lines: %s', (head, title) => {
    const r = parseText(`${head}\n2025年，松岭镇坚持依法行政。\n一、主要举措和成效\n全年开展学法4次。`);
    expect(r.title).toBe(title);
    expect(r.year).toBe(2025);
  });

  it('splits a title glued to the 主送 line', () => {
    const r = parseText('松岭镇2025年法治政府建设情况报告县委、县政府：\n2025年，我镇坚持依法行政。');
    expect(r.title).toBe('松岭镇2025年法治政府建设情况报告');
    expect(r.recipient).toBe('县委、县政府');
  });

  it('tidies the spaces a PDF puts in a title', () => {
    const r = parseReport({
      file: 'x.pdf',
      format: 'pdf',
      meta: {},
      text: '松岭乡 2025 年度法治政府建设报告\n正文。',
    });
    expect(r.title).toBe('松岭乡2025年度法治政府建设报告');
  });

  it.each([
    ['2025年，云溪街道坚持以法治思想为指导，扎实推进依法行政。', '云溪街道'],
    ['今年以来，松岭镇党委、政府高度重视法治建设。', '松岭镇'],
    ['2025年，松岭乡法治政府建设工作在县委的领导下稳步推进。', '松岭乡'],
    ['在新的一年里，云溪街道办事处坚持依法行政。', '云溪街道办事处'],
    ['2025年，松岭镇人民政府深入贯彻依法行政要求。', '松岭镇人民政府'],
  ])('reads the organisation from the opening sentence: %s', (opening, org) => {
    const r = parseText(`县委、县政府：\n${opening}\n一、主要举措和成效\n全年开展学法4次。`);
    expect(r.org).toBe(org);
  });

  it('reads no organisation from a clause deep in the body', () => {
    const r = parseText('一、主要工作\n将法治思想纳入镇党委理论学习中心组学习计划，全年学法12次。');
    expect(r.org).toBeNull();
  });

  it('takes the title from a catalogue table when the page prints none', () => {
    const r = parseText(
      '| 标题:中共松岭镇委员会 松岭镇人民政府关于2025年度法治政府建设情况的报告 | |\n2025年，松岭镇坚持依法行政。',
    );
    expect(r.title).toBe('中共松岭镇委员会 松岭镇人民政府关于2025年度法治政府建设情况的报告');
    expect(r.year).toBe(2025);
  });

  it('does not take 我乡 or 全镇 for a name', () => {
    expect(parseText('2025年，我乡坚持依法行政。\n一、主要举措和成效\n全镇开展学法4次。').org).toBeNull();
  });

  it('reads a short organisation from the 落款', () => {
    const r = parseText(
      '关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n全年开展学法4次。\n云溪街道\n2026年1月8日',
    );
    expect(r.org).toBe('云溪街道');
  });

  it('takes the township named after 关于 in the title', () => {
    expect(parseText('关于松岭镇2025年法治政府建设情况的报告\n正文。').org).toBe('松岭镇');
  });
});

// issue 17: an organ's short name, and list numbers masked on a scraper copy (our own examples)
describe('short organ names and masked list numbers', () => {
  it.each([
    [
      '关于2025年度法治政府建设情况的报告\n一、主要举措和成效\n全年学法4次。\n青禾乡政府\n2026年1月9日',
      '青禾乡人民政府',
    ],
    [
      '关于2025年度法治政府建设情况的报告\n2025年，白沙街道办始终坚持依法行政。\n一、主要举措和成效\n全年学法4次。',
      '白沙街道办事处',
    ],
    [
      '关于2025年度法治政府建设情况的报告\n2025年，青禾镇政府认真落实法治建设责任。\n一、主要举措和成效\n全年学法4次。',
      '青禾镇人民政府',
    ],
  ])('writes the short name out in full: %s', (text, org) => {
    expect(parseText(text).org).toBe(org);
  });

  it('takes a heading whose list number is masked for a heading of its form, with no ordinal', () => {
    const r = parseText(
      '青禾乡2025年法治政府建设年度报告\n*、主要举措和成效\n（*）压实领导责任\n全年学法4次。\n（*）规范执法行为\n全年检查9次。\n**、存在的不足\n执法力量薄弱。',
    );
    const headings = r.paragraphs.flatMap((p) => (p.heading ? [p.heading] : []));
    expect(headings.map((h) => [h.text, h.level, h.ordinal])).toEqual([
      ['*、主要举措和成效', 1, null],
      ['（*）压实领导责任', 2, null],
      ['（*）规范执法行为', 2, null],
      ['**、存在的不足', 1, null],
    ]);
    expect(headings[3].keys).toContain('shortcomings');
  });

  it('reads a masked number before a full stop as an item heading, not a decimal', () => {
    const r = parseText(
      '青禾乡2025年法治政府建设年度报告\n一、主要举措和成效\n*.健全制度体系\n全年制发规范性文件2件。',
    );
    expect(r.paragraphs.find((p) => p.heading?.marker === '*.')?.heading?.level).toBe(3);
  });
});
