// The workflow of the 政府信息公开工作年度报告 on its page: where it stands (起草 → 签发 → 报送 → 公开)
// with its signed versions, the steps the user may take now, and the 上年结转 check — against last
// year's report, or a figure entered by hand when that report is not in the system.
import { ProCard } from '@ant-design/pro-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, InputNumber, Space, Steps, Tag } from 'antd';
import { useState } from 'react';
import type { DisclosureReportView } from '../../../../shared/api/disclosure.ts';
import { api, errorMessage } from '../../../data/client.ts';
import { L } from '../../../labels.ts';

const T = L.disclosureReport;
const BASE = '/api/ledgers/disclosure/views/annual-report';
const ORDER = ['drafting', 'signed', 'submitted', 'published'];

export function ReportWorkflow({ r, org }: { r: DisclosureReportView; org?: number }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const w = r.workflow;
  const [carried, setCarried] = useState<Record<string, number>>(() =>
    r.carryover.source === 'manual' ? (r.carryover.lastYear ?? {}) : {},
  );
  const done = () => qc.invalidateQueries({ queryKey: ['ledgers', 'disclosure', 'annual-report'] });
  const target = { year: r.year, ...(org ? { org } : {}) };
  const step = useMutation({
    mutationFn: (id: string) => api.post(`${BASE}/${id}`, target),
    onSuccess: async () => {
      message.success(T.stepDone);
      await done();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const save = useMutation({
    mutationFn: () => api.put(`${BASE}/carried`, { ...target, figures: carried }),
    onSuccess: async () => {
      message.success(T.carriedSaved);
      await done();
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const canEnter = r.carryover.source !== 'report' && (!w || w.state === 'drafting');
  const columns = T.applicants.filter(([k]) => k !== 'total');
  return (
    <ProCard title={T.workflow} headerBordered data-testid="disclosure-report-workflow">
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Steps
          size="small"
          current={w ? ORDER.indexOf(w.state) : 0}
          items={T.stateSteps.map((title) => ({ title }))}
        />
        {w ? (
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={T.state}>
              <Tag color={w.state === 'published' ? 'green' : 'blue'}>{w.stateLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={T.submitBy}>{w.submitBy}</Descriptions.Item>
            <Descriptions.Item label={T.publishBy}>{w.publishBy}</Descriptions.Item>
            <Descriptions.Item label={T.versions}>
              {w.versions.length
                ? w.versions.map((v) => T.versionText(v.version, v.signedOn, v.signedByName ?? '')).join('；')
                : T.noVersion}
            </Descriptions.Item>
            <Descriptions.Item label={T.submittedOn}>{w.submittedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={T.publishedOn}>{w.publishedOn ?? '—'}</Descriptions.Item>
          </Descriptions>
        ) : null}
        <Alert
          type={r.carryover.errors.length ? 'error' : r.carryover.source === 'report' ? 'success' : 'warning'}
          showIcon
          message={`${T.carryover}：${r.carryover.note}`}
          data-testid="disclosure-carryover"
        />
        {canEnter ? (
          <Space wrap>
            <span>{T.carriedHand(r.year - 1)}</span>
            {columns.map(([k, label]) => (
              <Space key={k} size={4}>
                <span>{label}</span>
                <InputNumber
                  min={0}
                  precision={0}
                  value={carried[k] ?? 0}
                  onChange={(v) => setCarried({ ...carried, [k]: Number(v ?? 0) })}
                  style={{ width: 72 }}
                  aria-label={`${T.carriedHand(r.year - 1)}${label}`}
                />
              </Space>
            ))}
            <Button onClick={() => save.mutate()} loading={save.isPending}>
              {T.saveCarried}
            </Button>
          </Space>
        ) : null}
        <Space>
          {(w?.steps ?? [{ id: 'open', label: T.open }]).map((s) => (
            <Button
              key={s.id}
              type="primary"
              loading={step.isPending && step.variables === s.id}
              onClick={() => step.mutate(s.id)}
            >
              {s.label}
            </Button>
          ))}
        </Space>
      </Space>
    </ProCard>
  );
}
