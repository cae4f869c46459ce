// 组织机构 (sysadmin): the organisation tree, with create-child, edit and activate/deactivate.
import { ApartmentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { ModalForm, PageContainer, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Popconfirm,
  Row,
  Space,
  Tag,
  Tree,
} from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import type { Org } from '../../../shared/api/admin.ts';
import { api, errorMessage } from '../../data/client.ts';
import { orgsKey, useOrgs } from '../../data/queries.ts';
import { showFormError } from '../../form-errors.ts';
import { L, ORG_CHILD_KINDS, ORG_KIND_LABELS } from '../../labels.ts';
import { buildOrgTree, type OrgTreeNode, orgKindLabel } from '../../org-tree.ts';
import { PageLoading } from '../../shell/PageLoading.tsx';

const T = L.orgs;

type Editing = { mode: 'create'; parent: Org | null } | { mode: 'edit'; org: Org };

export default function OrgsPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const orgsQuery = useOrgs();
  const orgs = orgsQuery.data ?? [];
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);

  const tree = useMemo(() => decorate(buildOrgTree(orgs, { includeInactive: true }), filter), [orgs, filter]);
  const selected = orgs.find((o) => o.id === (selectedId ?? orgs[0]?.id));
  const children = selected ? orgs.filter((o) => o.parentId === selected.id) : [];
  const parent = selected?.parentId ? orgs.find((o) => o.id === selected.parentId) : undefined;
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgsKey });

  const toggleActive = async (org: Org) => {
    try {
      await api.patch(`/api/orgs/${org.id}`, { active: !org.active });
      message.success(L.common.done);
      await refresh();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  if (orgsQuery.isPending) return <PageLoading />;

  return (
    <PageContainer
      title={T.title}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setEditing({ mode: 'create', parent: null })}>
          {T.createRoot}
        </Button>
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={10} lg={8}>
          <Card title={T.tree} styles={{ body: { paddingTop: 12 } }}>
            <Input.Search
              placeholder={T.searchPlaceholder}
              allowClear
              onChange={(e) => setFilter(e.target.value.trim())}
              style={{ marginBottom: 12 }}
            />
            {tree.length === 0 ? (
              <Empty />
            ) : (
              <Tree
                showIcon
                blockNode
                defaultExpandAll
                treeData={tree}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => keys.length > 0 && setSelectedId(Number(keys[0]))}
                style={{ maxHeight: 'calc(100vh - 300px)', overflow: 'auto' }}
                data-testid="org-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14} lg={16}>
          <Card
            title={selected?.name ?? T.selectHint}
            extra={
              selected && (
                <Space wrap>
                  <Button icon={<EditOutlined />} onClick={() => setEditing({ mode: 'edit', org: selected })}>
                    {L.common.edit}
                  </Button>
                  {(ORG_CHILD_KINDS[selected.kind] ?? []).length > 0 && (
                    <Button
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() => setEditing({ mode: 'create', parent: selected })}
                    >
                      {T.createChild}
                    </Button>
                  )}
                  <Popconfirm
                    title={selected.active ? T.deactivateConfirm : T.activateConfirm}
                    onConfirm={() => toggleActive(selected)}
                  >
                    <Button danger={selected.active}>{selected.active ? T.deactivate : T.activate}</Button>
                  </Popconfirm>
                </Space>
              )
            }
          >
            {selected ? (
              <Descriptions column={1} bordered size="middle">
                <Descriptions.Item label={T.name}>{selected.name}</Descriptions.Item>
                <Descriptions.Item label={T.code}>{selected.code}</Descriptions.Item>
                <Descriptions.Item label={T.kind}>{orgKindLabel(selected.kind)}</Descriptions.Item>
                <Descriptions.Item label={T.parent}>{parent?.name ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={T.status}>
                  {selected.active ? <Tag color="green">{T.active}</Tag> : <Tag>{T.inactive}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={T.childCount(children.length)}>
                  <Space size={[4, 4]} wrap>
                    {children.map((c) => (
                      <Tag key={c.id} style={{ cursor: 'pointer' }} onClick={() => setSelectedId(c.id)}>
                        {c.name}
                      </Tag>
                    ))}
                  </Space>
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description={T.selectHint} />
            )}
          </Card>
        </Col>
      </Row>
      {editing && (
        <OrgForm
          editing={editing}
          onClose={() => setEditing(null)}
          onSaved={async (org) => {
            await refresh();
            if (org?.id) setSelectedId(org.id);
          }}
        />
      )}
    </PageContainer>
  );
}

function decorate(nodes: OrgTreeNode[], filter: string): (OrgTreeNode & { icon: ReactNode })[] {
  const walk = (list: OrgTreeNode[]): (OrgTreeNode & { icon: ReactNode })[] =>
    list.flatMap((n) => {
      const children = walk(n.children);
      if (filter && !n.org.name.includes(filter) && children.length === 0) return [];
      return [
        {
          ...n,
          icon: <ApartmentOutlined />,
          title: n.org.active ? n.org.name : `${n.org.name}（${T.inactive}）`,
          children,
        },
      ];
    });
  return walk(nodes);
}

interface OrgValues {
  name: string;
  code: string;
  kind: string;
}

function OrgForm(props: { editing: Editing; onClose: () => void; onSaved: (org?: Org) => void }) {
  const { editing } = props;
  const [form] = Form.useForm<OrgValues>();
  const { message } = App.useApp();
  const parent = editing.mode === 'create' ? editing.parent : null;
  const kinds = ORG_CHILD_KINDS[parent ? parent.kind : 'root'] ?? [];
  const title = editing.mode === 'edit' ? T.edit : parent ? `${T.createChild}：${parent.name}` : T.createRoot;

  return (
    <ModalForm<OrgValues>
      title={title}
      open
      form={form}
      width={480}
      modalProps={{ destroyOnHidden: true, onCancel: props.onClose }}
      initialValues={
        editing.mode === 'edit'
          ? { name: editing.org.name, code: editing.org.code, kind: editing.org.kind }
          : { kind: kinds[0] }
      }
      onFinish={async (values) => {
        try {
          let saved: Org;
          if (editing.mode === 'edit') {
            saved = await api.patch<Org>(`/api/orgs/${editing.org.id}`, {
              name: values.name,
              code: values.code,
            });
            message.success(L.common.saved);
          } else {
            saved = await api.post<Org>('/api/orgs', { ...values, parentId: parent?.id ?? null });
            message.success(T.created);
          }
          props.onSaved(saved);
          props.onClose();
          return true;
        } catch (error) {
          showFormError(form, error, message, { ORG_CODE_TAKEN: 'code', CONFLICT: 'code' });
          return false;
        }
      }}
    >
      {editing.mode === 'create' && (
        <ProFormSelect
          name="kind"
          label={T.kind}
          options={kinds.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] ?? k }))}
          rules={[{ required: true, message: L.common.requiredSelect(T.kind) }]}
        />
      )}
      <ProFormText
        name="name"
        label={T.name}
        rules={[{ required: true, whitespace: true, message: L.common.required(T.name) }]}
      />
      <ProFormText
        name="code"
        label={T.code}
        rules={[{ required: true, whitespace: true, message: L.common.required(T.code) }]}
      />
    </ModalForm>
  );
}
