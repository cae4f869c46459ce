// Header control choosing the organisation to work on, among the user's org subtree.
import { ApartmentOutlined, DownOutlined } from '@ant-design/icons';
import { Grid, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { L } from '../labels.ts';
import { useCurrentUser } from './current-user.ts';
import { useSelectedOrg } from './org-context.tsx';

const loadTreeSelect = () => import('./OrgTreeSelect.tsx');
const OrgTreeSelect = lazy(loadTreeSelect);

export function OrgSwitcher() {
  const me = useCurrentUser();
  const { org, orgs } = useSelectedOrg();
  // The tree select's code loads when the pointer or the keyboard comes near; it replaces its
  // look-alike on the first click or key, open.
  const [reached, setReached] = useState(false);
  // On a phone the header is narrow: no label or icon, a narrower select, nothing wraps per character.
  const wide = Grid.useBreakpoint().md !== false;
  const width = wide ? 220 : 104;
  const reach = (open: boolean) => {
    void loadTreeSelect();
    if (open) setReached(true);
  };

  if (orgs.length <= 1) {
    return (
      <Space size={6} style={{ padding: wide ? '0 8px' : 0, whiteSpace: 'nowrap' }}>
        {wide && <ApartmentOutlined />}
        <Typography.Text ellipsis style={{ maxWidth: wide ? 240 : 104 }}>
          {orgs[0]?.name ?? me.orgName}
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Space
      size={6}
      style={{ padding: wide ? '0 8px' : 0, whiteSpace: 'nowrap' }}
      onClick={(e) => e.stopPropagation()}
      data-testid="org-current"
    >
      {wide && <ApartmentOutlined />}
      {wide && <Typography.Text type="secondary">{L.shell.currentOrg}</Typography.Text>}
      {reached ? (
        <Suspense fallback={<OrgSelectLookalike name={org?.name} width={width} onReach={reach} />}>
          <OrgTreeSelect width={width} opened />
        </Suspense>
      ) : (
        <OrgSelectLookalike name={org?.name} width={width} onReach={reach} />
      )}
    </Space>
  );
}

/** antd's small filled select, closed, drawn without it: the selected organisation and the arrow. */
function OrgSelectLookalike({
  name,
  width,
  onReach,
}: {
  name?: string;
  width: number;
  onReach: (open: boolean) => void;
}) {
  return (
    <span
      role="combobox"
      aria-label={L.shell.switchOrg}
      aria-expanded={false}
      tabIndex={0}
      data-testid="org-switcher"
      onPointerEnter={() => onReach(false)}
      onFocus={() => onReach(false)}
      onMouseDown={(e) => {
        e.preventDefault();
        onReach(true);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ' && e.key !== 'ArrowDown') return;
        e.preventDefault();
        onReach(true);
      }}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        width,
        height: 24,
        padding: '0 7px',
        boxSizing: 'border-box',
        background: 'rgba(0, 0, 0, 0.04)',
        border: '1px solid transparent',
        borderRadius: 4,
        cursor: 'pointer',
        fontSize: 14,
        lineHeight: '22px',
        color: 'rgba(0, 0, 0, 0.88)',
      }}
    >
      <span
        style={{ flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', paddingInlineEnd: 18 }}
      >
        {name}
      </span>
      <DownOutlined style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.25)' }} />
    </span>
  );
}
