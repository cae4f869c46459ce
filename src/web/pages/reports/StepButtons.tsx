// The report's steps the API says the user can take now, each asking what it needs first:
// 提交审核 says plainly how many error-level findings remain, 撤回修改 and 签发 ask for a
// confirmation, 退回修改 for the reason the clerk will read.
import { Button, Form, Input, Modal, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import type { ReportView } from '../../../shared/api/annual-reports.ts';
import { L } from '../../labels.ts';
import { countBySeverity } from '../checks/severity.ts';

const T = L.reports;

export interface StepRequest {
  id: string;
  label: string;
  reason?: string;
}

interface Props {
  view: ReportView;
  dirty: boolean;
  busy: string | null;
  onTransition(step: StepRequest): void;
}

export function StepButtons({ view, dirty, busy, onTransition }: Props) {
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const errors = countBySeverity(view.findings).error;

  const submitReview = (t: StepRequest) =>
    Modal.confirm({
      title: T.submitConfirm.title,
      content: (
        <div data-testid="submit-confirm">
          {errors > 0 ? T.submitConfirm.errors(errors) : T.submitConfirm.clean}
          <div style={{ marginTop: 8 }}>{T.submitConfirm.after}</div>
        </div>
      ),
      okText: errors > 0 ? T.submitConfirm.okAnyway : T.submitConfirm.ok,
      okButtonProps: { danger: errors > 0 },
      cancelText: errors > 0 ? T.submitConfirm.cancelFix : L.common.cancel,
      onOk: () => onTransition(t),
    });

  return (
    <>
      {view.transitions.map((t) => {
        const blocked = dirty && t.id === 'submit_review';
        const click =
          t.id === 'submit_review'
            ? () => submitReview(t)
            : t.id === 'return'
              ? () => setReturning(true)
              : t.id === 'sign' || t.id === 'withdraw'
                ? undefined
                : () => onTransition(t);
        const button = (
          <Button
            key={t.id}
            type={t.id === 'return' || t.id === 'correct' || t.id === 'withdraw' ? 'default' : 'primary'}
            danger={t.id === 'return'}
            loading={busy === t.id}
            disabled={busy !== null || blocked}
            data-testid={`transition-${t.id}`}
            onClick={click}
          >
            {t.label}
          </Button>
        );
        if (t.id === 'sign' || t.id === 'withdraw')
          return (
            <Popconfirm
              key={t.id}
              title={t.id === 'sign' ? T.signConfirm : T.withdrawConfirm}
              okText={L.common.ok}
              cancelText={L.common.cancel}
              onConfirm={() => onTransition(t)}
            >
              {button}
            </Popconfirm>
          );
        return blocked ? (
          <Tooltip key={t.id} title={T.saveFirst}>
            {button}
          </Tooltip>
        ) : (
          button
        );
      })}
      <Modal
        open={returning}
        title={T.returnDialog.title}
        okText={T.returnDialog.ok}
        okButtonProps={{ danger: true }}
        cancelText={L.common.cancel}
        destroyOnHidden
        onCancel={() => setReturning(false)}
        onOk={async () => {
          const { reason } = await form.validateFields();
          setReturning(false);
          form.resetFields();
          onTransition({ id: 'return', label: T.returnDialog.label, reason: reason.trim() });
        }}
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="reason"
            label={T.returnDialog.reason}
            extra={T.returnDialog.hint}
            rules={[
              { required: true, whitespace: true, message: T.returnDialog.required },
              { max: 500, message: T.returnDialog.tooLong },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
