// Header control choosing the organisation to work on, among the user's org subtree.
import { ApartmentOutlined } from '@ant-design/icons';
import { Space, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { L } from '../labels.ts';
import { buildOrgTree } from '../org-tree.ts';
import { useCurrentUser } from './current-user.ts';
import { useSelectedOrg } from './org-context.tsx';

export function OrgSwitcher() {
  const me = useCurrentUser();
  const { orgId, orgs, setOrgId } = useSelectedOrg();
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);

  if (orgs.length <= 1) {
    return (
      <Space size={6} style={{ padding: '0 8px' }}>
        <ApartmentOutlined />
        <Typography.Text>{orgs[0]?.name ?? me.orgName}</Typography.Text>
      </Space>
    );
  }
  return (
    <Space size={6} style={{ padding: '0 8px' }} onClick={(e) => e.stopPropagation()}>
      <ApartmentOutlined />
      <Typography.Text type="secondary">{L.shell.currentOrg}</Typography.Text>
      <TreeSelect
        aria-label={L.shell.switchOrg}
        data-testid="org-switcher"
        value={orgId}
        treeData={tree}
        onChange={(id: number) => setOrgId(id)}
        showSearch
        treeNodeFilterProp="title"
        treeDefaultExpandedKeys={[me.orgId, orgId]}
        style={{ width: 220 }}
        popupMatchSelectWidth={280}
        variant="filled"
        size="small"
      />
    </Space>
  );
}
