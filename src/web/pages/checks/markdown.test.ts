import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown.ts';

describe('parseMarkdown', () => {
  it('reads the blocks of a rule doc page', () => {
    const md = [
      '# numbering/duplicate 序号重复',
      '',
      '- 类别：numbering（序号）',
      '- 默认级别：warning（警告）',
      '',
      '## 查什么',
      '',
      '同一组序号中',
      '同一个序号出现两次。',
      '',
      '> 与《××镇报告》有 3 处段落雷同',
      '',
      '1. 第一',
      '2. 第二',
      '',
      '```text',
      '一是……<script>alert(1)</script>',
      '',
      '三是……',
      '```',
      '',
      '| 参数 | 默认 |',
      '| ---- | ---: |',
      '| minPassage | 20 |',
    ].join('\n');
    expect(parseMarkdown(md)).toEqual([
      { kind: 'heading', level: 1, text: 'numbering/duplicate 序号重复' },
      { kind: 'list', ordered: false, items: ['类别：numbering（序号）', '默认级别：warning（警告）'] },
      { kind: 'heading', level: 2, text: '查什么' },
      { kind: 'paragraph', text: '同一组序号中同一个序号出现两次。' },
      { kind: 'quote', text: '与《××镇报告》有 3 处段落雷同' },
      { kind: 'list', ordered: true, items: ['第一', '第二'] },
      { kind: 'code', lang: 'text', text: '一是……<script>alert(1)</script>\n\n三是……' },
      { kind: 'table', header: ['参数', '默认'], rows: [['minPassage', '20']] },
    ]);
  });

  it('survives an unclosed fence', () => {
    expect(parseMarkdown('```\nabc')).toEqual([{ kind: 'code', lang: '', text: 'abc' }]);
  });
});

describe('parseInline', () => {
  it('splits strong, code and links', () => {
    expect(parseInline('按**其他单位**比对，见 `fazhi check` 和[文档](https://x)。')).toEqual([
      { kind: 'text', text: '按' },
      { kind: 'strong', text: '其他单位' },
      { kind: 'text', text: '比对，见 ' },
      { kind: 'code', text: 'fazhi check' },
      { kind: 'text', text: ' 和' },
      { kind: 'text', text: '文档' },
      { kind: 'text', text: '。' },
    ]);
  });
});
