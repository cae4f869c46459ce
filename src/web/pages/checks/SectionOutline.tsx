// The five required parts of an annual report, each present (with the heading that covers it)
// or missing, as 《法治政府建设与责任落实督察工作规定》 requires.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Tag, Typography } from 'antd';
import type { SectionRef } from '../../../shared/api/checks.ts';
import { L } from '../../labels.ts';

const T = L.checker;

export function SectionOutline({
  sections,
  onLocate,
}: {
  sections: SectionRef[];
  onLocate(line: number): void;
}) {
  return (
    <div data-testid="checker-outline">
      {T.sectionKeys.map((key, n) => {
        const found = sections.filter((s) => s.key === key);
        const ok = found.length > 0;
        return (
          <div
            key={key}
            style={{
              display: 'flex',
              gap: 12,
              padding: '10px 4px',
              borderBottom: n < T.sectionKeys.length - 1 ? '1px solid #f0f0f0' : undefined,
            }}
          >
            <span style={{ fontSize: 18, lineHeight: '22px', color: ok ? '#389e0d' : '#cf1322' }}>
              {ok ? <CheckCircleFilled /> : <CloseCircleFilled />}
            </span>
            <div style={{ flex: 1, minWidth: 0 }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <Typography.Text strong style={{ flex: 1 }}>
                  {T.sections[key]}
                </Typography.Text>
                <Tag
                  color={ok ? 'success' : 'error'}
                  style={{ marginInlineEnd: 0, flex: 'none', alignSelf: 'flex-start' }}
                >
                  {ok ? T.outline.present : T.outline.missing}
                </Tag>
              </div>
              {ok ? (
                found.map((s) => (
                  <Typography.Link
                    key={`${s.line}-${s.key}`}
                    style={{ display: 'block', fontSize: 13 }}
                    onClick={() => onLocate(s.line)}
                  >
                    {s.heading}
                    <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                      {T.text.line(s.line)}
                    </Typography.Text>
                  </Typography.Link>
                ))
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {T.outline.noHeading}
                </Typography.Text>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
