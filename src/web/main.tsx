// The workbench entry: providers (antd zh-CN, TanStack Query) and the data router.
import '@ant-design/v5-patch-for-react-19';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ApiError, setUnauthorizedHandler } from './data/client.ts';
import { meKey } from './data/queries.ts';
import { createAppRouter } from './router.tsx';
import { loginUrl } from './shell/login-url.ts';
import { theme } from './theme.ts';

dayjs.locale('zh-cn');

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      // A 4xx answer will not change by asking again.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

const router = createAppRouter();

setUnauthorizedHandler((reason) => {
  if (reason === 'PASSWORD_CHANGE_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: meKey });
    return;
  }
  const { pathname, search } = router.state.location;
  if (pathname === '/login') return;
  // Leave the workbench first, then drop its cached data (clearing first would refetch it).
  void router
    .navigate(loginUrl(pathname + search, reason === 'SESSION_EXPIRED' ? 'expired' : undefined), {
      replace: true,
    })
    .then(() => queryClient.clear());
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
