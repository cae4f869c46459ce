import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from './normalize/line-index.ts';
import { normalize, shouldJoin } from './normalize.ts';
import type { SourceDoc } from './types.ts';

const doc = (text: string, format: SourceDoc['format'] = 'txt'): SourceDoc => ({
  file: 't.txt',
  format,
  text,
  meta: {},
});
const texts = (text: string) => normalize(doc(text)).paragraphs.map((p) => p.text);

describe('portal chrome', () => {
  it('drops breadcrumbs, toolbars, share buttons, counters and footers', () => {
    const page = [
      '当前位置：首页 > 政务公开 > 法治政府建设',
      '首页 > 信息公开 > 工作报告',
      '语音播报',
      '【字体：大 中 小】',
      '发布时间：2025-01-08 浏览次数:76 【字体：大 中 小】',
      '清溪镇2024年法治政府建设情况报告',
      '全年开展法治宣传活动12场。',
      '扫一扫在手机打开当前页',
      '分享到：微信 微博 QQ空间',
      '【打印本页】 【关闭窗口】',
      '返回顶部',
      '版权所有：某县人民政府办公室 渝ICP备00000000号',
      '网站标识码：5000000001',
    ].join('\n');
    const r = normalize(doc(page));
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '清溪镇2024年法治政府建设情况报告',
      '全年开展法治宣传活动12场。',
    ]);
    expect(r.meta['发布时间']).toBe('2025-01-08');
    expect(r.changes.every((c) => c.kind === 'web-chrome')).toBe(true);
    expect(r.changes.length).toBeGreaterThanOrEqual(11);
  });

  it('keeps the catalogue line as metadata', () => {
    const r = normalize(
      doc('索引号：115002/2025-00012 发布机构：清溪镇人民政府 成文日期：2024-12-30\n正文第一段。'),
    );
    expect(r.meta).toMatchObject({
      索引号: '115002/2025-00012',
      发布机构: '清溪镇人民政府',
      成文日期: '2024-12-30',
    });
    expect(r.changes[0]).toMatchObject({ kind: 'web-chrome', detail: 'meta' });
    expect(r.paragraphs.map((p) => p.text)).toEqual(['正文第一段。']);
  });

  it.each([
    [
      'bracketed keys',
      '[ 索引号 ] 11500/2026-00004 [ 发文字号 ]\n[ 发布机构 ] 清溪镇人民政府 [ 成文日期 ] 2026-01-20',
    ],
    [
      'bracketed keys without spaces',
      '[ 索引号 ]11500/2026-00004 [ 发文字号 ] [ 发布机构 ]清溪镇人民政府 [ 成文日期 ]2026-01-20',
    ],
    ['full-width brackets', '【索引号】11500/2026-00004\n【发布机构】清溪镇人民政府【成文日期】2026-01-20'],
  ])('keeps a catalogue printed with %s as metadata, apart from the title below it', (_, catalogue) => {
    const r = normalize(doc(`${catalogue}\n\n清溪镇人民政府2025年法治政府建设情况报告\n\n全年开展学法4次。`));
    expect(r.meta).toMatchObject({
      索引号: '11500/2026-00004',
      发布机构: '清溪镇人民政府',
      成文日期: '2026-01-20',
    });
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '清溪镇人民政府2025年法治政府建设情况报告',
      '全年开展学法4次。',
    ]);
  });

  it('drops the read-aloud toolbar and a lone date line', () => {
    const r = normalize(
      doc(
        '日期：2026-02-09\n语音播报\n语音合成中，请耐心等待...\n进入播报模式\n退出播报模式\n全年开展学法4次。',
      ),
    );
    expect(r.paragraphs.map((p) => p.text)).toEqual(['全年开展学法4次。']);
  });

  it('does not take a bracketed word in prose for a catalogue key', () => {
    const r = normalize(doc('[ 备注 ] 全年开展学法4次。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['[ 备注 ] 全年开展学法4次。']);
  });

  it('removes inline chrome from a line with other text and maps positions around it', () => {
    const r = normalize(doc('来自清溪镇 语音播报 的报告。'));
    expect(r.paragraphs[0].text).toBe('来自清溪镇  的报告。');
    expect(r.paragraphs[0].pos(6)).toEqual({ line: 1, column: 11 });
  });

  it('does not take prose that mentions a toolbar word for chrome', () => {
    const prose =
      '镇政府门户网站设置语音播报和适老化功能，方便群众查阅法治政府建设年度报告等信息，全年更新信息120条。';
    expect(texts(prose)).toHaveLength(1);
  });

  it('drops page numbers', () => {
    const r = normalize(doc('第一段。\n— 3 —\n- 4 -\n第5页\n第 6 页 共 9 页\n第二段。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['第一段。', '第二段。']);
    expect(r.changes.map((c) => c.kind)).toEqual(Array(4).fill('page-artifact'));
  });
});

describe('broken lines', () => {
  it('rejoins a sentence broken across lines, also across a blank line and a page number', () => {
    const text = [
      '全年组织机关干部集中学法六次，邀请律师开展专题讲座，进一步提升了干部',
      '',
      '依法行政的意识和能力。',
      '镇综合行政执法大队依法查处违法建设、占道经营等行为，全年共办理案件二十',
      '— 2 —',
      '三件，未发生行政复议和行政诉讼。',
    ].join('\n');
    const r = normalize(doc(text));
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '全年组织机关干部集中学法六次，邀请律师开展专题讲座，进一步提升了干部依法行政的意识和能力。',
      '镇综合行政执法大队依法查处违法建设、占道经营等行为，全年共办理案件二十三件，未发生行政复议和行政诉讼。',
    ]);
    const broken = r.changes.filter((c) => c.kind === 'broken-line');
    expect(broken).toHaveLength(2);
    expect(broken[0].at).toEqual({ line: 1, column: 34 });
    expect(broken[0].excerpt).toContain('干部依法行政');
  });

  it('never joins a heading into a paragraph, nor a paragraph ending in 、 into the next heading', () => {
    const text = [
      '一、主要举措和成效',
      '（一）加强学法用法',
      '依法向社会公开执法主体、执法依据、执法程序、监督办法、',
      '（二）规范行政执法行为',
      '健全行政执法公示制度，规范执法行为',
      '（三）深化普法宣传',
      '二、存在的问题',
      '关于2024年法治政府建设情况的报告',
      '清溪镇人民政府',
      '2025年1月10日',
    ].join('\n');
    expect(texts(text)).toEqual(text.split('\n'));
    expect(normalize(doc(text)).changes).toEqual([]);
  });

  it('keeps short title lines and layout lines apart', () => {
    expect(shouldJoin('中共清溪镇委员会', '清溪镇人民政府', false)).toBe(false);
    expect(shouldJoin('清溪府〔2025〕3号      签发人：张三', '关于2024年法治政府建设情况的报告', true)).toBe(
      false,
    );
    expect(
      shouldJoin(
        '区委、区政府高度重视，镇党委多次专题研究部署全镇法治建设，',
        '推动各项工作落地见效。',
        false,
      ),
    ).toBe(true);
  });
});

