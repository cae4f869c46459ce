// Everything under "/" needs a session: wait for GET /api/auth/me, send strangers to the login page,
// and hold users who must change their password at the change-password form.
import { Button, Result } from 'antd';
import { Navigate, useLocation } from 'react-router';
import { ApiError, errorMessage } from '../data/client.ts';
import { useMe } from '../data/queries.ts';
import { L } from '../labels.ts';
import { AppLayout } from './AppLayout.tsx';
import { ForcedPasswordChange } from './ForcedPasswordChange.tsx';
import { loginUrl } from './login-url.ts';
import { OrgProvider } from './org-context.tsx';
import { PageLoading } from './PageLoading.tsx';

export function AuthGate() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <PageLoading full />;
  if (me.isError) {
    const error = me.error;
    if (error instanceof ApiError && error.status === 401) {
      const reason = error.code === 'SESSION_EXPIRED' ? 'expired' : undefined;
      return <Navigate to={loginUrl(location.pathname + location.search, reason)} replace />;
    }
    return (
      <Result
        status="error"
        title={L.common.loadFailed}
        subTitle={errorMessage(error)}
        extra={
          <Button type="primary" onClick={() => me.refetch()}>
            {L.common.retry}
          </Button>
        }
      />
    );
  }
  if (me.data.user.mustChangePassword) return <ForcedPasswordChange />;
  return (
    <OrgProvider>
      <AppLayout />
    </OrgProvider>
  );
}
