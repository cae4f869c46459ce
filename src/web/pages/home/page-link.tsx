// A link to a workbench page, with its menu icon, keeping the selected organisation.

import { Space } from 'antd';
import { Link } from 'react-router';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import type { PageEntry } from '../../shell/page-entry.ts';

export function PageLink({ page }: { page: PageEntry }) {
  const { withOrg } = useSelectedOrg();
  return (
    <Link to={withOrg(`/${page.path}`)}>
      <Space>
        {page.icon}
        {page.label}
      </Space>
    </Link>
  );
}
