// The organisation tree select of the header (OrgSwitcher): a chunk of its own, loaded when the
// user first reaches for it, so the first screen does not carry antd's tree and select code.
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { L } from '../labels.ts';
import { buildOrgTree } from '../org-tree.ts';
import { useCurrentUser } from './current-user.ts';
import { useSelectedOrg } from './org-context.tsx';

export default function OrgTreeSelect({ width, open }: { width: number; open: boolean }) {
  const me = useCurrentUser();
  const { orgId, orgs, setOrgId } = useSelectedOrg();
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  return (
    <TreeSelect
      aria-label={L.shell.switchOrg}
      data-testid="org-switcher"
      value={orgId}
      treeData={tree}
      onChange={(id: number) => setOrgId(id)}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandedKeys={[me.orgId, orgId]}
      style={{ width }}
      popupMatchSelectWidth={280}
      variant="filled"
      size="small"
      defaultOpen={open}
      autoFocus={open}
    />
  );
}
