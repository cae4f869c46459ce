// 从通知导入 (sysadmin): paste the State Council's notice, let the server read it
// (POST /api/calendar/years/parse), check the year on the grid, then add it with the existing
// POST /api/calendar/years. A notice that cannot be fully read is refused with the line, which is
// selected in the text box so it can be corrected there.
import { Alert, App, Button, Descriptions, Input, Modal, Space, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import type { ParsedNotice } from '../../../shared/api/calendar.ts';
import { ApiError, api, errorMessage } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { HolidayRuns } from './HolidayRuns.tsx';
import { YearGrid } from './YearGrid.tsx';

const T = L.calendar;

interface Problem {
  message: string;
  line: number | null;
}

export function ImportNoticeForm(props: { onClose: () => void; onSaved: (year: number) => void }) {
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [parsing, setParsing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [parsed, setParsed] = useState<ParsedNotice | null>(null);
  const [source, setSource] = useState('');
  const textArea = useRef<TextAreaRef>(null);

  /** Selects the refused line in the text box (the server counts lines from 1). */
  const selectLine = (line: number) => {
    const el = textArea.current?.resizableTextArea?.textArea;
    if (!el) return;
    const lines = el.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };

  const parse = async () => {
    if (text.trim() === '') {
      setProblem({ message: T.noticeRequired, line: null });
      return;
    }
    setParsing(true);
    setProblem(null);
    try {
      const result = await api.post<ParsedNotice>('/api/calendar/years/parse', { text });
      setParsed(result);
      setSource(result.data.source);
    } catch (error) {
      const line =
        error instanceof ApiError && typeof error.details.line === 'number' ? error.details.line : null;
      setProblem({ message: errorMessage(error), line });
      if (line !== null) setTimeout(() => selectLine(line), 0);
    } finally {
      setParsing(false);
    }
  };

  const confirm = async () => {
    if (!parsed) return;
    setSaving(true);
    try {
      await api.post('/api/calendar/years', { ...parsed.data, source: source.trim() });
      message.success(T.yearAdded);
      props.onSaved(parsed.data.year);
      props.onClose();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  const footer = parsed ? (
    <Space>
      <Button onClick={() => setParsed(null)}>{T.backToText}</Button>
      <Button
        type="primary"
        onClick={confirm}
        loading={saving}
        disabled={parsed.existing !== null || source.trim() === ''}
        data-testid="notice-confirm"
      >
        {T.confirmAdd}
      </Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={props.onClose}>{L.common.cancel}</Button>
      <Button type="primary" onClick={parse} loading={parsing} data-testid="notice-parse">
        {T.parse}
      </Button>
    </Space>
  );

  return (
    <Modal
      title={parsed ? T.parsedTitle(parsed.data.year) : T.importTitle}
      open
      onCancel={props.onClose}
      footer={footer}
      destroyOnHidden
      maskClosable={false}
      width={parsed ? 1180 : 760}
      style={{ top: 24 }}
    >
      {parsed ? (
        <ParsedView parsed={parsed} source={source} onSource={setSource} />
      ) : (
        <>
          <Alert type="info" showIcon message={T.importHint} style={{ marginBottom: 12 }} />
          <Typography.Text strong>{T.noticeText}</Typography.Text>
          <Input.TextArea
            ref={textArea}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={T.noticePlaceholder}
            autoSize={{ minRows: 14, maxRows: 24 }}
            style={{ marginTop: 8, fontFamily: 'inherit' }}
            aria-label={T.noticeText}
            data-testid="notice-text"
          />
          {problem && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 12 }}
              message={
                problem.line !== null ? `${T.parseFailed}（${T.lineRef(problem.line)}）` : T.parseFailed
              }
              description={problem.message}
              data-testid="notice-parse-error"
            />
          )}
        </>
      )}
    </Modal>
  );
}

function ParsedView(props: { parsed: ParsedNotice; source: string; onSource: (s: string) => void }) {
  const { parsed } = props;
  const { data } = parsed;
  return (
    <div data-testid="notice-parsed">
      {parsed.existing && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={parsed.existing === 'builtIn' ? T.existingBuiltIn(data.year) : T.existingAdded(data.year)}
          data-testid="notice-existing"
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'year', label: T.year, children: data.year },
          { key: 'number', label: T.documentNumber, children: parsed.documentNumber ?? T.notFound },
          { key: 'published', label: T.publishedOn, children: parsed.publishedOn ?? T.notFound },
          {
            key: 'count',
            label: T.holidaysList,
            children: T.parsedSummary(data.holidays.length, data.workdays.length),
          },
        ]}
      />
      <div style={{ marginBottom: 12 }}>
        <Typography.Text strong>{T.source}</Typography.Text>
        <Input.TextArea
          value={props.source}
          onChange={(e) => props.onSource(e.target.value)}
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={500}
          style={{ marginTop: 6 }}
          aria-label={T.source}
          data-testid="notice-source"
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {T.sourceHint}
        </Typography.Text>
      </div>
      {parsed.otherYear.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={T.otherYearTitle}
          data-testid="notice-other-year"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {parsed.otherYear.map((d) => (
                <li key={d.date}>
                  {T.lineRef(d.line)}：{d.explanation}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {parsed.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={T.warningsTitle}
          data-testid="notice-warnings"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {parsed.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Paragraph type="secondary">{T.confirmHint}</Typography.Paragraph>
      <YearGrid data={data} />
      <div style={{ marginTop: 16 }}>
        <HolidayRuns data={data} />
      </div>
    </div>
  );
}