describe('markup residue', () => {
  it('removes Markdown emphasis, heading marks, HTML tags and entities, recording each', () => {
    const r = normalize(doc('## 一、主要举措\n现将**法治政府**建设情况<br/>报告&nbsp;如下：'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['一、主要举措', '现将法治政府建设情况报告 如下：']);
    const residue = r.changes.filter((c) => c.kind === 'markup-residue');
    expect(residue.map((c) => c.detail)).toEqual(['##', '**', '**', '<br/>', '&nbsp;']);
    expect(residue[1].excerpt).toContain('**');
    expect(residue[1].at).toEqual({ line: 2, column: 3 });
  });

  it('treats Markdown syntax of a .md file as format, not residue', () => {
    const r = normalize(doc('# 报告\n**加粗**的文字。', 'md'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['报告', '加粗的文字。']);
    expect(r.changes).toEqual([]);
  });
});

// ---- the position mapping: every kept character points at itself in the original ----

const chunk = fc.oneof(
  fc.constantFrom(
    '一、主要举措和成效',
    '（一）加强学法',
    '全年开展法治宣传活动12场，',
    '发放资料3000余份。',
    '**',
    '语音播报',
    '当前位置：首页 > 政务公开',
    '— 3 —',
    '&nbsp;',
    '<br>',
    '索引号：001/2025 发布机构：清溪镇',
    '　　',
    '\t',
    ' ',
    '\n',
    '\r\n',
    '\n\n',
    '\r',
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[一二三四五六七八九十是，。、；：“”（）《》\u4e00-\u4e20a-z0-9 ]{0,30}$/),
);
const inputText = fc.array(chunk, { maxLength: 40 }).map((parts) => parts.join(''));

describe('position mapping (property)', () => {
  it('maps every character of every paragraph back to the same character of the original', () => {
    fc.assert(
      fc.property(inputText, (text) => {
        const r = normalize(doc(text));
        const index = LineIndex.of(text);
        for (const p of r.paragraphs) {
          expect(p.offsets.length).toBe(p.text.length);
          for (let i = 0; i < p.text.length; i++) {
            const pos = p.pos(i);
            expect(pos).toEqual(index.position(p.offsets[i]));
            const original = text[index.offset(pos)];
            // entities are decoded and broken Latin words get a space: everything else is a copy
            if (original !== '&' && p.text[i] !== ' ') expect(original).toBe(p.text[i]);
          }
          expect(p.pos(0)).toEqual({ line: p.line, column: p.column });
        }
      }),
      { numRuns: 800 },
    );
  });

  it('positions of changes lie inside the original text', () => {
    fc.assert(
      fc.property(inputText, (text) => {
        const lines = text.split(/\r\n|\n|\r/);
        for (const c of normalize(doc(text)).changes) {
          expect(c.at.line).toBeGreaterThanOrEqual(1);
          expect(c.at.line).toBeLessThanOrEqual(lines.length);
          expect(c.at.column).toBeGreaterThanOrEqual(1);
          expect(c.at.column).toBeLessThanOrEqual(lines[c.at.line - 1].length + 1);
        }
      }),
      { numRuns: 800 },
    );
  });
});

// issue 17: layouts seen on portal copies of township reports (examples in our own words)
describe('catalogue blocks in every layout', () => {
  it.each([
    ['a bullet list', '• 公开方式：主动公开\n• 发布日期：2025-12-22\n• 发布机构：松岭镇人民政府'],
    ['a dash list', '- 效力状态：有效\n- 发布日期：2025-12-22\n- 发布机构：松岭镇人民政府'],
    ['a dash list with brackets', '- [ 发布机构 ] 松岭镇人民政府\n- [ 发布日期 ] 2025-12-22'],
    [
      'a pipe table',
      '索引号 | 11520-2025-0007 | 发布日期 | 2025-12-22 |\n| 发布机构 | 松岭镇人民政府 | 文号 | |',
    ],
    ['a Markdown table', '| 发布机构 | 松岭镇人民政府 |\n| --- | --- |\n| 发布日期 | 2025-12-22 |'],
    ['keys glued to values', '-\n发布机构松岭镇人民政府\n-\n发布日期2025-12-22\n-\n时效性有效'],
    [
      'a table of bracketed keys',
      '| [ 索引号 ] | 1150/2026-9 | [ 发文字号 ] | 无 |\n| [ 发布机构 ] | 松岭镇人民政府 | [ 有效性 ] | |',
    ],
    [
      'a table of key：value cells',
      '| 索引号:0001/2026-2 | |\n| 发文机关:松岭镇人民政府 | 发布日期:2025-12-22 |',
    ],
  ])('keeps %s as metadata, apart from the title', (_, block) => {
    const r = normalize(doc(`${block}\n松岭镇2025年法治政府建设年度报告\n全年开展学法4次。`));
    expect(r.meta['发布机构'] ?? r.meta['发布日期']).toBeTruthy();
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '松岭镇2025年法治政府建设年度报告',
      '全年开展学法4次。',
    ]);
  });

  it('leaves a table of figures alone', () => {
    expect(texts('| 项目 | 数量 |\n| 调解纠纷 | 12件 |')).toEqual(['| 项目 | 数量 |', '| 调解纠纷 | 12件 |']);
  });
});

