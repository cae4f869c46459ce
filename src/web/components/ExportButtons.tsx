// 导出 XLSX / 导出 CSV for a view the API serves as a file at `<base>.xlsx` and `<base>.csv`, with the
// page's current filters as the query; an error answer is shown as a message, not saved.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../data/client.ts';
import { L } from '../labels.ts';
import { downloadFile } from './download.ts';

type Query = Record<string, string | number | boolean | null | undefined>;

export function ExportButtons({ base, query, name }: { base: string; query: Query; name: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(format);
    try {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) {
        if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v === true ? '1' : String(v));
      }
      const qs = q.toString();
      await downloadFile(`${base}.${format}${qs ? `?${qs}` : ''}`, `${name}.${format}`);
    } catch (error) {
      message.error(errorMessage(error) || L.ledgers.downloadFailed);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space>
      <Button icon={<DownloadOutlined />} loading={busy === 'xlsx'} onClick={() => run('xlsx')}>
        {L.ledgers.export}
      </Button>
      <Button loading={busy === 'csv'} onClick={() => run('csv')}>
        {L.ledgers.exportCsv}
      </Button>
    </Space>
  );
}
