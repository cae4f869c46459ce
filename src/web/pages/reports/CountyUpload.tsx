// 上传外部报告: the report of a township that does not use Fazhi (Word/PDF/TXT), checked on upload;
// the modal then shows what the checker found and which figures it read.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, DatePicker, Descriptions, Form, Modal, Select, Space, Tag, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CountyItem, UploadResult } from '../../../shared/api/county.ts';
import { ApiError, api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { formatMetric, indicatorLabel } from '../checks/figures.ts';
import { SEVERITIES, SEVERITY_COLOR } from '../checks/severity.ts';

const T = L.countyReports.uploadForm;
const S = L.countyReports.status;

interface Values {
  orgId: number;
  submittedOn?: Dayjs;
  publishedOn?: Dayjs;
}

export function CountyUpload({
  year,
  items,
  initialOrg,
  onClose,
  onDone,
}: {
  year: number;
  items: CountyItem[];
  initialOrg: number | null;
  onClose(): void;
  onDone(): void;
}) {
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<UploadResult | null>(null);
  // A township that writes its report in Fazhi needs no external one.
  const options = items
    .filter((i) => i.source !== 'fazhi')
    .map((i) => ({
      value: i.orgId,
      label: i.source === 'external' ? `${i.orgName}（${L.countyReports.external}）` : i.orgName,
    }));

  const submit = async () => {
    const values = await form.validateFields();
    const file = files[0]?.originFileObj;
    if (!file) {
      setError(T.fileRequired);
      return;
    }
    const body = new FormData();
    if (values.submittedOn) body.append('submittedOn', values.submittedOn.format('YYYY-MM-DD'));
    if (values.publishedOn) body.append('publishedOn', values.publishedOn.format('YYYY-MM-DD'));
    body.append('file', file, file.name);
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<UploadResult>(
        `/api/annual-reports/county/external/${values.orgId}/${year}`,
        body,
      );
      setResult(r);
      onDone();
    } catch (e) {
      if (e instanceof ApiError && Object.keys(e.fields).length) {
        form.setFields(
          Object.entries(e.fields).map(([name, msg]) => ({ name: name as keyof Values, errors: [msg] })),
        );
      }
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={`${T.title}（${L.countyReports.yearValue(year)}）`}
      okText={result ? L.common.ok : T.submit}
      cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
      confirmLoading={busy}
      okButtonProps={!result && options.length === 0 ? { disabled: true } : undefined}
      onOk={result ? onClose : submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {result ? (
        <div data-testid="county-upload-result">
          <Alert type="success" showIcon message={T.done(result.orgName)} style={{ marginBottom: 16 }} />
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={T.file}>{result.fileName}</Descriptions.Item>
            <Descriptions.Item label={T.submittedOn}>{result.submittedOn}</Descriptions.Item>
            <Descriptions.Item label={T.result}>
              <Space size={4} wrap>
                {SEVERITIES.map((s) => (
                  <Tag key={s} bordered={false} color={result.counts[s] ? SEVERITY_COLOR[s].tag : 'default'}>
                    {S[s]} {result.counts[s]}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={T.figures}>
              {result.metrics.length === 0 ? (
                <Typography.Text type="secondary">{T.noFigures}</Typography.Text>
              ) : (
                <div style={{ maxHeight: 200, overflowY: 'auto' }}>
                  {result.metrics.map((m) => (
                    <div key={`${m.id}-${m.line}-${m.quote}`}>
                      {indicatorLabel(m.id)}：<Typography.Text strong>{formatMetric(m)}</Typography.Text>
                    </div>
                  ))}
                </div>
              )}
            </Descriptions.Item>
            <Descriptions.Item label={T.findings}>
              <div style={{ maxHeight: 220, overflowY: 'auto' }}>
                {result.findings.length === 0 && (
                  <Typography.Text type="secondary">{T.noFindings}</Typography.Text>
                )}
                {result.findings.map((f) => (
                  <div key={`${f.rule}-${f.line}-${f.column}`} style={{ marginBottom: 4 }}>
                    <Tag bordered={false} color={SEVERITY_COLOR[f.severity].tag}>
                      {S[f.severity]}
                    </Tag>
                    {f.message}
                  </div>
                ))}
              </div>
            </Descriptions.Item>
          </Descriptions>
        </div>
      ) : (
        <Form<Values> form={form} layout="vertical" initialValues={{ orgId: initialOrg ?? undefined }}>
          <Typography.Paragraph type="secondary">{T.intro}</Typography.Paragraph>
          {options.length === 0 && (
            <Alert type="info" showIcon message={T.noneToUpload} style={{ marginBottom: 16 }} />
          )}
          <Form.Item name="orgId" label={T.org} rules={[{ required: true, message: T.orgRequired }]}>
            <Select options={options} placeholder={T.orgRequired} />
          </Form.Item>
          <Form.Item label={T.file} required>
            <Upload.Dragger
              accept=".docx,.pdf,.txt"
              maxCount={1}
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList.slice(-1))}
              data-testid="county-upload-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{T.drag}</p>
              <p className="ant-upload-hint">{T.dragHint}</p>
            </Upload.Dragger>
          </Form.Item>
          <Space size={16} wrap>
            <Form.Item name="submittedOn" label={T.submittedOn} extra={T.submittedOnHint}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="publishedOn" label={T.publishedOn}>
              <DatePicker />
            </Form.Item>
          </Space>
          {error && <Alert type="error" showIcon message={error} data-testid="county-upload-error" />}
        </Form>
      )}
    </Modal>
  );
}
