// 发文信息 of the report: the 发文字号 of the 版头 and the 抄送机关 and 印发机关 of the 版记 (GB/T 9704-2012
// 7.2, 7.4). Edited while drafting and saved with the paragraphs; read-only afterwards, when it also
// shows the 签发人 and 印发日期 written in at signing.
import { Button, Col, Descriptions, Form, Input, Row, Select, Typography } from 'antd';
import type { ReportView } from '../../../shared/api/annual-reports.ts';
import {
  CC_MAX,
  DOC_NUMBER_EXAMPLE,
  docNumberProblem,
  ORGAN_MAX_CHARS,
} from '../../../shared/schemas/report-docinfo.ts';
import { L } from '../../labels.ts';
import type { DocInfo } from './model.ts';

const T = L.reports.docInfo;

/** The year written in other brackets ("[2026]", "（2026）", "【2026】") put into 〔〕. */
const withHexBrackets = (s: string) => s.replace(/[[(（【［〖]\s*(\d{4})\s*[\])）】］〗]/, '〔$1〕');

interface Props {
  view: ReportView;
  docInfo: DocInfo;
  onChange(patch: Partial<DocInfo>): void;
}

export function DocInfoCard({ view, docInfo, onChange }: Props) {
  if (!view.editable) return <DocInfoView view={view} />;
  const problem = docInfo.number.trim() ? docNumberProblem(docInfo.number) : null;
  const fixable = problem !== null && withHexBrackets(docInfo.number) !== docInfo.number;
  return (
    <Form layout="vertical" data-testid="report-docinfo" style={{ marginBottom: -8 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            label={T.number}
            validateStatus={problem ? 'error' : undefined}
            help={
              problem && (
                <span>
                  {problem}
                  {fixable && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => onChange({ number: withHexBrackets(docInfo.number) })}
                    >
                      {T.fixBrackets}
                    </Button>
                  )}
                </span>
              )
            }
          >
            <Input
              value={docInfo.number}
              maxLength={40}
              placeholder={T.numberPlaceholder(DOC_NUMBER_EXAMPLE)}
              onChange={(e) => onChange({ number: e.target.value })}
              data-testid="docinfo-number"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={T.printer}>
            <Input
              value={docInfo.printer}
              maxLength={ORGAN_MAX_CHARS}
              placeholder={T.printerPlaceholder(view.orgName)}
              onChange={(e) => onChange({ printer: e.target.value })}
              data-testid="docinfo-printer"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={T.cc}>
        <Select
          mode="tags"
          value={docInfo.cc}
          maxCount={CC_MAX}
          tokenSeparators={['，', ',', '、', '；', ';']}
          placeholder={T.ccPlaceholder(CC_MAX)}
          notFoundContent={null}
          suffixIcon={null}
          onChange={(cc: string[]) =>
            onChange({ cc: cc.map((c) => c.trim().slice(0, ORGAN_MAX_CHARS)).filter(Boolean) })
          }
          data-testid="docinfo-cc"
        />
      </Form.Item>
    </Form>
  );
}

function DocInfoView({ view }: { view: ReportView }) {
  const { header, record } = view.draft;
  if (!header?.number && !record?.cc?.length && !record?.printer)
    return (
      <Typography.Text type="secondary" data-testid="report-docinfo">
        {T.none}
      </Typography.Text>
    );
  const pending = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const unset = pending(T.unset);
  const signed = view.version.signed;
  return (
    <Descriptions column={2} size="small" data-testid="report-docinfo">
      <Descriptions.Item label={T.number}>{header?.number ?? unset}</Descriptions.Item>
      <Descriptions.Item label={T.signer}>
        {header?.signer ?? (header?.number && !signed ? pending(T.signerPending) : unset)}
      </Descriptions.Item>
      <Descriptions.Item label={T.printer}>{record?.printer ?? unset}</Descriptions.Item>
      <Descriptions.Item label={T.printedOn}>
        {record?.printedOn ?? (record && !signed ? pending(T.printedOnPending) : unset)}
      </Descriptions.Item>
      <Descriptions.Item label={T.cc} span={2}>
        {record?.cc?.join('、') || unset}
      </Descriptions.Item>
    </Descriptions>
  );
}
