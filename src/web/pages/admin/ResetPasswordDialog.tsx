// 重置密码 (sysadmin): explains the one-time code and the 三员分立 rule, then shows the code once.
import { CopyOutlined, KeyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { ResetIssued, User } from '../../../shared/api/admin.ts';
import { api, errorMessage } from '../../data/client.ts';
import { ADMIN_ROLES, L, ROLE_LABELS } from '../../labels.ts';
import { formatTime } from './table-request.ts';

const T = L.users;

export function ResetPasswordDialog(props: { user: User; onClose: () => void; onSaved: () => void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<ResetIssued | null>(null);
  const isAdmin = props.user.roles.some((r) => ADMIN_ROLES.has(r.role));

  const issue = async () => {
    setBusy(true);
    try {
      setIssued(await api.post<ResetIssued>(`/api/users/${props.user.id}/reset-password`));
      props.onSaved();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      message.success(T.copied);
    } catch {
      message.error(errorMessage(new Error(T.copy)));
    }
  };

  return (
    <Modal
      open
      title={T.resetPasswordTitle(props.user.displayName)}
      width={520}
      maskClosable={false}
      destroyOnHidden
      onCancel={props.onClose}
      footer={
        issued ? (
          <Button type="primary" onClick={props.onClose}>
            {T.close}
          </Button>
        ) : (
          <Space>
            <Button onClick={props.onClose}>{L.common.cancel}</Button>
            <Button type="primary" icon={<KeyOutlined />} loading={busy} onClick={issue}>
              {T.resetSubmit}
            </Button>
          </Space>
        )
      }
    >
      {!issued && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Paragraph style={{ margin: 0 }}>{T.resetIntro}</Typography.Paragraph>
          <Alert type={isAdmin ? 'warning' : 'info'} showIcon message={T.resetAdminRule} />
        </Space>
      )}
      {issued && (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text type="secondary">{T.resetDone}</Typography.Text>
          <Space align="center">
            <Typography.Text
              code
              style={{ fontSize: 24, letterSpacing: 2, fontFamily: 'monospace' }}
              data-testid="reset-code"
            >
              {issued.code}
            </Typography.Text>
            <Button icon={<CopyOutlined />} onClick={() => copy(issued.code)}>
              {T.copy}
            </Button>
          </Space>
          <Typography.Text>{T.resetExpires(formatTime(issued.expiresAt))}</Typography.Text>
          {issued.state === 'pending' && issued.confirmRole && (
            <Alert type="warning" showIcon message={T.resetPending(ROLE_LABELS[issued.confirmRole])} />
          )}
          <Alert type="info" showIcon message={T.resetHandOver} />
        </Space>
      )}
    </Modal>
  );
}
