// A linked record the user reads only through the link (GET …/:id/linked/:field): the legal advisor
// opens the 规范性文件, 重大行政决策 or case a task asks it to review — its fields and the files of
// its steps — in a drawer, without access to that ledger's pages.
import { FileSearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { LinkedRecord } from '../../../shared/api/ledgers.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { ledgerPath } from './api.ts';
import { AttachmentLink } from './attachments.tsx';

const T = L.ledgers.linked;

interface Props {
  holder: { kind: string; type: string; id: number };
  field: string;
  title: string;
}

export function LinkedRecordButton({ holder, field, title }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Space size={4} wrap>
      <span>{title}</span>
      <Button
        type="link"
        size="small"
        icon={<FileSearchOutlined />}
        onClick={() => setOpen(true)}
        data-testid={`linked-${field}`}
      >
        {T.open}
      </Button>
      {open && <LinkedRecordDrawer holder={holder} field={field} onClose={() => setOpen(false)} />}
    </Space>
  );
}

function LinkedRecordDrawer({ holder, field, onClose }: Omit<Props, 'title'> & { onClose(): void }) {
  const linked = useQuery({
    queryKey: ['ledgers', holder.kind, holder.type, holder.id, 'linked', field],
    queryFn: () =>
      api.get<LinkedRecord>(`${ledgerPath(holder.kind, holder.type)}/${holder.id}/linked/${field}`),
  });
  const r = linked.data;
  const files = (r?.steps ?? []).flatMap((s) =>
    s.attachments.map((a) => ({ ...a, step: s.label, on: s.on })),
  );
  return (
    <Drawer open width={640} title={r ? r.title : T.title} onClose={onClose} data-testid="linked-drawer">
      {linked.isError && <Alert type="error" showIcon message={errorMessage(linked.error)} />}
      {linked.isPending && <Spin style={{ display: 'block', margin: 48 }} />}
      {r && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert type="info" showIcon message={T.readOnly} />
          <Space wrap>
            <Tag>{r.ledgerLabel}</Tag>
            <Tag color="blue">{r.stateLabel}</Tag>
            {r.orgName && <Typography.Text type="secondary">{r.orgName}</Typography.Text>}
          </Space>
          <Descriptions column={1} size="small" bordered labelStyle={{ width: 128, whiteSpace: 'nowrap' }}>
            {r.fields.map((f) => (
              <Descriptions.Item key={f.label} label={f.label}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{f.value}</span>
              </Descriptions.Item>
            ))}
          </Descriptions>
          <div>
            <Typography.Title level={5}>{T.files}</Typography.Title>
            {files.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.noFiles} />
            ) : (
              <List
                size="small"
                dataSource={files}
                renderItem={(a) => (
                  <List.Item>
                    <Space direction="vertical" size={0}>
                      <AttachmentLink id={a.id} name={a.name} />
                      <Typography.Text type="secondary">{T.fileOf(a.step, a.on)}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </div>
        </Space>
      )}
    </Drawer>
  );
}
