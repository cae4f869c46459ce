// What a workbench page declares in the page registry (routes.tsx), apart from the registry itself,
// so that a page which lists other pages (the home page) need not import the registry back.
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Capability } from '../../shared/roles.ts';

export interface MenuSection {
  id: string;
  label: string;
  icon: ReactNode;
}

export interface PageEntry {
  /** Path under the workbench root, without a leading slash; '' is the home page. */
  path: string;
  label: string;
  icon?: ReactNode;
  /** Required capability; omitted = every signed-in user. */
  capability?: Capability;
  /** Menu group the entry is shown under; omitted = top level. */
  section?: string;
  hideInMenu?: boolean;
  component: LazyExoticComponent<ComponentType>;
}

export function allowed(entry: PageEntry, capabilities: readonly string[]): boolean {
  return !entry.capability || capabilities.includes(entry.capability);
}
