// Sign in. Shows the server's own messages: tries left after a wrong password, the lock-out time.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, auth, errorMessage } from '../data/client.ts';
import { meKey } from '../data/queries.ts';
import { L } from '../labels.ts';
import { allowed, pages } from '../routes.tsx';
import { AuthScreen } from '../shell/AuthScreen.tsx';

interface Values {
  username: string;
  password: string;
}

interface Notice {
  type: 'error' | 'warning' | 'info' | 'success';
  text: string;
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<Values>();
  const reason = params.get('reason');
  const [notice, setNotice] = useState<Notice | null>(
    reason === 'expired'
      ? { type: 'warning', text: L.login.expired }
      : reason === 'logout'
        ? { type: 'success', text: L.login.loggedOut }
        : null,
  );

  const submit = async (values: Values) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await auth.login(values.username.trim(), values.password);
      queryClient.setQueryData(meKey, result);
      await navigate(landingFor(params.get('next'), result.user.capabilities), { replace: true });
    } catch (error) {
      form.setFieldValue('password', '');
      setNotice({
        type: error instanceof ApiError && error.status === 423 ? 'warning' : 'error',
        text: errorMessage(error),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthScreen>
      <Card title={L.login.title} style={{ width: 380, maxWidth: '100%' }}>
        {notice && (
          <Alert
            type={notice.type}
            showIcon
            message={notice.text}
            style={{ marginBottom: 16 }}
            data-testid="login-notice"
          />
        )}
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} size="large">
          <Form.Item
            name="username"
            label={L.login.username}
            rules={[{ required: true, whitespace: true, message: L.common.required(L.login.username) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={L.login.password}
            rules={[{ required: true, message: L.common.required(L.login.password) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {L.login.submit}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {L.login.footer}
        </Typography.Paragraph>
      </Card>
    </AuthScreen>
  );
}

/** Where to go after signing in: the page asked for, if it is ours and the user may open it. */
function landingFor(next: string | null, capabilities: readonly string[]): string {
  if (!next?.startsWith('/') || next.startsWith('//')) return '/';
  const path = new URL(next, window.location.origin).pathname.replace(/^\/+|\/+$/g, '');
  const entry = pages.find((p) => p.path === path);
  return entry && !allowed(entry, capabilities) ? '/' : next;
}
