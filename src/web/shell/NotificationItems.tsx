// The bell's list (loaded when the bell is first opened, so the first screen carries only the bell).
import { Empty, List, Space, Tag, Typography } from 'antd';
import type { NotificationItem, NotificationList } from '../../shared/api/notifications.ts';
import { L } from '../labels.ts';

const T = L.notifications;
const COLOURS: Record<NotificationItem['category'], string> = {
  supervision_received: 'red',
  supervision_replied: 'volcano',
  returned: 'orange',
  assigned: 'blue',
  due_soon: 'gold',
};

export default function NotificationItems({
  data,
  wide,
  go,
}: {
  data: NotificationList | undefined;
  wide: boolean;
  go(item: NotificationItem): void;
}) {
  return (
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
}
