// The data router: the authenticated workbench, whose pages come from routes.tsx. The login page
// is a page of its own (login.html, src/web/login: no React, no antd); its route here only hands
// the browser over to it, so the workbench still leaves through the router (and its leave guard).
import { Suspense, useEffect } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
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
    { path: '/login', element: <ToLoginPage />, errorElement: <RouteError /> },
    { path: '/', element: <AuthGate />, errorElement: <RouteError />, children },
  ]);
}

/** The page this document was loaded for: the server answers /login with login.html, not this app. */
const loadedAt = window.location.pathname;

/** Loads the login page in place of the workbench (its memory, cached answers and CSRF token, goes). */
function ToLoginPage() {
  const misrouted = loadedAt === '/login';
  useEffect(() => {
    if (!misrouted) window.location.replace(window.location.href);
  }, [misrouted]);
  // A server that answers /login with the workbench would loop: say so instead.
  return misrouted ? <NotFound /> : <PageLoading full />;
}
