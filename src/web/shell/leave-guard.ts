// Asks before unsaved edits are lost: leaving the page inside the workbench (another menu entry, a
// link, the year or organisation in the URL, signing out) opens a confirmation; closing or
// reloading the tab gets the browser's own prompt.
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { L } from '../labels.ts';

export function useLeaveGuard(dirty: boolean): void {
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  // One dialog per blocked navigation (the blocker object changes on every render).
  const current = useRef(blocker);
  current.current = blocker;
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (!blocked) return;
    const b = current.current;
    modal.confirm({
      title: L.shell.leave.title,
      content: L.shell.leave.content,
      okText: L.shell.leave.ok,
      okButtonProps: { danger: true },
      cancelText: L.shell.leave.stay,
      onOk: () => b.proceed?.(),
      onCancel: () => b.reset?.(),
    });
  }, [blocked, modal]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
