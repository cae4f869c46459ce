// Renders a rule doc page (markdown) as React elements through the tiny reader in markdown.ts.
// Text is always passed as React children, so nothing in the document can inject markup.
import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { type Block, parseInline, parseMarkdown } from './markdown.ts';

function inline(text: string): ReactNode[] {
  return parseInline(text).map((run, i) => {
    const key = `${i}-${run.kind}`;
    if (run.kind === 'strong') return <strong key={key}>{run.text}</strong>;
    if (run.kind === 'code')
      return (
        <Typography.Text key={key} code>
          {run.text}
        </Typography.Text>
      );
    return <span key={key}>{run.text}</span>;
  });
}

function renderBlock(b: Block, key: string): ReactNode {
  switch (b.kind) {
    case 'heading':
      return (
        <Typography.Title key={key} level={Math.min(b.level + 2, 5) as 3 | 4 | 5} style={{ marginTop: 20 }}>
          {inline(b.text)}
        </Typography.Title>
      );
    case 'paragraph':
      return <Typography.Paragraph key={key}>{inline(b.text)}</Typography.Paragraph>;
    case 'quote':
      return (
        <blockquote
          key={key}
          style={{
            margin: '0 0 14px',
            padding: '6px 12px',
            borderLeft: '3px solid #d9d9d9',
            color: '#595959',
          }}
        >
          {inline(b.text)}
        </blockquote>
      );
    case 'list': {
      const List = b.ordered ? 'ol' : 'ul';
      return (
        <List key={key} style={{ paddingLeft: 22, marginBottom: 14 }}>
          {b.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static document, items have no identity
            <li key={i} style={{ marginBottom: 4 }}>
              {inline(item)}
            </li>
          ))}
        </List>
      );
    }
    case 'code':
      return (
        <pre
          key={key}
          style={{
            background: '#f6f8fa',
            border: '1px solid #eaecef',
            borderRadius: 6,
            padding: '10px 12px',
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-all',
            fontSize: 13,
            lineHeight: 1.8,
            marginBottom: 14,
          }}
        >
          {b.text}
        </pre>
      );
    case 'table':
      return (
        <Table<string[]>
          key={key}
          size="small"
          bordered
          pagination={false}
          style={{ marginBottom: 14 }}
          rowKey={(row) => row.join('|')}
          dataSource={b.rows}
          columns={b.header.map((h, c) => ({
            title: inline(h),
            key: String(c),
            render: (_, row) => inline(row[c] ?? ''),
          }))}
        />
      );
  }
}

/** Drops the 类别/默认级别 lines every doc page starts with (the drawer shows them itself). */
function withoutMeta(blocks: Block[]): Block[] {
  const i = blocks.findIndex((b) => b.kind === 'list');
  if (i < 0 || blocks.slice(0, i).some((b) => b.kind === 'heading')) return blocks;
  const list = blocks[i] as Extract<Block, { kind: 'list' }>;
  const items = list.items.filter((t) => !/^(类别|默认级别)：/.test(t));
  const out = [...blocks];
  if (items.length) out[i] = { ...list, items };
  else out.splice(i, 1);
  return out;
}

export function Markdown({
  source,
  skipTitle = false,
  skipMeta = false,
}: {
  source: string;
  skipTitle?: boolean;
  skipMeta?: boolean;
}) {
  let blocks = parseMarkdown(source);
  if (skipTitle && blocks[0]?.kind === 'heading' && blocks[0].level === 1) blocks = blocks.slice(1);
  if (skipMeta) blocks = withoutMeta(blocks);
  return <div className="fazhi-markdown">{blocks.map((b, i) => renderBlock(b, `b${i}`))}</div>;
}
