// A clean A4 print of what a page shows (a record with its history, the board, a ledger list as
// filtered): a sheet rendered into <body> beside the workbench, hidden on screen and alone on paper
// (print.css). The page's 打印 button calls window.print(); the browser's own dialog prints or saves
// a PDF.
import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

export const PRINT_TEXT = {
  print: '打印',
  printedBy: (name: string, day: string) => `打印人：${name}　打印日期：${day}`,
  none: '无',
  total: (n: number) => `共 ${n} 条`,
} as const;

export function PrintSheet({
  title,
  meta = [],
  foot,
  children,
}: {
  title: string;
  /** Lines under the title: the organisation, the filter, what the sheet holds. */
  meta?: string[];
  foot?: string;
  children: ReactNode;
}) {
  return createPortal(
    <div className="fz-print-root" data-testid="print-sheet">
      <h1>{title}</h1>
      {meta.map((line) => (
        <p key={line} className="fz-print-meta">
          {line}
        </p>
      ))}
      {children}
      {foot && <p className="fz-print-foot">{foot}</p>}
    </div>,
    document.body,
  );
}

/** A plain table for the sheet: a header row and rows of cells. */
export function PrintTable({
  head,
  rows,
  nowrap = [],
}: {
  head: string[];
  rows: ReactNode[][];
  /** Columns kept on one line (dates, times, short names). */
  nowrap?: number[];
}) {
  if (rows.length === 0) return <p className="fz-print-empty">{PRINT_TEXT.none}</p>;
  return (
    <table>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are printed as given, never reordered
          <tr key={i}>
            {cells.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed header
              <td key={j} className={nowrap.includes(j) ? 'fz-print-nowrap' : undefined}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Label/value pairs, two pairs a row (a wide value takes the whole row). */
export function PrintFields({
  items,
}: {
  items: Array<{ label: string; value: ReactNode; wide?: boolean }>;
}) {
  const rows: ReactNode[] = [];
  let pending: typeof items = [];
  const flush = () => {
    if (pending.length === 0) return;
    const [a, b] = pending;
    rows.push(
      <tr key={rows.length}>
        <td className="fz-print-label">{a?.label}</td>
        <td colSpan={b ? 1 : 3}>{a?.value}</td>
        {b && <td className="fz-print-label">{b.label}</td>}
        {b && <td>{b.value}</td>}
      </tr>,
    );
    pending = [];
  };
  for (const item of items) {
    if (item.wide) {
      flush();
      rows.push(
        <tr key={rows.length}>
          <td className="fz-print-label">{item.label}</td>
          <td colSpan={3}>{item.value}</td>
        </tr>,
      );
      continue;
    }
    pending.push(item);
    if (pending.length === 2) flush();
  }
  flush();
  return (
    <table>
      <tbody>{rows}</tbody>
    </table>
  );
}

/** The page's 打印 button (hidden on paper with the rest of the workbench). */
export function PrintButton({ onClick, loading }: { onClick?: () => void; loading?: boolean }) {
  return (
    <Button
      icon={<PrinterOutlined />}
      loading={loading}
      onClick={onClick ?? (() => window.print())}
      data-testid="print-button"
    >
      {PRINT_TEXT.print}
    </Button>
  );
}
