// Capability check around each page, and the pages shown when something is not there.
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { Link, useRouteError } from 'react-router';
import { L } from '../labels.ts';
import { allowed, type PageEntry } from '../routes.tsx';
import { useCurrentUser } from './current-user.ts';
import { LazyResult } from './LazyResult.tsx';

export function PageGuard({ entry, children }: { entry: PageEntry; children: ReactNode }) {
  const me = useCurrentUser();
  if (!allowed(entry, me.capabilities)) {
    return (
      <LazyResult
        status="403"
        title="403"
        subTitle={L.common.forbidden}
        extra={
          <Link to="/">
            <Button type="primary">{L.common.backHome}</Button>
          </Link>
        }
      />
    );
  }
  return <>{children}</>;
}

export function NotFound() {
  return (
    <LazyResult
      status="404"
      title="404"
      subTitle={L.common.notFound}
      extra={
        <Link to="/">
          <Button type="primary">{L.common.backHome}</Button>
        </Link>
      }
    />
  );
}

export function RouteError() {
  const error = useRouteError();
  // A failed lazy chunk (after a new deployment) is fixed by reloading the page.
  const reload = () => window.location.reload();
  console.error(error);
  return (
    <LazyResult
      status="error"
      title={L.common.loadFailed}
      subTitle={L.errors[500]}
      extra={
        <Button type="primary" onClick={reload}>
          {L.common.retry}
        </Button>
      }
    />
  );
}
