// 本页说明: the manual of the page the user is on (help/manual.ts), and on a ledger page its
// purpose, its law, and what each state and clock of the record type means (from the manifest).
// Loaded only when opened (shell/HelpMenu.tsx).
import { Descriptions, Drawer, Empty, Tag, Typography } from 'antd';
import type { RecordTypeManifest } from '../../shared/api/ledgers.ts';
import { findManifest, useLedgerManifests } from '../pages/ledgers/api.ts';
import { clockTexts, stateMeanings } from './ledger-help.ts';
import { LEDGER_MANUALS, manualFor, type PageManual } from './manual.ts';

export const HELP_TEXT = {
  title: '本页说明',
  purpose: '用途',
  law: '法律规定',
  howTo: '使用要点',
  states: '各状态的含义',
  clocks: '法定期限',
  noClocks: '本类记录没有法定期限。',
  none: '本页暂无说明。',
  tour: '重新查看新手引导',
  ledgerPage: (label: string) => `${label}`,
  listPoints: [
    '上方可按关键词、状态、单位和日期筛选；“导出”“打印”都按当前筛选结果。',
    '点记录名称进入详情，在“办理”栏推进下一步。',
  ],
} as const;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section style={{ marginBottom: 20 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      {children}
    </section>
  );
}

function ManualView({ manual }: { manual: PageManual }) {
  return (
    <>
      <Section title={HELP_TEXT.purpose}>
        <Typography.Paragraph>{manual.purpose}</Typography.Paragraph>
      </Section>
      {manual.law && (
        <Section title={HELP_TEXT.law}>
          <Typography.Paragraph>{manual.law}</Typography.Paragraph>
        </Section>
      )}
      {manual.points && (
        <Section title={HELP_TEXT.howTo}>
          <ul style={{ paddingInlineStart: 20 }}>
            {manual.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function RecordTypeHelp({ rt }: { rt: RecordTypeManifest }) {
  const clocks = clockTexts(rt);
  return (
    <>
      <Section title={HELP_TEXT.states}>
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { width: 110 } }}
          items={stateMeanings(rt).map((s) => ({
            key: s.id,
            label: <Tag>{s.label}</Tag>,
            children: s.text,
          }))}
          data-testid="help-states"
        />
      </Section>
      <Section title={HELP_TEXT.clocks}>
        {clocks.length === 0 ? (
          <Typography.Paragraph type="secondary">{HELP_TEXT.noClocks}</Typography.Paragraph>
        ) : (
          <ul style={{ paddingInlineStart: 20 }}>
            {clocks.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

/** The ledger pages (list, record, form): the ledger's purpose and law, then the page's own manual. */
function LedgerHelp({ kind, type, path }: { kind: string; type: string; path: string }) {
  const manifests = useLedgerManifests();
  const found = findManifest(manifests.data, kind, type);
  const own = LEDGER_MANUALS[kind];
  const page = manualFor(path);
  return (
    <>
      {found && (
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {found.rt.label === found.ledger.label
            ? found.rt.label
            : `${found.ledger.label} · ${found.rt.label}`}
        </Typography.Title>
      )}
      {own && (
        <>
          <Section title={HELP_TEXT.purpose}>
            <Typography.Paragraph>{own.purpose}</Typography.Paragraph>
          </Section>
          <Section title={HELP_TEXT.law}>
            <Typography.Paragraph>{own.law}</Typography.Paragraph>
          </Section>
        </>
      )}
      <Section title={HELP_TEXT.howTo}>
        <ul style={{ paddingInlineStart: 20 }}>
          {(page ? [page.purpose, ...(page.points ?? [])] : HELP_TEXT.listPoints).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </Section>
      {found && <RecordTypeHelp rt={found.rt} />}
    </>
  );
}

export default function HelpDrawer({
  path,
  onClose,
  onTour,
}: {
  path: string;
  onClose: () => void;
  onTour: () => void;
}) {
  const ledger = /^\/ledgers\/([^/]+)\/([^/]+)(\/|$)/.exec(path);
  const special = manualFor(path);
  const isGenericLedger =
    ledger !== null &&
    !/^\/ledgers\/(enforcement\/(disclosure-queue|inspection-counts)|disclosure\/annual-report)$/.test(path);
  return (
    <Drawer
      open
      title={HELP_TEXT.title}
      width={Math.min(560, window.innerWidth)}
      onClose={onClose}
      data-testid="help-drawer"
      footer={<Typography.Link onClick={onTour}>{HELP_TEXT.tour}</Typography.Link>}
    >
      {isGenericLedger && ledger ? (
        <LedgerHelp kind={ledger[1]!} type={ledger[2]!} path={path} />
      ) : special ? (
        <>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {special.title}
          </Typography.Title>
          <ManualView manual={special} />
        </>
      ) : (
        <Empty description={HELP_TEXT.none} />
      )}
    </Drawer>
  );
}
