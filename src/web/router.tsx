// The data router: the login page, and the authenticated workbench whose pages come from routes.tsx.
import { Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage } from './pages/LoginPage.tsx';
import { pages } from './routes.tsx';
import { AuthGate } from './shell/AuthGate.tsx';
import { NotFound, PageGuard, RouteError } from './shell/PageGuard.tsx';
import { PageLoading } from './shell/PageLoading.tsx';

export function createAppRouter() {
  const children: RouteObject[] = pages.map((entry) => {
    const element = (
      <PageGuard key={entry.path} entry={entry}>
        <Suspense fallback={<PageLoading />}>
          <entry.component />
        </Suspense>
      </PageGuard>
    );
    return entry.path === '' ? { index: true, element } : { path: entry.path, element };
  });
  children.push({ path: '*', element: <NotFound /> });

  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    { path: '/', element: <AuthGate />, errorElement: <RouteError />, children },
  ]);
}
