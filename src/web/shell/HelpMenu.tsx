// The header's 帮助 menu: 本页说明 (the page's manual in a drawer) and 新手引导 (the tour). A
// township clerk sees the tour once, on the first sign-in; it is remembered per user in this
// browser's localStorage (`fazhi.tour.v1.<user id>`): the tour is a hint, not a record — losing the
// mark only shows a skippable tour again, and keeping it off the server spares a table and a request
// on every first screen. The menu is part of the first screen (a lazy chunk of its own split antd's
// shared modules out of the entry: +10 KB gzip); the drawer and the tour load only when they open.
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Dropdown, Grid } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { useCurrentUser } from './current-user.ts';

const HelpDrawer = lazy(() => import('../help/HelpDrawer.tsx'));
const FirstTour = lazy(() => import('../help/FirstTour.tsx'));

const TEXT = { help: '帮助', page: '本页说明', tour: '新手引导' } as const;

const tourKey = (userId: number) => `fazhi.tour.v1.${userId}`;

function tourSeen(userId: number): boolean {
  try {
    return window.localStorage.getItem(tourKey(userId)) !== null;
  } catch {
    return true; // storage refused (private mode): never insist
  }
}

function markTourSeen(userId: number): void {
  try {
    window.localStorage.setItem(tourKey(userId), new Date().toISOString());
  } catch {
    // nothing to remember it in
  }
}

export function HelpMenu() {
  const me = useCurrentUser();
  const location = useLocation();
  const narrow = Grid.useBreakpoint().md === false;
  const [drawer, setDrawer] = useState(false);
  const [tour, setTour] = useState(false);
  const clerk = me.roles.some((r) => r.role === 'clerk');

  useEffect(() => {
    if (clerk && !tourSeen(me.id)) setTour(true);
  }, [clerk, me.id]);

  const closeTour = () => {
    markTourSeen(me.id);
    setTour(false);
  };

  return (
    <>
      <Dropdown
        menu={{
          items: [
            { key: 'page', label: TEXT.page },
            { key: 'tour', label: TEXT.tour },
          ],
          onClick: ({ key }) => {
            if (key === 'page') setDrawer(true);
            if (key === 'tour') setTour(true);
          },
        }}
      >
        {/* a plain header action like the bell's, so that the first screen loads no Button for it */}
        <button
          type="button"
          data-testid="help-menu"
          aria-label={TEXT.help}
          style={{
            cursor: 'pointer',
            padding: '0 8px',
            whiteSpace: 'nowrap',
            color: 'rgba(0,0,0,0.88)',
            background: 'none',
            border: 0,
            font: 'inherit',
          }}
        >
          <QuestionCircleOutlined />
          {narrow ? null : <span style={{ marginLeft: 6 }}>{TEXT.help}</span>}
        </button>
      </Dropdown>
      <Suspense fallback={null}>
        {drawer && (
          <HelpDrawer
            path={location.pathname}
            onClose={() => setDrawer(false)}
            onTour={() => {
              setDrawer(false);
              setTour(true);
            }}
          />
        )}
        {tour && <FirstTour onClose={closeTour} />}
      </Suspense>
    </>
  );
}
