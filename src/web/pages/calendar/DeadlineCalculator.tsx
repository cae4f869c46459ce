// 期限计算器: GET /api/calendar/deadline, showing the due date and how it was reached.
import {
  Alert,
  Button,
  DatePicker,
  Form,
  InputNumber,
  Radio,
  Space,
  Steps,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DeadlineResult } from '../../../shared/api/calendar.ts';
import { api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { useToday } from '../../shell/current-user.ts';

const T = L.calendar;

interface Values {
  start: Dayjs;
  days: number;
  unit: 'working' | 'calendar';
}

export function DeadlineCalculator() {
  const [form] = Form.useForm<Values>();
  const today = useToday();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DeadlineResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const compute = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      setResult(
        await api.get<DeadlineResult>('/api/calendar/deadline', {
          start: values.start.format('YYYY-MM-DD'),
          days: values.days,
          unit: values.unit,
        }),
      );
    } catch (error) {
      setResult(null);
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const due = result ? dayjs(result.due) : null;
  return (
    <>
      <Typography.Paragraph type="secondary">{T.deadlineHint}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="inline"
        onFinish={compute}
        initialValues={{ start: dayjs(today), days: 20, unit: 'working' }}
        style={{ rowGap: 12 }}
      >
        <Form.Item
          name="start"
          label={T.start}
          rules={[{ required: true, message: L.common.requiredSelect(T.start) }]}
        >
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item
          name="days"
          label={T.days}
          rules={[{ required: true, message: L.common.required(T.days) }]}
        >
          <InputNumber min={1} max={3650} precision={0} addonAfter={T.dayUnit} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="unit" label={T.unit}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'working', label: T.unitWorking },
              { value: 'calendar', label: T.unitCalendar },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {T.compute}
          </Button>
        </Form.Item>
      </Form>
      {problem && <Alert type="error" showIcon message={problem} style={{ marginTop: 16 }} />}
      {result && due && (
        <div data-testid="deadline-result">
          <div
            style={{
              margin: '20px 0 16px',
              padding: '12px 16px',
              background: '#f0f5ff',
              border: '1px solid #d6e4ff',
              borderRadius: 8,
            }}
          >
            <Space size={12} align="baseline" wrap>
              <Typography.Text type="secondary">{T.due}</Typography.Text>
              <Typography.Text strong style={{ fontSize: 26, color: '#1f4e9c' }}>
                {result.due}
              </Typography.Text>
              <Typography.Text>{T.weekdayNames[due.day()]}</Typography.Text>
              {result.provisional && (
                <Tooltip title={T.provisionalHint}>
                  <Tag color="purple" data-testid="deadline-provisional">
                    {T.provisional}
                  </Tag>
                </Tooltip>
              )}
            </Space>
          </div>
          {result.explain.length > 0 && (
            <>
              <Typography.Title level={5}>{T.explain}</Typography.Title>
              <Steps
                direction="vertical"
                size="small"
                current={result.explain.length}
                items={result.explain.map((text) => ({ title: text }))}
              />
            </>
          )}
        </div>
      )}
    </>
  );
}
