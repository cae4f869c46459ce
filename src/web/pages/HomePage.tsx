// 工作台首页: who is signed in, where, with which roles, and the pages open to them.
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Card, Col, Descriptions, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ADMIN_ROLES, L, ROLE_LABELS } from '../labels.ts';
import { allowed, pages } from '../routes.tsx';
import { useCurrentUser } from '../shell/current-user.ts';
import { useSelectedOrg } from '../shell/org-context.tsx';

export default function HomePage() {
  const me = useCurrentUser();
  const { withOrg, orgs } = useSelectedOrg();
  const available = pages.filter((p) => p.path !== '' && !p.hideInMenu && allowed(p, me.capabilities));
  const isAdmin = me.roles.some((r) => ADMIN_ROLES.has(r.role));
  const orgPathNames = orgPathLabel(me.orgPath, orgs);

  return (
    <PageContainer title={L.home.welcome(me.displayName)}>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={L.home.account}>
            <Descriptions column={1} size="middle" data-testid="home-account">
              <Descriptions.Item label={L.home.displayName}>{me.displayName}</Descriptions.Item>
              <Descriptions.Item label={L.home.username}>{me.username}</Descriptions.Item>
              <Descriptions.Item label={L.home.org}>{me.orgName}</Descriptions.Item>
              {orgPathNames && <Descriptions.Item label={L.home.orgPath}>{orgPathNames}</Descriptions.Item>}
              <Descriptions.Item label={L.home.roles}>
                {me.roles.length === 0 ? (
                  <Typography.Text type="secondary">{L.home.noRoles}</Typography.Text>
                ) : (
                  <Space direction="vertical" size={4}>
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
            </Descriptions>
            {isAdmin && <Alert type="info" showIcon message={L.home.adminNote} style={{ marginTop: 12 }} />}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={L.home.capabilities}>
            {available.length === 0 ? (
              <Empty description={L.home.noCapabilities} />
            ) : (
              <List
                dataSource={available}
                renderItem={(p) => (
                  <List.Item>
                    <Link to={withOrg(`/${p.path}`)}>
                      <Space>
                        {p.icon}
                        {p.label}
                      </Space>
                    </Link>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}

/** Names along the org path when the orgs are known (the path holds ids or codes separated by '/' or '.'). */
function orgPathLabel(path: string, orgs: { id: number; code: string; name: string }[]): string | null {
  const parts = path.split(/[/.]/).filter(Boolean);
  if (parts.length < 2) return null;
  const names = parts.map((p) => orgs.find((o) => String(o.id) === p || o.code === p)?.name);
  if (names.some((n) => !n)) return null;
  return names.join(' / ');
}
