// 年度报告汇总: passages copied between the year's reports, pair by pair, side by side.
import { Col, Collapse, Row, Space, Tag, Typography } from 'antd';
import type { CountyPair } from '../../../shared/api/county.ts';
import { L } from '../../labels.ts';

const T = L.countyReports;

const pct = (x: number) => Math.round(x * 100);

export function CountyCopyPairs({ pairs }: { pairs: CountyPair[] }) {
  const C = T.copying;
  return (
    <Collapse
      defaultActiveKey={[`${pairs[0].a.orgId}-${pairs[0].b.orgId}`]}
      items={pairs.map((p) => ({
        key: `${p.a.orgId}-${p.b.orgId}`,
        label: (
          <Space wrap>
            <span>{C.pair(p.a.orgName, p.b.orgName, pct(p.shareA), pct(p.shareB))}</span>
            <Tag color="orange">{C.passages(p.passages.length)}</Tag>
          </Space>
        ),
        children: (
          <div style={{ maxHeight: 480, overflowY: 'auto' }}>
            <Row gutter={16} style={{ marginBottom: 8 }}>
              {[p.a, p.b].map((s) => (
                <Col span={12} key={s.orgId}>
                  <Space size={6}>
                    <Typography.Text strong>{s.orgName}</Typography.Text>
                    {s.source === 'external' && <Tag color="gold">{T.external}</Tag>}
                  </Space>
                </Col>
              ))}
            </Row>
            {p.passages.map((x, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: passages are an ordered, fixed list
              <Row gutter={16} key={i} style={{ borderTop: '1px dashed #f0f0f0', padding: '8px 0' }}>
                {[x.a, x.b].map((side, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the two sides of a passage
                  <Col span={12} key={k}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {C.line(side.line)}
                    </Typography.Text>
                    <div
                      style={{
                        background: '#fff7e6',
                        borderLeft: '3px solid #fa8c16',
                        padding: '6px 10px',
                        marginTop: 2,
                        lineHeight: 1.8,
                        fontSize: 13,
                      }}
                    >
                      {side.text}
                    </div>
                  </Col>
                ))}
              </Row>
            ))}
          </div>
        ),
      }))}
    />
  );
}
