// Everything under "/" needs a session: wait for GET /api/auth/me, send strangers to the login page,
// and hold users who must change their password at the change-password form.
import { Button } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ApiError, errorMessage } from '../data/client.ts';
import { useMe } from '../data/queries.ts';
import { L } from '../labels.ts';
import { AppLayout } from './AppLayout.tsx';
import { LazyResult } from './LazyResult.tsx';
import { loginUrl } from './login-url.ts';
import { OrgProvider } from './org-context.tsx';
import { PageLoading } from './PageLoading.tsx';

// Few users ever see it: its form (antd Form and Input) loads only for them.
const ForcedPasswordChange = lazy(() =>
  import('./ForcedPasswordChange.tsx').then((m) => ({ default: m.ForcedPasswordChange })),
);

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
      <LazyResult
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
  if (me.data.user.mustChangePassword)
    return (
      <Suspense fallback={<PageLoading full />}>
        <ForcedPasswordChange />
      </Suspense>
    );
  return (
    <OrgProvider>
      <AppLayout />
    </OrgProvider>
  );
}
