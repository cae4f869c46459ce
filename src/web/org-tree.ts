// Turns the flat, path-ordered org list of GET /api/orgs into trees for Tree and TreeSelect.

import type { Org } from '../shared/api/admin.ts';
import type { Id } from '../shared/api/common.ts';
import { ORG_KIND_LABELS } from './labels.ts';

export interface OrgTreeNode {
  key: Id;
  value: Id;
  title: string;
  org: Org;
  disabled?: boolean;
  children: OrgTreeNode[];
}

export function buildOrgTree(orgs: Org[], options: { includeInactive?: boolean } = {}): OrgTreeNode[] {
  const nodes = new Map<Id, OrgTreeNode>();
  for (const org of orgs) {
    if (!org.active && !options.includeInactive) continue;
    nodes.set(org.id, { key: org.id, value: org.id, title: org.name, org, children: [] });
  }
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgTreeNode[]) => {
    list.sort((a, b) => a.org.path.localeCompare(b.org.path));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

export function orgKindLabel(kind: string): string {
  return ORG_KIND_LABELS[kind] ?? kind;
}

/** All ids of the subtree rooted at id (itself included). */
export function subtreeIds(orgs: Org[], id: Id): Set<Id> {
  const result = new Set<Id>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const org of orgs) {
      if (org.parentId && result.has(org.parentId) && !result.has(org.id)) {
        result.add(org.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The township (or street) an organisation belongs to, itself when it is one. */
export function townshipOf(byId: Map<number, Org>, id: number): Org | undefined {
  let o = byId.get(id);
  while (o && o.kind !== 'township' && o.kind !== 'street') o = o.parentId ? byId.get(o.parentId) : undefined;
  return o;
}
