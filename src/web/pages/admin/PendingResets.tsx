// 待确认的管理员密码重置: shown to the secadmin and the auditor (who confirm or reject) when any
// reset of an administrator's account waits for them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Popconfirm, Space, Table, Tag } from 'antd';
import type { PendingReset, PendingResetList } from '../../../shared/api/admin.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L, ROLE_LABELS } from '../../labels.ts';
import { LinkButton } from './LinkButton.tsx';
import { formatTime } from './table-request.ts';

const T = L.resets;
const KEY = ['password-resets'];

export function PendingResets() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: KEY, queryFn: () => api.get<PendingResetList>('/api/password-resets') });
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  const decide = async (r: PendingReset, decision: 'confirm' | 'reject') => {
    try {
      await api.post(`/api/password-resets/${r.id}/${decision}`);
      message.success(decision === 'confirm' ? T.confirmed : T.rejected);
    } catch (error) {
      message.error(errorMessage(error));
    }
    await queryClient.invalidateQueries({ queryKey: KEY });
  };
  return (
    <Card title={T.title} size="small" style={{ marginBottom: 16 }}>
      <Alert type="warning" showIcon message={T.rule} style={{ marginBottom: 12 }} />
      <Table<PendingReset>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        columns={[
          { title: T.user, render: (_, r) => `${r.displayName}（${r.username}，${r.orgName}）` },
          { title: T.requestedBy, dataIndex: 'requestedBy' },
          { title: T.requestedAt, render: (_, r) => formatTime(r.requestedAt) },
          { title: T.expiresAt, render: (_, r) => formatTime(r.expiresAt) },
          { title: T.confirmRole, render: (_, r) => <Tag color="volcano">{ROLE_LABELS[r.confirmRole]}</Tag> },
          {
            title: L.common.actions,
            render: (_, r) =>
              r.canConfirm ? (
                <Space>
                  <Popconfirm title={T.confirmQuestion} onConfirm={() => decide(r, 'confirm')}>
                    <LinkButton>{T.confirm}</LinkButton>
                  </Popconfirm>
                  <Popconfirm title={T.rejectQuestion} onConfirm={() => decide(r, 'reject')}>
                    <LinkButton danger>{T.reject}</LinkButton>
                  </Popconfirm>
                </Space>
              ) : (
                <Tag>{T.waiting}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
