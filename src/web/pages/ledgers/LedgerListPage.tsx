// The list of one record type of any ledger, driven by its manifest: columns of the `list` fields,
// filters (state, organisation subtree, date range, keyword), pagination, and the toolbar actions
// the caller may use (新建, 导入, 导出).
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type ActionType, PageContainer, type ProColumns, ProTable } from '@ant-design/pro-components';
import { App, Button, Result, Tag } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { LedgerManifest, RecordTypeManifest, RecordView } from '../../../shared/api/ledgers.ts';
import { downloadFile } from '../../components/download.ts';
import { errorMessage, type Query } from '../../data/client.ts';
import { L } from '../../labels.ts';
import { buildOrgTree, townshipOf } from '../../org-tree.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { PageLoading } from '../../shell/PageLoading.tsx';
import { LinkButton } from '../admin/LinkButton.tsx';
import { pagedRequest } from '../admin/table-request.ts';
import { findManifest, ledgerPath, pagePath, useLedgerManifests } from './api.ts';
import { fieldText } from './fields.tsx';
import { ImportModal } from './ImportModal.tsx';
import { ListPrint } from './ListPrint.tsx';
import { stateColour } from './states.ts';

const T = L.ledgers;

export default function LedgerListPage() {
  const { kind, type } = useParams();
  const manifests = useLedgerManifests();
  const { orgId } = useSelectedOrg();
  if (manifests.isPending) return <PageLoading />;
  const found = findManifest(manifests.data, kind, type);
  if (!found) return <Result status="404" title="404" subTitle={T.notFoundType} />;
  // A new list (filters and page) when the header's organisation changes: it starts from that org.
  return (
    <LedgerList key={`${found.ledger.kind}/${found.rt.type}/${orgId}`} ledger={found.ledger} rt={found.rt} />
  );
}

interface Filters {
  q?: string;
  state?: string;
  orgId?: number;
  range?: [string, string];
}

function filtersToQuery(f: Filters): Query {
  return {
    q: f.q,
    state: f.state,
    org: f.orgId,
    from: f.range?.[0],
    to: f.range?.[1],
  };
}

