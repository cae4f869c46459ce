// 全局搜索的结果: the records of every ledger the user reads whose title or main text holds the
// words (GET /api/search), grouped by ledger and record type, the matching text highlighted and
// personal data masked as in the lists. The organisation chosen in the header narrows the search.
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SearchGroup, SearchResult } from '../../../shared/api/search.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { PageLoading } from '../../shell/PageLoading.tsx';
import { highlight } from './highlight.tsx';

const T = L.search;

function Group({ g, words, withOrg }: { g: SearchGroup; words: string[]; withOrg: (p: string) => string }) {
  const more = g.total > g.hits.length;
  const listLink = withOrg(g.listLink.split('?')[0]);
  const q = g.listLink.split('?')[1] ?? '';
  return (
    <ProCard
      title={g.ledgerLabel === g.typeLabel ? g.ledgerLabel : `${g.ledgerLabel} · ${g.typeLabel}`}
      extra={
        <Space>
          <Typography.Text type="secondary">{T.groupTotal(g.total)}</Typography.Text>
          <Link to={`${listLink}${listLink.includes('?') ? '&' : '?'}${q}`}>
            {more ? T.all(g.total) : T.openList}
          </Link>
        </Space>
      }
      bordered
      headerBordered
      data-testid={`search-group-${g.ledger}-${g.recordType}`}
      style={{ marginBottom: 16 }}
    >
      <List
        itemLayout="vertical"
        dataSource={g.hits}
        renderItem={(h) => (
          <List.Item key={h.id} style={{ paddingBlock: 8 }}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Link to={withOrg(h.link)} style={{ fontSize: 15 }}>
                {highlight(h.title, words)}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[h.orgName, h.stateLabel, h.date].filter(Boolean).join(' · ')}
              </Typography.Text>
              {h.matches.map((m) => (
                <Typography.Paragraph key={m.label} style={{ margin: 0 }}>
                  <Typography.Text type="secondary">{m.label}：</Typography.Text>
                  {m.masked ? (
                    <>
                      {m.text} <Tag>{T.masked}</Tag>
                    </>
                  ) : (
                    highlight(m.text, words)
                  )}
                </Typography.Paragraph>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </ProCard>
  );
}

export default function SearchPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { orgId, switched, withOrg } = useSelectedOrg();
  const q = (params.get('q') ?? '').trim();
  const org = switched ? orgId : undefined;
  const result = useQuery({
    queryKey: ['search', q, org ?? null],
    queryFn: () => api.get<SearchResult>('/api/search', { q, org }),
    enabled: q !== '',
  });
  const go = (text: string) => {
    const path = withOrg('/search');
    if (text.trim()) navigate(`${path}${path.includes('?') ? '&' : '?'}q=${encodeURIComponent(text.trim())}`);
  };
  const data = result.data;
  return (
    <PageContainer title={T.title} subTitle={T.subtitle}>
      <Input.Search
        key={q}
        defaultValue={q}
        enterButton={T.button}
        maxLength={100}
        allowClear
        onSearch={go}
        aria-label={T.box}
        placeholder={T.placeholder}
        style={{ maxWidth: 560, marginBottom: 16 }}
        data-testid="search-page-input"
      />
      {q === '' && <Alert type="info" showIcon message={T.hint} />}
      {result.isPending && q !== '' && <PageLoading />}
      {result.isError && <Alert type="error" showIcon message={errorMessage(result.error)} />}
      {data && data.total === 0 && <Empty description={T.none(data.q)} />}
      {data && data.total > 0 && (
        <>
          <Typography.Paragraph role="status">
            {T.found(data.q, data.total, data.groups.length)}
            {data.words.some((w) => w.length < 3) ? ` ${T.shortWord}` : ''}
          </Typography.Paragraph>
          {data.groups.map((g) => (
            <Group key={`${g.ledger}/${g.recordType}`} g={g} words={data.words} withOrg={withOrg} />
          ))}
        </>
      )}
    </PageContainer>
  );
}
