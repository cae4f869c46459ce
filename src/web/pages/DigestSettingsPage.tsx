// 每日邮件提醒: the user's own e-mail address and whether the daily digest (what needs the user, as
// in the bell) is sent to it (GET/PUT /api/notifications/digest).
import { PageContainer } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Switch } from 'antd';
import { api, errorMessage } from '../data/client.ts';
import { PageLoading } from '../shell/PageLoading.tsx';

// this page's words (kept with it: it loads only when opened)
const T = {
  title: '每日邮件提醒',
  intro:
    '每天上午，工作台把需要您处理的事项（与右上角“通知”所列相同：分配给我、即将到期、被退回、督办）发到您的电子邮箱；当天没有事项的不发送，同一天只发一封。',
  email: '电子邮箱',
  emailHelp: '留空则不发送',
  receive: '接收每日邮件提醒',
  save: '保存',
  saved: '已保存',
  retry: '重试',
  notConfigured: '本系统尚未配置邮件发送服务，设置保存后，待系统管理员配置邮件服务即开始发送。',
};

interface Settings {
  email: string | null;
  optOut: boolean;
  enabled: boolean;
}

export default function DigestSettingsPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ['digest-settings'],
    queryFn: () => api.get<Settings>('/api/notifications/digest'),
  });
  const save = useMutation({
    mutationFn: (v: { email: string; receive: boolean }) =>
      api.put<Settings>('/api/notifications/digest', { email: v.email ?? '', optOut: !v.receive }),
    onSuccess: (data) => {
      queryClient.setQueryData(['digest-settings'], data);
      message.success(T.saved);
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  if (settings.isError)
    return (
      <PageContainer title={T.title}>
        <Alert
          type="error"
          showIcon
          message={errorMessage(settings.error)}
          action={
            <Button size="small" onClick={() => void settings.refetch()}>
              {T.retry}
            </Button>
          }
        />
      </PageContainer>
    );
  if (!settings.data) return <PageLoading />;
  const s = settings.data;
  return (
    <PageContainer title={T.title}>
      <Card style={{ maxWidth: 560 }}>
        <Alert type="info" showIcon message={T.intro} style={{ marginBottom: 16 }} />
        {!s.enabled && (
          <Alert type="warning" showIcon message={T.notConfigured} style={{ marginBottom: 16 }} />
        )}
        <Form
          layout="vertical"
          initialValues={{ email: s.email ?? '', receive: !s.optOut }}
          onFinish={(v) => save.mutate(v)}
        >
          <Form.Item
            name="email"
            label={T.email}
            extra={T.emailHelp}
            rules={[{ type: 'email', message: '电子邮箱格式不正确' }]}
          >
            <Input maxLength={200} data-testid="digest-email" />
          </Form.Item>
          <Form.Item name="receive" label={T.receive} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {T.save}
          </Button>
        </Form>
      </Card>
    </PageContainer>
  );
}
