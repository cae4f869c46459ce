// The A4 print of a record: its fields as the page shows them (personal information masked), its
// statutory clocks, its workflow steps and its audit trail, with who printed it and when.
import type { LedgerManifest, RecordDetail, RecordTypeManifest } from '../../../shared/api/ledgers.ts';
import { PRINT_TEXT, PrintFields, PrintSheet, PrintTable } from '../../components/print/PrintSheet.tsx';
import { L } from '../../labels.ts';
import { useCurrentUser, useToday } from '../../shell/current-user.ts';
import { formatTime } from '../admin/table-request.ts';
import { dueText } from './deadline-text.ts';
import { fieldText } from './fields.tsx';
import { auditLabel, stepFieldText } from './timeline-text.ts';

const T = L.ledgers;

export const RECORD_PRINT = {
  fields: '记录信息',
  deadlines: '办理期限',
  steps: '办理过程',
  audit: '审计记录',
  stepsHead: ['办理日期', '环节', '办理后状态', '经办人', '办理内容', '记录时间'],
  deadlinesHead: ['期限', '起算日', '届满日', '状态', '依据'],
  auditHead: ['序号', '时间', '操作', '操作人', '说明'],
  meta: (ledger: string, type: string, org: string, state: string) =>
    `${ledger}${type === ledger ? '' : ` · ${type}`}　${org}　当前状态：${state}`,
  attachments: (names: string[]) => `附件：${names.join('、')}`,
} as const;

export function RecordPrint({
  ledger,
  rt,
  record,
}: {
  ledger: LedgerManifest;
  rt: RecordTypeManifest;
  record: RecordDetail;
}) {
  const me = useCurrentUser();
  const today = useToday();
  const shown = rt.fields.filter((f) => {
    if (f.hidden) return false;
    const v = record.fields[f.name];
    return !f.workflow || (v !== null && v !== undefined && v !== '');
  });
  const stepContent = (s: RecordDetail['timeline']['steps'][number]) => {
    const lines = Object.entries(s.fields ?? {}).map(
      ([name, v]) =>
        `${rt.fields.find((f) => f.name === name)?.label ?? name}：${stepFieldText(rt, name, v)}`,
    );
    if (s.note) lines.push(s.note);
    const names = (s.attachments ?? []).map((a) => a.name);
    if (names.length) lines.push(RECORD_PRINT.attachments(names));
    return lines.map((line) => <div key={line}>{line}</div>);
  };
  return (
    <PrintSheet
      title={record.title}
      meta={[RECORD_PRINT.meta(ledger.label, rt.label, record.orgName ?? T.emptyValue, record.stateLabel)]}
      foot={PRINT_TEXT.printedBy(me.displayName, today)}
    >
      <h2>{RECORD_PRINT.fields}</h2>
      <PrintFields
        items={[
          ...shown.map((f) => ({
            label: f.label,
            value: f.name === 'orgId' ? (record.orgName ?? T.emptyValue) : fieldText(f, record),
            wide: f.type === 'textarea',
          })),
          { label: T.stateNow, value: record.stateLabel },
          { label: T.createdAt, value: formatTime(record.createdAt) },
        ]}
      />
      {record.deadlines.length > 0 && (
        <>
          <h2>{RECORD_PRINT.deadlines}</h2>
          <PrintTable
            head={[...RECORD_PRINT.deadlinesHead]}
            nowrap={[0, 1, 2]}
            rows={record.deadlines.map((d) => [d.label, d.start, dueText(d), d.status, d.basis])}
          />
        </>
      )}
      <h2>{RECORD_PRINT.steps}</h2>
      <PrintTable
        head={[...RECORD_PRINT.stepsHead]}
        nowrap={[0, 1, 2, 3, 5]}
        rows={record.timeline.steps.map((s) => [
          s.on,
          s.label,
          s.fromState !== s.toState ? s.toStateLabel : T.emptyValue,
          s.actorName ?? T.emptyValue,
          stepContent(s),
          formatTime(s.at),
        ])}
      />
      <h2>{RECORD_PRINT.audit}</h2>
      <PrintTable
        head={[...RECORD_PRINT.auditHead]}
        nowrap={[0, 1, 2, 3]}
        rows={record.timeline.audit.map((e) => {
          const after = (e.after ?? {}) as Record<string, unknown>;
          const note =
            typeof after.rule === 'string'
              ? `${after.rule}${typeof after.basis === 'string' ? `（${T.basis(after.basis)}）` : ''}`
              : typeof after.label === 'string'
                ? T.auditRevealField(after.label)
                : '';
          return [
            String(e.seq),
            formatTime(e.at),
            auditLabel(e.action, ledger, rt),
            e.actorName ?? T.emptyValue,
            note,
          ];
        })}
      />
    </PrintSheet>
  );
}
