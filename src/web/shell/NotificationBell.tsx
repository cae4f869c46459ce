// The bell in the header: how many items need the user (分配给我, 即将到期, 被退回, 督办), the list
// with links, read per user on the server (GET /api/notifications, POST /api/notifications/read).
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Grid, Popover, Space, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import type { NotificationItem, NotificationList } from '../../shared/api/notifications.ts';
import { api } from '../data/client.ts';
import { L } from '../labels.ts';
import { useSelectedOrg } from './org-context.tsx';

const T = L.notifications;
const KEY = ['notifications'] as const;
const NotificationItems = lazy(() => import('./NotificationItems.tsx'));

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
    <Suspense fallback={<Spin size="small" />}>
      <NotificationItems data={data} wide={wide} go={go} />
    </Suspense>
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
