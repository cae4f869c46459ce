// 工作台首页: what needs doing today for the people who work on the ledgers and reports (the
// township's red and yellow cards, last year's annual report, this year's figures; the county's
// report status, red cards across townships and figures), then who is signed in and the pages open
// to them.
// Administrators (三员) have no business scope and see only their account and pages.
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import type { Org } from '../../shared/api/admin.ts';
import type { Me } from '../../shared/api/auth.ts';
import { isBusinessRole } from '../../shared/roles.ts';
import { ADMIN_ROLES, L, ROLE_LABELS } from '../labels.ts';
import { CalendarNotice } from '../shell/CalendarNotice.tsx';
import { useCurrentUser } from '../shell/current-user.ts';
import { useSelectedOrg } from '../shell/org-context.tsx';
import { allowed, type PageEntry } from '../shell/page-entry.ts';
import { PageLink } from './home/page-link.tsx';
import { DeadlinesCard, IndicatorsCard, ReportCard } from './home/township.tsx';

const PageList = lazy(() => import('./home/page-list.tsx'));
// the county's cards: not on a township's first screen
const SupervisionCard = lazy(() =>
  import('./home/supervision.tsx').then((m) => ({ default: m.SupervisionCard })),
);
const CountyReportsCard = lazy(() =>
  import('./home/county.tsx').then((m) => ({ default: m.CountyReportsCard })),
);
const CountyRedCard = lazy(() => import('./home/county.tsx').then((m) => ({ default: m.CountyRedCard })));

/** `pages`: the page registry (routes.tsx), given by it so that this page does not import it back. */
export default function HomePage({ pages }: { pages: readonly PageEntry[] }) {
  const me = useCurrentUser();
  const available = pages.filter((p) => p.path !== '' && !p.hideInMenu && allowed(p, me.capabilities));
  const county = me.capabilities.includes('report.county');
  const township = me.roles.some((r) => isBusinessRole(r.role) && r.role !== 'supervisor');
  const report = township && me.capabilities.includes('report.write');

  if (!county && !township)
    return (
      <PageContainer title={L.home.welcome(me.displayName)}>
        {me.capabilities.includes('calendar.manage') && <CalendarNotice style={{ marginBottom: 16 }} />}
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <AccountCard me={me} />
          </Col>
          <Col xs={24} lg={10}>
            <Card title={L.home.capabilities}>
              {available.length === 0 ? (
                <Empty description={L.home.noCapabilities} />
              ) : (
                <Suspense>
                  <PageList pages={available} />
                </Suspense>
              )}
            </Card>
          </Col>
        </Row>
      </PageContainer>
    );

  return (
    <PageContainer title={L.home.welcome(me.displayName)}>
      <Row gutter={[16, 16]}>
        {county && (
          <>
            <Col xs={24} lg={14}>
              <Suspense fallback={null}>
                <CountyReportsCard />
              </Suspense>
            </Col>
            <Col xs={24} lg={10}>
              <Suspense fallback={null}>
                <CountyRedCard />
              </Suspense>
            </Col>
            <Col span={24}>
              <Suspense fallback={null}>
                <SupervisionCard />
              </Suspense>
            </Col>
            {!township && (
              <Col span={24}>
                <IndicatorsCard />
              </Col>
            )}
          </>
        )}
        {township && (
          <>
            <Col xs={24} lg={report ? 13 : 24}>
              <DeadlinesCard />
            </Col>
            {report && (
              <Col xs={24} lg={11}>
                <ReportCard />
              </Col>
            )}
            <Col span={24}>
              <IndicatorsCard />
            </Col>
          </>
        )}
        <Col span={24}>
          <AccountCard me={me} compact available={available} />
        </Col>
      </Row>
    </PageContainer>
  );
}

/** The signed-in account; compact (small, several columns, with the page links) below business cards. */
function AccountCard({
  me,
  compact = false,
  available,
}: {
  me: Me;
  compact?: boolean;
  available?: PageEntry[];
}) {
  const { orgs } = useSelectedOrg();
  const isAdmin = me.roles.some((r) => ADMIN_ROLES.has(r.role));
  const orgPathNames = orgPathLabel(me.orgPath, orgs);
  return (
    <Card title={L.home.account} size={compact ? 'small' : 'default'}>
      <Descriptions
        column={compact ? { xs: 1, md: 2, xl: 3 } : 1}
        size={compact ? 'small' : 'middle'}
        data-testid="home-account"
      >
        <Descriptions.Item label={L.home.displayName}>{me.displayName}</Descriptions.Item>
        <Descriptions.Item label={L.home.username}>{me.username}</Descriptions.Item>
        <Descriptions.Item label={L.home.org}>{me.orgName}</Descriptions.Item>
        {orgPathNames && <Descriptions.Item label={L.home.orgPath}>{orgPathNames}</Descriptions.Item>}
        <Descriptions.Item label={L.home.roles}>
          {me.roles.length === 0 ? (
            <Typography.Text type="secondary">{L.home.noRoles}</Typography.Text>
          ) : (
            <Space direction={compact ? 'horizontal' : 'vertical'} size={4} wrap>
              {me.roles.map((r) => (
                <span key={`${r.role}@${r.orgId}`}>
                  <Tag color={ADMIN_ROLES.has(r.role) ? 'volcano' : 'blue'}>
                    {ROLE_LABELS[r.role] ?? r.role}
                  </Tag>
                  <Typography.Text type="secondary">
                    {L.home.roleScope}：{r.orgName}
                  </Typography.Text>
                </span>
              ))}
            </Space>
          )}
        </Descriptions.Item>
        {available && available.length > 0 && (
          <Descriptions.Item label={L.home.capabilities} span="filled">
            <Space size={[16, 4]} wrap>
              {available.map((p) => (
                <PageLink key={p.path} page={p} />
              ))}
            </Space>
          </Descriptions.Item>
        )}
      </Descriptions>
      {isAdmin && <Alert type="info" showIcon message={L.home.adminNote} style={{ marginTop: 12 }} />}
    </Card>
  );
}

/** Names along the org path when the orgs are known (the path holds ids or codes separated by '/' or '.'). */
function orgPathLabel(path: string, orgs: Org[]): string | null {
  const parts = path.split(/[/.]/).filter(Boolean);
  if (parts.length < 2) return null;
  const names = parts.map((p) => orgs.find((o) => String(o.id) === p || o.code === p)?.name);
  if (names.some((n) => !n)) return null;
  return names.join(' / ');
}
