// Change the signed-in user's password, explaining the policy (≥ 10 characters, 3 of 4 classes).
import { LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError, auth } from '../data/client.ts';
import { meKey } from '../data/queries.ts';
import { showFormError } from '../form-errors.ts';
import { L } from '../labels.ts';
import { passwordRule } from '../password-policy.ts';

interface Values {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** `forced`: after a reset the "current password" is the one-time code the user logged in with. */
export function ChangePasswordForm({ onDone, forced = false }: { onDone?: () => void; forced?: boolean }) {
  const oldLabel = forced ? L.password.oldPasswordOrCode : L.password.oldPassword;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      await auth.changePassword(values.oldPassword, values.newPassword);
      message.success(L.password.changed);
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: meKey });
      onDone?.();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length === 0) {
        // Put the two well-known refusals at the field they are about.
        if (error.code === 'WEAK_PASSWORD' || error.code === 'PASSWORD_REUSED') {
          form.setFields([{ name: 'newPassword', errors: [error.message] }]);
          return;
        }
        if (error.code === 'WRONG_PASSWORD') {
          form.setFields([{ name: 'oldPassword', errors: [error.message] }]);
          return;
        }
      }
      showFormError(form, error, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} autoComplete="off">
      <Alert type="info" showIcon message={L.password.policy} style={{ marginBottom: 16 }} />
      <Form.Item
        name="oldPassword"
        label={oldLabel}
        extra={forced ? L.password.forcedCodeHint : undefined}
        rules={[{ required: true, message: L.common.required(oldLabel) }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={L.password.newPassword}
        dependencies={['oldPassword']}
        rules={[
          { required: true, message: L.common.required(L.password.newPassword) },
          passwordRule,
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value && value === getFieldValue('oldPassword')
                ? Promise.reject(new Error(L.password.sameAsOld))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={L.password.confirmPassword}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: L.common.required(L.password.confirmPassword) },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              value && value !== getFieldValue('newPassword')
                ? Promise.reject(new Error(L.password.mismatch))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {L.password.submit}
      </Button>
    </Form>
  );
}