function LedgerList({ ledger, rt }: { ledger: LedgerManifest; rt: RecordTypeManifest }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { orgId, org, orgs, switched, withOrg } = useSelectedOrg();
  const orgTree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const orgById = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  // Above the townships (the county), each row says which township (street) it belongs to.
  const showTownship = org !== undefined && townshipOf(orgById, org.id) === undefined && orgs.length > 1;
  const action = useRef<ActionType>(null);
  const lastFilters = useRef<Filters>({});
  // the search box's "在台账中查看" opens the list filtered by its words (?q=…)
  const [params] = useSearchParams();
  const initialQ = params.get('q') ?? undefined;
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const dateField = rt.fields.find((f) => f.name === rt.dateField);
  const hasSearch = rt.fields.some((f) => f.search);

  const columns: ProColumns<RecordView>[] = [];
  if (hasSearch) {
    const searchable = rt.fields.filter((f) => f.search).map((f) => f.label);
    columns.push({
      title: T.keyword,
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: searchable.join('、') },
    });
  }
  for (const f of rt.fields.filter((x) => x.list)) {
    const isTitle = f.name === rt.titleField;
    const isOrg = f.name === 'orgId';
    columns.push({
      title: f.label,
      dataIndex: isOrg ? 'orgId' : ['fields', f.name],
      key: f.name,
      search: false,
      ellipsis: isTitle || f.type === 'text' || f.type === 'textarea',
      width: isTitle ? 260 : undefined,
      render: (_, row) =>
        isTitle ? (
          <Link to={withOrg(pagePath.record(ledger.kind, rt.type, row.id))}>{row.title}</Link>
        ) : isOrg ? (
          (row.orgName ?? T.emptyValue)
        ) : (
          fieldText(f, row)
        ),
    });
  }
  if (!rt.fields.some((f) => f.list && f.name === rt.titleField)) {
    columns.unshift({
      title: rt.fields.find((f) => f.name === rt.titleField)?.label ?? rt.label,
      dataIndex: 'title',
      search: false,
      ellipsis: true,
      render: (_, row) => (
        <Link to={withOrg(pagePath.record(ledger.kind, rt.type, row.id))}>{row.title}</Link>
      ),
    });
  }
  // The state right after the title column.
  const titleIndex = columns.findIndex((c) => c.key === rt.titleField || c.dataIndex === 'title');
  columns.splice(titleIndex + 1, 0, {
    title: T.state,
    dataIndex: 'state',
    valueType: 'select',
    fieldProps: { options: rt.states.map((s) => ({ value: s.id, label: s.label })), allowClear: true },
    render: (_, row) => <Tag color={stateColour(rt, row.state)}>{row.stateLabel}</Tag>,
  });
  if (!rt.fields.some((f) => f.list && f.name === 'orgId')) {
    columns.push({
      title: T.org,
      dataIndex: 'orgId',
      render: (_, row) => row.orgName ?? T.emptyValue,
    });
  }
  if (showTownship) {
    columns.splice(titleIndex + 2, 0, {
      title: T.township,
      key: 'township',
      search: false,
      width: 110,
      render: (_, row) => townshipOf(orgById, row.orgId)?.name ?? T.emptyValue,
    });
  }
  const orgColumn = columns.find((c) => c.dataIndex === 'orgId');
  if (orgColumn) {
    Object.assign(orgColumn, {
      search: true,
      valueType: 'treeSelect',
      initialValue: switched ? orgId : undefined,
      fieldProps: {
        treeData: orgTree,
        showSearch: true,
        treeNodeFilterProp: 'title',
        allowClear: true,
        treeDefaultExpandAll: true,
      },
    } satisfies Partial<ProColumns<RecordView>>);
  }
  columns.push({
    title: dateField?.label ?? T.dateRange,
    dataIndex: 'range',
    valueType: 'dateRange',
    hideInTable: true,
    fieldProps: { placeholder: [T.rangeStart, T.rangeEnd] },
  });
  columns.push({
    title: L.common.actions,
    valueType: 'option',
    key: 'actions',
    width: 72,
    render: (_, row) => [
      <LinkButton key="view" onClick={() => navigate(withOrg(pagePath.record(ledger.kind, rt.type, row.id)))}>
        {T.view}
      </LinkButton>,
    ],
  });

  const exportAs = async (format: 'xlsx' | 'csv') => {
    setExporting(true);
    try {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(filtersToQuery(lastFilters.current))) {
        if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
      }
      const qs = q.toString();
      await downloadFile(
        `${ledgerPath(ledger.kind, rt.type)}/export.${format}${qs ? `?${qs}` : ''}`,
        `${rt.label}.${format}`,
      );
    } catch (error) {
      message.error(errorMessage(error) || T.downloadFailed);
    } finally {
      setExporting(false);
    }
  };

  const toolbar = [
    <ListPrint key="print" ledger={ledger} rt={rt} query={() => filtersToQuery(lastFilters.current)} />,
    ledger.actions.create && (
      <Button
        key="new"
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => navigate(withOrg(pagePath.create(ledger.kind, rt.type)))}
      >
        {T.create}
      </Button>
    ),
    ledger.actions.import && (
      <Button key="import" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
        {T.import}
      </Button>
    ),
    ledger.actions.export && (
      <Button key="export" icon={<DownloadOutlined />} loading={exporting} onClick={() => exportAs('xlsx')}>
        {T.export}
      </Button>
    ),
    ledger.actions.export && (
      <Button
        key="export-csv"
        icon={<DownloadOutlined />}
        loading={exporting}
        onClick={() => exportAs('csv')}
      >
        {T.exportCsv}
      </Button>
    ),
  ].filter(Boolean);

  return (
    <PageContainer title={rt.label} subTitle={ledger.label === rt.label ? undefined : ledger.label}>
      <ProTable<RecordView, Filters>
        rowKey="id"
        actionRef={action}
        columns={columns}
        request={(params) => {
          const filters: Filters = {
            q: params.q,
            state: params.state,
            orgId: params.orgId,
            range: params.range,
          };
          lastFilters.current = filters;
          // only the fields the list shows (a case has fifty, its list seven)
          return pagedRequest<RecordView>(ledgerPath(ledger.kind, rt.type), params, {
            ...filtersToQuery(filters),
            columns: 'list',
          });
        }}
        onRequestError={(error) => message.error(errorMessage(error))}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ initialValues: { q: initialQ } }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (n) => L.common.totalItems(n) }}
        options={{ density: false, setting: false }}
        toolBarRender={() => toolbar}
        scroll={{ x: 'max-content' }}
      />
      {importing && (
        <ImportModal
          ledger={ledger}
          rt={rt}
          onClose={() => setImporting(false)}
          onImported={() => action.current?.reload()}
        />
      )}
    </PageContainer>
  );
}
