// The county view as a workbook: 报送情况 (one row per township or street) and 指标对照 (one row per
// indicator; for each township the figure its report states and the ledger's, then the county total).
import ExcelJS from 'exceljs';
import type { CountyOverview } from './county.ts';

const SOURCE_LABELS = { fazhi: '本系统', external: '外部报告' } as const;

export async function countyXlsx(view: CountyOverview): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年度报告汇总';

  const status = wb.addWorksheet('报送情况');
  const statusHeader = [
    '乡镇（街道）',
    '来源',
    '状态',
    '报送期限',
    '报送日期',
    '报送情况',
    '公开期限',
    '公开日期',
    '公开情况',
    '错误',
    '警告',
    '提示',
  ];
  status.addRow(statusHeader);
  status.getRow(1).font = { bold: true };
  for (const i of view.items) {
    status.addRow([
      i.orgName,
      i.source ? SOURCE_LABELS[i.source] : '',
      i.stateLabel,
      i.submitBy,
      i.submittedOn ?? '',
      i.submissionLabel,
      i.publishBy,
      i.publishedOn ?? '',
      i.publicationLabel,
      i.findings?.error ?? '',
      i.findings?.warning ?? '',
      i.findings?.info ?? '',
    ]);
  }
  statusHeader.forEach((label, n) => {
    status.getColumn(n + 1).width = Math.max(10, label.length * 2 + 4);
  });
  status.getColumn(1).width = 16;

  const table = wb.addWorksheet('指标对照');
  const header = ['指标', '单位'];
  for (const c of view.columns) {
    const mark = c.source === 'external' ? '（外部报告）' : '';
    header.push(`${c.orgName}${mark}·报告`, `${c.orgName}·台账`);
  }
  header.push('全县合计·报告', '全县合计·台账');
  table.addRow(header);
  table.getRow(1).font = { bold: true };
  table.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  const differs: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF1F0' } };
  for (const r of view.indicators) {
    const row = table.addRow([
      r.label,
      r.unit,
      ...r.cells.flatMap((c) => [c.stated ?? '', c.ledger ?? '']),
      r.total.stated ?? '',
      r.total.ledger ?? '',
    ]);
    r.cells.forEach((c, n) => {
      if (!c.differs) return;
      row.getCell(3 + n * 2).fill = differs;
      row.getCell(4 + n * 2).fill = differs;
    });
  }
  table.getColumn(1).width = 40;
  table.getColumn(2).width = 8;
  for (let n = 3; n <= header.length; n++) table.getColumn(n).width = 12;
  table.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
