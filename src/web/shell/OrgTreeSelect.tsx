// The organisation tree select of the header (OrgSwitcher): a chunk of its own, loaded when the
// user first reaches for it, so the first screen does not carry antd's tree and select code.
import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { L } from '../labels.ts';
import { buildOrgTree } from '../org-tree.ts';
import { useCurrentUser } from './current-user.ts';
import { useSelectedOrg } from './org-context.tsx';

/** `opened`: mounted by a click or a key on its look-alike, so it shows open and focused. */
export default function OrgTreeSelect({ width, opened }: { width: number; opened: boolean }) {
  const me = useCurrentUser();
  const [open, setOpen] = useState(opened);
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
      open={open}
      onOpenChange={setOpen}
      autoFocus={opened}
    />
  );
}
