// 添加年度 (sysadmin): enter a year the shipped data does not cover yet, with its source document.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { festivalNames } from '../../../shared/calendar/shipped-years.ts';
import { api } from '../../data/client.ts';
import { showFormError } from '../../form-errors.ts';
import { L } from '../../labels.ts';

const T = L.calendar;
const festivalOptions = festivalNames.map((value) => ({ value }));

interface Values {
  year: number;
  source: string;
  holidays?: { name: string; range: [Dayjs, Dayjs] }[];
  workdays?: { name: string; date: Dayjs }[];
}

export function AddYearForm(props: {
  defaultYear: number;
  onClose: () => void;
  onSaved: (year: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    const holidays = (values.holidays ?? []).flatMap(({ name, range }) => {
      const out: { date: string; name: string }[] = [];
      for (let d = range[0]; !d.isAfter(range[1], 'day'); d = d.add(1, 'day')) {
        out.push({ date: d.format('YYYY-MM-DD'), name: name.trim() });
      }
      return out;
    });
    const workdays = (values.workdays ?? []).map(({ name, date }) => ({
      date: date.format('YYYY-MM-DD'),
      name: name.trim(),
    }));
    setBusy(true);
    try {
      await api.post('/api/calendar/years', {
        year: values.year,
        source: values.source.trim(),
        holidays,
        workdays,
      });
      message.success(T.yearAdded);
      props.onSaved(values.year);
      props.onClose();
    } catch (error) {
      showFormError(form, error, message, { CALENDAR_YEAR_EXISTS: 'year', CONFLICT: 'year' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={T.addYearTitle}
      open
      onCancel={props.onClose}
      onOk={submit}
      okText={L.common.save}
      confirmLoading={busy}
      destroyOnHidden
      width={640}
    >
      <Alert type="info" showIcon message={T.addYearHint} style={{ marginBottom: 16 }} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: props.defaultYear, holidays: [], workdays: [] }}
      >
        <Form.Item
          name="year"
          label={T.year}
          rules={[{ required: true, message: L.common.required(T.year) }]}
        >
          <InputNumber min={2019} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="source"
          label={T.source}
          rules={[{ required: true, whitespace: true, message: L.common.required(T.source) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} placeholder={T.sourcePlaceholder} />
        </Form.Item>
        <Typography.Title level={5}>{T.holidayRows}</Typography.Title>
        <DayRows list="holidays" dateField="range" addLabel={T.addHoliday} />
        <Typography.Title level={5}>{T.workdayRows}</Typography.Title>
        <DayRows list="workdays" dateField="date" addLabel={T.addWorkday} />
      </Form>
    </Modal>
  );
}

/** Rows of festival name + date (a range for holidays, one day for 调休 working days). */
function DayRows(props: { list: 'holidays' | 'workdays'; dateField: 'range' | 'date'; addLabel: string }) {
  const isRange = props.dateField === 'range';
  const dateLabel = isRange ? T.dateRange : T.date;
  return (
    <Form.List name={props.list}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: L.common.required(T.holidayName) }]}
              >
                <AutoComplete options={festivalOptions} placeholder={T.holidayName} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, props.dateField]}
                rules={[{ required: true, message: L.common.requiredSelect(dateLabel) }]}
              >
                {isRange ? <DatePicker.RangePicker /> : <DatePicker />}
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button
            type="dashed"
            onClick={() => add()}
            icon={<PlusOutlined />}
            block
            style={isRange ? { marginBottom: 16 } : undefined}
          >
            {props.addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
