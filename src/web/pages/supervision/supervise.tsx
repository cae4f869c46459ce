// The 督办 button: where a county supervisor may issue a supervision notice (the supervision
// ledger's manifest says so), it opens the notice form filled in with the township, the subject
// and a link back to the record or board card the notice is about.
import { AlertOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { L } from '../../labels.ts';
import { townshipOf } from '../../org-tree.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { pagePath, useLedgerManifests } from '../ledgers/api.ts';

const T = L.supervision;
export const SUPERVISION = { kind: 'supervision', type: 'notice' } as const;

export interface SuperviseSubject {
  orgId: number;
  title: string;
  /** record: a ledger record; overdue: a red card of the board; finding: a report's finding. */
  subjectKind: 'record' | 'overdue' | 'finding' | 'other';
  /** The workbench page of the subject. */
  link: string;
}

/** Whether the signed-in user may issue supervision notices. */
export function useCanSupervise(): boolean {
  const manifests = useLedgerManifests();
  return manifests.data?.find((l) => l.kind === SUPERVISION.kind)?.actions.create === true;
}

export function superviseHref(s: SuperviseSubject): string {
  const q = new URLSearchParams({
    orgId: String(s.orgId),
    subjectKind: s.subjectKind,
    subjectLink: s.link,
    title: T.titleOf(s.title).slice(0, 200),
  });
  return `${pagePath.create(SUPERVISION.kind, SUPERVISION.type)}?${q.toString()}`;
}

export function SuperviseButton({ subject, size }: { subject: SuperviseSubject; size?: 'small' }) {
  const navigate = useNavigate();
  const { withOrg, orgs } = useSelectedOrg();
  if (!useCanSupervise()) return null;
  // A notice goes to the township (街道) the record or card lies in.
  const township = townshipOf(new Map(orgs.map((o) => [o.id, o])), subject.orgId);
  return (
    <Button
      danger
      size={size}
      icon={<AlertOutlined />}
      title={T.buttonHint}
      data-testid="supervise"
      onClick={() => {
        const href = superviseHref({ ...subject, orgId: township?.id ?? subject.orgId });
        const [path, query] = href.split('?');
        const target = withOrg(path);
        navigate(`${target}${target.includes('?') ? '&' : '?'}${query}`);
      }}
    >
      {T.button}
    </Button>
  );
}
