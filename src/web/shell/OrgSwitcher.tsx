// Header control choosing the organisation to work on, among the user's org subtree.
import { ApartmentOutlined } from '@ant-design/icons';
import { Grid, Space, TreeSelect, Typography } from 'antd';
import { useMemo } from 'react';
import { L } from '../labels.ts';
import { buildOrgTree } from '../org-tree.ts';
import { useCurrentUser } from './current-user.ts';
import { useSelectedOrg } from './org-context.tsx';

export function OrgSwitcher() {
  const me = useCurrentUser();
  const { orgId, orgs, setOrgId } = useSelectedOrg();
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  // On a phone the header is narrow: no label, a narrower select, and nothing wraps per character.
  const wide = Grid.useBreakpoint().md !== false;

  if (orgs.length <= 1) {
    return (
      <Space size={6} style={{ padding: '0 8px', whiteSpace: 'nowrap' }}>
        <ApartmentOutlined />
        <Typography.Text ellipsis style={{ maxWidth: wide ? 240 : 120 }}>
          {orgs[0]?.name ?? me.orgName}
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Space
      size={6}
      style={{ padding: '0 8px', whiteSpace: 'nowrap' }}
      onClick={(e) => e.stopPropagation()}
      data-testid="org-current"
    >
      <ApartmentOutlined />
      {wide && <Typography.Text type="secondary">{L.shell.currentOrg}</Typography.Text>}
      <TreeSelect
        aria-label={L.shell.switchOrg}
        data-testid="org-switcher"
        value={orgId}
        treeData={tree}
        onChange={(id: number) => setOrgId(id)}
        showSearch
        treeNodeFilterProp="title"
        treeDefaultExpandedKeys={[me.orgId, orgId]}
        style={{ width: wide ? 220 : 130 }}
        popupMatchSelectWidth={280}
        variant="filled"
        size="small"
      />
    </Space>
  );
}
