// The workflow steps of a record, each with what it needs before it is pressed (issue 14, item 4):
// the server evaluates every step the user may take against the record's guards (GET …/:id
// `steps`); a step that cannot succeed today is disabled with its rule and article written under
// it (visible without hovering: clerks work on tablets), a step that can is listed with what its
// form must supply. The server still refuses on submit.
import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type {
  RecordDetail,
  RecordTypeManifest,
  StepCondition,
  StepReadiness,
  TransitionDef,
} from '../../../shared/api/ledgers.ts';
import { L } from '../../labels.ts';

export const STEP_TEXT = {
  blocked: '暂不能办理：',
  needs: '办理须：',
  fill: (labels: string[]) => `填写${labels.join('、')}`,
  ready: '条件已具备',
  condition: (c: StepCondition) => `${c.when ?? ''}${c.rule}`,
  basis: (b: string) => `（依据：${b}）`,
} as const;

/** The required fields of a step, by their labels. */
export function requiredLabels(rt: RecordTypeManifest, t: TransitionDef): string[] {
  return t.required.map((name) => rt.fields.find((f) => f.name === name)?.label ?? name);
}

function Condition({ c, danger }: { c: StepCondition; danger?: boolean }) {
  return (
    <li>
      <Typography.Text type={danger ? 'danger' : undefined}>{STEP_TEXT.condition(c)}</Typography.Text>
      {c.basis && <Typography.Text type="secondary">{STEP_TEXT.basis(c.basis)}</Typography.Text>}
    </li>
  );
}

/** What a step needs, as a short list (also shown in the step's form). */
export function StepNeeds({
  rt,
  t,
  readiness,
}: {
  rt: RecordTypeManifest;
  t: TransitionDef;
  readiness: StepReadiness | undefined;
}) {
  const blockers = readiness?.blockers ?? [];
  const needs = readiness?.needs ?? [];
  const fill = requiredLabels(rt, t);
  if (blockers.length === 0 && needs.length === 0 && fill.length === 0) {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        <CheckCircleOutlined style={{ color: '#52c41a', marginRight: 4 }} />
        {STEP_TEXT.ready}
      </Typography.Text>
    );
  }
  return (
    <div style={{ fontSize: 13, lineHeight: '20px' }} data-testid={`step-needs-${t.id}`}>
      {blockers.length > 0 && (
        <div data-testid={`step-blocked-${t.id}`}>
          <Typography.Text type="danger" strong>
            <StopOutlined style={{ marginRight: 4 }} />
            {STEP_TEXT.blocked}
          </Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {blockers.map((c) => (
              <Condition key={c.rule} c={c} danger />
            ))}
          </ul>
        </div>
      )}
      {(needs.length > 0 || fill.length > 0) && (
        <div>
          <Typography.Text type="secondary">{STEP_TEXT.needs}</Typography.Text>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {fill.length > 0 && (
              <li>
                <Typography.Text>{STEP_TEXT.fill(fill)}</Typography.Text>
              </li>
            )}
            {needs.map((c) => (
              <Condition key={c.rule} c={c} />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The step buttons of a record, each with its needs; steps that cannot succeed are disabled. */
export function StepActions({
  rt,
  record,
  transitions,
  onAct,
}: {
  rt: RecordTypeManifest;
  record: RecordDetail;
  transitions: TransitionDef[];
  onAct: (t: TransitionDef) => void;
}) {
  const byId = new Map(record.steps.map((s) => [s.id, s]));
  return (
    <div
      className="fz-no-print"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
        gap: 12,
      }}
    >
      {transitions.map((t) => {
        const readiness = byId.get(t.id);
        const blocked = readiness?.ready === false;
        return (
          <div
            key={t.id}
            data-testid={`step-${t.id}`}
            style={{
              border: `1px solid ${blocked ? '#ffccc7' : '#f0f0f0'}`,
              background: blocked ? '#fff7f6' : '#fff',
              borderRadius: 6,
              padding: '8px 12px',
            }}
          >
            <Button
              type="primary"
              ghost={!blocked}
              disabled={blocked}
              onClick={() => onAct(t)}
              data-testid={`transition-${t.id}`}
              title={t.basis ? L.ledgers.basis(t.basis) : undefined}
              style={{ marginBottom: 6 }}
            >
              {t.label}
            </Button>
            <StepNeeds rt={rt} t={t} readiness={readiness} />
          </div>
        );
      })}
    </div>
  );
}
