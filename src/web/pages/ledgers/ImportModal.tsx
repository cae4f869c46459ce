// XLSX import of a record type: download the template, upload the filled file, and see either how
// many records were imported or every error by row and column (nothing is imported then).
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import type {
  ImportError,
  ImportResult,
  LedgerManifest,
  RecordTypeManifest,
} from '../../../shared/api/ledgers.ts';
import { downloadFile } from '../../components/download.ts';
import { ApiError, api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { ledgerPath } from './api.ts';

const T = L.ledgers;

type Outcome = { ok: true; imported: number } | { ok: false; message: string; errors: ImportError[] };

export function ImportModal(props: {
  ledger: LedgerManifest;
  rt: RecordTypeManifest;
  onClose: () => void;
  onImported: () => void;
}) {
  const { ledger, rt } = props;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const base = ledgerPath(ledger.kind, rt.type);

  const template = async () => {
    try {
      await downloadFile(`${base}/template.xlsx`, `${rt.label}导入模板.xlsx`);
    } catch (error) {
      message.error(errorMessage(error) || T.downloadFailed);
    }
  };

  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const body = new FormData();
      body.append('file', file);
      const r = await api.post<ImportResult>(`${base}/import`, body);
      setOutcome({ ok: true, imported: r.imported });
      props.onImported();
    } catch (error) {
      const errors =
        error instanceof ApiError && Array.isArray(error.details.errors)
          ? (error.details.errors as ImportError[])
          : [];
      setOutcome({ ok: false, message: errorMessage(error), errors });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={T.importTitle(rt.label)}
      width={720}
      onCancel={props.onClose}
      footer={<Button onClick={props.onClose}>{L.common.close}</Button>}
      destroyOnHidden
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={T.importRule} />
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{T.importStep1}</Typography.Paragraph>
          <Button icon={<DownloadOutlined />} onClick={template}>
            {T.downloadTemplate}
          </Button>
        </div>
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{T.importStep2}</Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{busy ? T.importing : T.chooseFile}</p>
          </Upload.Dragger>
        </div>
        {outcome?.ok && <Alert type="success" showIcon message={T.imported(outcome.imported)} />}
        {outcome && !outcome.ok && (
          <>
            <Alert
              type="error"
              showIcon
              message={T.importFailed}
              description={
                outcome.errors.length > 0 ? T.importErrors(outcome.errors.length) : outcome.message
              }
            />
            {outcome.errors.length > 0 && (
              <Table<ImportError>
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                dataSource={outcome.errors}
                pagination={outcome.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                columns={[
                  { title: T.row, dataIndex: 'row', width: 90, render: (n: number) => T.rowN(n) },
                  { title: T.column, dataIndex: 'column', width: 180 },
                  { title: T.problem, dataIndex: 'message' },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
