// 报告体检: drop one or many annual reports; one report opens with its text, findings, outline and
// figures; a batch opens as a comparison table with the passages copied between reports.
// Files go to POST /api/checks in one multipart request and are not stored.
import { ArrowLeftOutlined, FileSearchOutlined, InboxOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Empty, Input, Space, Spin, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { CheckResponse } from '../../../shared/api/checks.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { BatchView } from './BatchView.tsx';
import { ReportView } from './ReportView.tsx';

const T = L.checker;
const ACCEPT = '.txt,.html,.htm,.docx,.pdf,.md';

function checkFiles(files: File[]): Promise<CheckResponse> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  return api.post<CheckResponse>('/api/checks?text=1', form);
}

export default function CheckerPage() {
  const [opened, setOpened] = useState<number | null>(null);
  const [count, setCount] = useState(0);
  const [pasted, setPasted] = useState('');
  const check = useMutation({ mutationFn: checkFiles, onMutate: () => setOpened(null) });
  const data = check.data;
  const single = data?.results.length === 1 ? data.results[0] : null;

  const dropper = (
    <Upload.Dragger
      accept={ACCEPT}
      multiple
      showUploadList={false}
      disabled={check.isPending}
      // Every file of one drop or selection is offered here in turn; send them all at once.
      beforeUpload={(file, list) => {
        if (file.uid === list[0]?.uid) {
          setCount(list.length);
          check.mutate(list as File[]);
        }
        return Upload.LIST_IGNORE;
      }}
      style={{ background: '#fafcff' }}
    >
      {data ? (
        <div
          data-testid="checker-drop"
          style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 12 }}
        >
          <FileSearchOutlined style={{ fontSize: 28, color: '#1f4e9c' }} />
          <div style={{ textAlign: 'left' }}>
            <div style={{ fontSize: 15 }}>{T.again}</div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {T.dropHint}
            </Typography.Text>
          </div>
        </div>
      ) : (
        <div data-testid="checker-drop" style={{ padding: '18px 0' }}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{T.dropTitle}</p>
          <p className="ant-upload-hint">{T.dropHint}</p>
        </div>
      )}
    </Upload.Dragger>
  );

  return (
    <PageContainer title={T.title} subTitle={T.subtitle}>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <ProCard bordered bodyStyle={{ padding: data ? 12 : 16 }}>
          <Tabs
            size="small"
            items={[
              { key: 'file', label: T.fileTab, children: dropper },
              {
                key: 'paste',
                label: T.pasteTab,
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Input.TextArea
                      value={pasted}
                      onChange={(e) => setPasted(e.target.value)}
                      placeholder={T.pastePlaceholder}
                      autoSize={{ minRows: 6, maxRows: 16 }}
                      data-testid="checker-paste"
                    />
                    <Button
                      type="primary"
                      disabled={pasted.trim() === '' || check.isPending}
                      onClick={() => {
                        setCount(1);
                        // the pasted text goes as a UTF-8 .txt file, the same path as an upload
                        check.mutate([new File([pasted], T.pasteName, { type: 'text/plain' })]);
                      }}
                      data-testid="checker-paste-run"
                    >
                      {T.pasteRun}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </ProCard>

        {check.isError && <Alert type="error" showIcon message={errorMessage(check.error)} />}

        {check.isPending && (
          <ProCard bordered>
            <div style={{ textAlign: 'center', padding: 48 }}>
              <Spin size="large" />
              <div style={{ marginTop: 16 }}>
                <Typography.Text type="secondary">{T.checking(count)}</Typography.Text>
              </div>
            </div>
          </ProCard>
        )}

        {!check.isPending && !data && !check.isError && (
          <ProCard bordered>
            <Empty description={T.emptyHint} />
          </ProCard>
        )}

        {!check.isPending && single && <ReportView result={single} />}

        {!check.isPending && data && !single && opened === null && (
          <BatchView results={data.results} pairs={data.pairs} onOpen={setOpened} />
        )}

        {!check.isPending && data && !single && opened !== null && (
          <>
            <div>
              <Button icon={<ArrowLeftOutlined />} onClick={() => setOpened(null)}>
                {T.batch.back}
              </Button>
            </div>
            <ReportView key={opened} result={data.results[opened]} />
          </>
        )}
      </Space>
    </PageContainer>
  );
}