describe('chrome variants', () => {
  it.each([
    ['字体大小：【大】【中】【小】'],
    ['【打印】 【字体:'],
    ['字号：[大][中][小]  无障碍 简体|繁体'],
    ['无障碍 简体 | 繁体'],
    ['今天是：2019年10月31日 星期四'],
    ['2020年3月2日 星期一'],
    ['您所在的位置：首页 > 政务公开'],
    ['您现在所在的位置 : 首页 &gt; 信息公开 &gt; 年度报告'],
    ['当前位置：首页>>法治政府'],
    ['首页 | 政务公开 | 法定主动公开内容'],
    ['网站首页 / 信息公开 / 年度报告'],
  ])('drops %s as chrome, not as markup residue', (line) => {
    const r = normalize(doc(`${line}\n正文第一段。`));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['正文第一段。']);
    expect(r.changes.map((c) => c.kind)).toEqual(['web-chrome']);
  });

  it('drops a font-size picker split over lines', () => {
    const r = normalize(doc('标题行报告\n大\n中\n小\n正文第一段。'));
    expect(r.paragraphs.map((p) => p.text)).toEqual(['标题行报告', '正文第一段。']);
  });

  it('keeps a date in prose and a signing date', () => {
    expect(texts('2025年3月2日，镇党委召开专题会议。\n松岭镇人民政府\n2026年1月5日')).toHaveLength(3);
  });
});

describe('masked digits', () => {
  it.each([
    ['****年，松岭镇坚持依法行政。', '****年'],
    ['20**年**月**日', '20**年'],
    ['*.加强组织领导', '*.'],
    ['*、完善制度建设', '*、'],
  ])('keeps %s as written and notes it as masked', (line, kept) => {
    const r = normalize(doc(line));
    expect(r.paragraphs[0].text).toContain(kept);
    expect(r.changes.some((c) => c.kind === 'masked-value')).toBe(true);
    expect(r.changes.some((c) => c.kind === 'markup-residue')).toBe(false);
  });

  it('still removes emphasis around digits', () => {
    const r = normalize(doc('全年调解**12**件纠纷。'));
    expect(r.paragraphs[0].text).toBe('全年调解12件纠纷。');
    expect(r.changes.every((c) => c.kind === 'markup-residue')).toBe(true);
  });
});

describe('PDF spacing', () => {
  it('removes the spaces PDF extraction puts between CJK and digits', () => {
    const r = normalize(doc('松岭乡 2025 年度法治政府建设报告\n全年召开 3 次专题会议。', 'pdf'));
    expect(r.paragraphs.map((p) => p.text)).toEqual([
      '松岭乡2025年度法治政府建设报告',
      '全年召开3次专题会议。',
    ]);
  });
});
