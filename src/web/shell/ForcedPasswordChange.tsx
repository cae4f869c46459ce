// Shown instead of the workbench while the server says the password must be changed.
import { Alert, Button, Card, Typography } from 'antd';
import { L } from '../labels.ts';
import { AuthScreen } from './AuthScreen.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { useCurrentUser } from './current-user.ts';
import { useLogout } from './use-logout.ts';

export function ForcedPasswordChange() {
  const me = useCurrentUser();
  const logout = useLogout();
  return (
    <AuthScreen>
      <Card
        title={L.password.forcedTitle}
        extra={
          <Button type="link" onClick={logout}>
            {L.password.logoutInstead}
          </Button>
        }
        style={{ width: 460, maxWidth: '100%' }}
      >
        <Typography.Paragraph strong>{L.home.welcome(me.displayName)}</Typography.Paragraph>
        <Alert type="warning" showIcon message={L.password.forcedHint} style={{ marginBottom: 12 }} />
        <ChangePasswordForm forced />
      </Card>
    </AuthScreen>
  );
}
