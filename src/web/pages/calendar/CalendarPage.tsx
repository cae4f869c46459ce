// 工作日历: covered years and their sources, a year view of holidays and 调休 workdays, the deadline
// calculator, and (sysadmin) adding a year not shipped yet: from the State Council notice's text
// (从通知导入) or by hand.
import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CalendarYear, CalendarYearList, CalendarYearSummary } from '../../../shared/api/calendar.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useCurrentUser, useThisYear } from '../../shell/current-user.ts';
import { PageLoading } from '../../shell/PageLoading.tsx';
import { AddYearForm } from './AddYearForm.tsx';
import { DeadlineCalculator } from './DeadlineCalculator.tsx';
import { HolidayRuns } from './HolidayRuns.tsx';
import { ImportNoticeForm } from './ImportNoticeForm.tsx';
import { YearGrid } from './YearGrid.tsx';

const T = L.calendar;

export default function CalendarPage() {
  const me = useCurrentUser();
  const canManage = me.capabilities.includes('calendar.manage');
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [picked, setPicked] = useState<number | null>(null);

  const years = useQuery({
    queryKey: ['calendar', 'years'],
    queryFn: () =>
      api
        .get<CalendarYearList>('/api/calendar/years')
        .then((r) => [...r.items].sort((a, b) => b.year - a.year)),
  });
  const list = years.data ?? [];
  const thisYear = useThisYear();
  const year = picked ?? (list.some((y) => y.year === thisYear) ? thisYear : (list[0]?.year ?? null));

  const detail = useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: () => api.get<CalendarYear>(`/api/calendar/years/${year}`),
    enabled: year !== null,
  });

  if (years.isPending) return <PageLoading />;

  return (
    <PageContainer
      title={T.title}
      extra={
        canManage && (
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {T.addYear}
            </Button>
            <Button type="primary" icon={<FileTextOutlined />} onClick={() => setImporting(true)}>
              {T.importNotice}
            </Button>
          </Space>
        )
      }
    >
      {years.isError && (
        <Alert type="error" showIcon message={errorMessage(years.error)} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card title={T.years} styles={{ body: { padding: 0 } }}>
            <Table<CalendarYearSummary>
              rowKey="year"
              size="small"
              dataSource={list}
              pagination={false}
              scroll={{ y: 360 }}
              onRow={(r) => ({ onClick: () => setPicked(r.year), style: { cursor: 'pointer' } })}
              rowClassName={(r) => (r.year === year ? 'ant-table-row-selected' : '')}
              columns={[
                { title: T.year, dataIndex: 'year', width: 72 },
                {
                  title: T.source,
                  dataIndex: 'source',
                  render: (s: string) => <Typography.Text style={{ fontSize: 12 }}>{s}</Typography.Text>,
                },
                {
                  title: T.kind,
                  dataIndex: 'builtIn',
                  width: 76,
                  render: (b: boolean) => (b ? <Tag>{T.builtIn}</Tag> : <Tag color="gold">{T.custom}</Tag>),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={T.deadline}>
            <DeadlineCalculator />
          </Card>
        </Col>
        <Col span={24}>
          <Card title={year ? T.yearView(year) : T.title} loading={detail.isPending && year !== null}>
            {detail.isError && <Alert type="error" showIcon message={errorMessage(detail.error)} />}
            {!year && <Empty />}
            {detail.data && (
              <>
                <Typography.Paragraph type="secondary">
                  {T.source}：{detail.data.source}
                  {detail.data.note && (
                    <>
                      <br />
                      {T.note}：{detail.data.note}
                    </>
                  )}
                </Typography.Paragraph>
                <HolidayRuns data={detail.data} />
                <YearGrid data={detail.data} />
              </>
            )}
          </Card>
        </Col>
      </Row>
      {importing && (
        <ImportNoticeForm
          onClose={() => setImporting(false)}
          onSaved={(y) => {
            void queryClient.invalidateQueries({ queryKey: ['calendar'] });
            setPicked(y);
          }}
        />
      )}
      {adding && (
        <AddYearForm
          defaultYear={(list[0]?.year ?? thisYear) + 1}
          onClose={() => setAdding(false)}
          onSaved={(y) => {
            void queryClient.invalidateQueries({ queryKey: ['calendar'] });
            setPicked(y);
          }}
        />
      )}
    </PageContainer>
  );
}
