// The doc page of one rule in a drawer: what it finds, why, how to fix, with examples.
import { Alert, Descriptions, Drawer, Skeleton, Tag } from 'antd';
import { L } from '../../labels.ts';
import { Markdown } from './Markdown.tsx';
import { ruleName, useRules } from './rules.ts';
import { SEVERITY_COLOR } from './severity.ts';

const T = L.checker;

export function RuleDocDrawer({ ruleId, onClose }: { ruleId: string | null; onClose: () => void }) {
  const rules = useRules();
  const info = rules.data?.find((r) => r.id === ruleId);
  const category = ruleId?.split('/')[0] ?? '';
  return (
    <Drawer
      open={ruleId !== null}
      onClose={onClose}
      width={640}
      title={
        ruleId ? `${T.doc.title}：${ruleName(info, T.categories[category] ?? T.doc.title)}` : T.doc.title
      }
      destroyOnHidden
    >
      {rules.isPending ? (
        <Skeleton active />
      ) : (
        <>
          {info && (
            <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
              <Descriptions.Item label={T.doc.category}>
                {T.categories[info.category] ?? info.category}
              </Descriptions.Item>
              <Descriptions.Item label={T.doc.severity}>
                <Tag color={SEVERITY_COLOR[info.severity].tag}>{T.severity[info.severity]}</Tag>
              </Descriptions.Item>
            </Descriptions>
          )}
          {info?.doc ? (
            <div data-testid="rule-doc">
              <Markdown source={info.doc} skipTitle skipMeta />
            </div>
          ) : (
            <Alert type="info" showIcon message={T.doc.missing} />
          )}
        </>
      )}
    </Drawer>
  );
}
