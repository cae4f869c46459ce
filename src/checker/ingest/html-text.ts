// From an HTML tree to lines of text, one line per block (paragraph, heading, table row),
// remembering which lines were <h1>…<h6> headings. Used for portal pages and for mammoth's output.

const BLOCK = new Set([
  'P',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'TR',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'SECTION',
  'ARTICLE',
  'BLOCKQUOTE',
  'HEADER',
  'FOOTER',
  'NAV',
  'ASIDE',
  'MAIN',
  'FORM',
  'PRE',
  'DL',
  'DT',
  'DD',
  'FIGURE',
  'FIGCAPTION',
  'CENTER',
  'ADDRESS',
  'HR',
  'CAPTION',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'INPUT',
  'HEAD',
]);
const CELL = new Set(['TD', 'TH']);

export interface HtmlLines {
  lines: string[];
  /** 0-based line index → heading level (1..6). */
  headingLevels: Map<number, number>;
  /** 0-based line indexes of elements carrying class "doc-title". */
  titleLines: number[];
}

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?: (name: string) => string | null;
}

export function htmlToLines(root: NodeLike): HtmlLines {
  const lines: string[] = [];
  const headingLevels = new Map<number, number>();
  const titleLines: number[] = [];
  let buf = '';
  let mark: { level?: number; title?: boolean } = {};
  const flush = () => {
    const t = buf.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t) {
      if (mark.level) headingLevels.set(lines.length, mark.level);
      if (mark.title) titleLines.push(lines.length);
      lines.push(t);
    }
    buf = '';
    mark = {};
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (CELL.has(tag)) buf += ' ';
    const heading = /^H([1-6])$/.exec(tag);
    const cls = node.getAttribute?.('class') ?? '';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (heading || /\bdoc-title\b/.test(cls)) {
      mark = { level: heading ? Number(heading[1]) : mark.level, title: /\bdoc-title\b/.test(cls) };
    }
    if (CELL.has(tag)) {
      // a catalogue cell holding only a key ("索引号") gets its colon, so the row parses as meta
      if (/(?:索引号|发布机构|发文字号|成文日期|发布日期|主题分类|文号|名称|标题)$/.test(buf.trim()))
        buf += '：';
      buf += ' ';
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return { lines, headingLevels, titleLines };
}
