// The workbench frame: ProLayout with the capability-driven menu, org switcher and user menu.
import { KeyOutlined, LogoutOutlined, MailOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { ProLayout } from '@ant-design/pro-components';
import { Dropdown, Grid } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { isAdminRole } from '../../shared/roles.ts';
import { APP_TITLE, L } from '../labels.ts';
import { menuFor, useDynamicMenu } from '../routes.tsx';
import { useCurrentUser } from './current-user.ts';
import { HelpMenu } from './HelpMenu.tsx';
import { Logo } from './Logo.tsx';
import { OrgSwitcher } from './OrgSwitcher.tsx';
import { useSelectedOrg } from './org-context.tsx';
import { PageLoading } from './PageLoading.tsx';
import { useLogout } from './use-logout.ts';

// the bell (its count, popover and list) loads after the first screen has shown
const NotificationBell = lazy(() =>
  import('./NotificationBell.tsx').then((m) => ({ default: m.NotificationBell })),
);

// the search box too; administrators (no business data) have none
const SearchBox = lazy(() => import('./SearchBox.tsx').then((m) => ({ default: m.SearchBox })));

export function AppLayout() {
  const me = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const { withOrg } = useSelectedOrg();
  const logout = useLogout();
  const dynamicMenu = useDynamicMenu();
  const narrow = Grid.useBreakpoint().md === false;
  const business = me.roles.some((r) => !isAdminRole(r.role));
  const menu = useMemo(() => menuFor(me.capabilities, dynamicMenu ?? []), [me.capabilities, dynamicMenu]);

  // The menu opens its groups when it first renders: wait for the run-time entries.
  if (dynamicMenu === null) return <PageLoading />;

  return (
    <ProLayout
      title={APP_TITLE}
      logo={<Logo size={30} />}
      layout="mix"
      fixSiderbar
      fixedHeader
      siderWidth={216}
      route={{ path: '/', routes: menu }}
      location={{ pathname: location.pathname }}
      menu={{ defaultOpenAll: true, ignoreFlatMenu: true }}
      onMenuHeaderClick={() => navigate(withOrg('/'))}
      menuItemRender={(item, dom) => (item.path ? <Link to={withOrg(item.path)}>{dom}</Link> : dom)}
      actionsRender={() => [
        // on a phone the search is an entry of the user menu: the header has no room for it
        business && !narrow && (
          <Suspense key="search" fallback={null}>
            <SearchBox narrow={narrow} />
          </Suspense>
        ),
        <OrgSwitcher key="org" />,
        <HelpMenu key="help" />,
        <Suspense key="bell" fallback={null}>
          <NotificationBell />
        </Suspense>,
      ]}
      avatarProps={{
        icon: <UserOutlined />,
        size: 'small',
        // on a phone the header also holds the org switcher, help and the bell: the avatar alone
        title: narrow ? undefined : (
          <span data-testid="user-menu" style={{ whiteSpace: 'nowrap' }}>
            {me.displayName}
          </span>
        ),
        render: (_, dom) => (
          <Dropdown
            menu={{
              items: [
                ...(narrow
                  ? [
                      { key: 'me', label: me.displayName, disabled: true },
                      ...(business ? [{ key: 'search', icon: <SearchOutlined />, label: L.search.box }] : []),
                      { type: 'divider' as const },
                    ]
                  : []),
                { key: 'password', icon: <KeyOutlined />, label: L.shell.changePassword },
                ...(business ? [{ key: 'digest', icon: <MailOutlined />, label: L.shell.digest }] : []),
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: L.shell.logout },
              ],
              onClick: ({ key }) => {
                if (key === 'search') navigate(withOrg('/search'));
                if (key === 'password') navigate(withOrg('/account/password'));
                if (key === 'digest') navigate(withOrg('/account/digest'));
                if (key === 'logout') void logout();
              },
            }}
          >
            {narrow ? <span data-testid="user-menu">{dom}</span> : dom}
          </Dropdown>
        ),
      }}
      token={{
        header: { colorBgHeader: '#ffffff', colorHeaderTitle: '#1f2a44' },
        sider: { colorMenuBackground: '#ffffff' },
        pageContainer: { paddingBlockPageContainerContent: 16, paddingInlinePageContainerContent: 24 },
      }}
    >
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}
