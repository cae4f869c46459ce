// The bell in the header: how many items need the user (分配给我, 即将到期, 被退回, 督办), the list
// with links, read per user on the server (GET /api/notifications, POST /api/notifications/read).
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Grid, List, Popover, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationItem, NotificationList } from '../../shared/api/notifications.ts';
import { api } from '../data/client.ts';
import { L } from '../labels.ts';
import { useSelectedOrg } from './org-context.tsx';

const T = L.notifications;
const KEY = ['notifications'] as const;
const COLOURS: Record<NotificationItem['category'], string> = {
  supervision_received: 'red',
  supervision_replied: 'volcano',
  returned: 'orange',
  assigned: 'blue',
  due_soon: 'gold',
};

export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const { withOrg } = useSelectedOrg();
  const queryClient = useQueryClient();
  const wide = Grid.useBreakpoint().md !== false;
  const list = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<NotificationList>('/api/notifications'),
    refetchInterval: 120_000,
  });
  const mark = useMutation({
    mutationFn: (body: { keys?: string[]; all?: boolean }) => api.post('/api/notifications/read', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  const data = list.data;

  const go = (item: NotificationItem) => {
    if (!item.read) mark.mutate({ keys: [item.key] });
    setOpen(false);
    navigate(withOrg(item.link));
  };

  const content = (
    <div style={{ width: wide ? 420 : 250 }} data-testid="notifications">
      {!data || data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={T.empty} />
      ) : (
        <>
          <List<NotificationItem>
            size="small"
            dataSource={data.items}
            style={{ maxHeight: 420, overflowY: 'auto' }}
            renderItem={(item) => (
              <List.Item
                key={item.key}
                onClick={() => go(item)}
                style={{ cursor: 'pointer', opacity: item.read ? 0.6 : 1 }}
                data-testid="notification-item"
              >
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Space size={6} wrap>
                    <Tag color={COLOURS[item.category]} bordered={false}>
                      {item.categoryLabel}
                    </Tag>
                    {item.read && <Typography.Text type="secondary">{T.read}</Typography.Text>}
                  </Space>
                  <Typography.Text strong={!item.read} ellipsis style={{ maxWidth: '100%' }}>
                    {item.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.detail}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {data.total > data.items.length && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {T.more(data.items.length, data.total)}
            </Typography.Text>
          )}
        </>
      )}
    </div>
  );

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>{T.title}</span>
          {data && data.unread > 0 && (
            <Button
              type="link"
              size="small"
              onClick={() => mark.mutate({ all: true })}
              data-testid="notifications-read-all"
            >
              {T.markAll}
            </Button>
          )}
        </Space>
      }
      content={content}
    >
      <Badge count={data?.unread ?? 0} size="small" overflowCount={99} offset={[-2, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={data ? `${T.bell}：${T.unreadOf(data.unread)}` : T.bell}
          data-testid="bell"
        />
      </Badge>
    </Popover>
  );
}
