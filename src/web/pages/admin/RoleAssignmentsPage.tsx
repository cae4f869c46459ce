// 角色授权 (secadmin): who holds which role at which organisation; assign and revoke.
// The server enforces 三员分立 and answers 409 SEPARATION_OF_DUTIES, shown here as it says.
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns, ProTable } from '@ant-design/pro-components';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Form,
  Modal,
  Popconfirm,
  Select,
  Space,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import type { RoleAssignment, RoleAssignmentList } from '../../../shared/api/admin.ts';
import { ApiError, api, errorMessage } from '../../data/client.ts';
import { showFormError } from '../../form-errors.ts';
import { ADMIN_ROLES, L, ROLE_LABELS, ROLE_ORDER } from '../../labels.ts';
import { buildOrgTree } from '../../org-tree.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { LinkButton } from './LinkButton.tsx';
import { PendingResets } from './PendingResets.tsx';
import { formatTime } from './table-request.ts';
import { UserPicker } from './UserPicker.tsx';

const T = L.roles;
const roleOptions = ROLE_ORDER.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export default function RoleAssignmentsPage() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState<number | undefined>();
  const [role, setRole] = useState<string | undefined>();
  const [assigning, setAssigning] = useState(false);
  const key = ['role-assignments', userId ?? ''];
  const list = useQuery({
    queryKey: key,
    queryFn: () => api.get<RoleAssignmentList>('/api/role-assignments', { userId }).then((r) => r.items),
  });
  const rows = (list.data ?? []).filter((r) => !role || r.role === role);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['role-assignments'] });

  const revoke = async (row: RoleAssignment) => {
    try {
      await api.delete(`/api/role-assignments/${row.id}`);
      message.success(T.revoked);
      await refresh();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const columns: ProColumns<RoleAssignment>[] = [
    {
      title: T.user,
      dataIndex: 'displayName',
      render: (_, r) => (
        <Space size={4}>
          {r.displayName}
          <Typography.Text type="secondary">{r.username}</Typography.Text>
        </Space>
      ),
    },
    {
      title: T.role,
      dataIndex: 'role',
      render: (_, r) => (
        <Tag color={ADMIN_ROLES.has(r.role) ? 'volcano' : 'blue'}>{ROLE_LABELS[r.role] ?? r.role}</Tag>
      ),
    },
    { title: T.org, dataIndex: 'orgName' },
    { title: T.createdAt, dataIndex: 'createdAt', render: (_, r) => formatTime(r.createdAt) },
    {
      title: L.common.actions,
      valueType: 'option',
      key: 'actions',
      render: (_, r) => [
        <Popconfirm key="revoke" title={T.revokeConfirm} onConfirm={() => revoke(r)}>
          <LinkButton danger>{T.revoke}</LinkButton>
        </Popconfirm>,
      ],
    },
  ];

  return (
    <PageContainer title={T.title}>
      <PendingResets />
      <Alert
        type="info"
        showIcon
        message={T.separationTitle}
        description={T.separationHint}
        style={{ marginBottom: 16 }}
      />
      <ProTable<RoleAssignment>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        search={false}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false, reload: () => list.refetch() }}
        headerTitle={
          <Space wrap>
            <UserPicker
              value={userId}
              onChange={setUserId}
              allowClear
              style={{ width: 300 }}
              placeholder={T.filterUser}
            />
            <Select
              value={role}
              onChange={setRole}
              allowClear
              options={roleOptions}
              placeholder={T.role}
              style={{ width: 160 }}
            />
          </Space>
        }
        toolBarRender={() => [
          <Button key="assign" type="primary" icon={<PlusOutlined />} onClick={() => setAssigning(true)}>
            {T.assign}
          </Button>,
        ]}
      />
      {list.isError && (
        <Alert type="error" showIcon message={errorMessage(list.error)} style={{ marginTop: 16 }} />
      )}
      {assigning && (
        <AssignForm
          defaultUserId={userId}
          onClose={() => setAssigning(false)}
          onSaved={() => {
            message.success(T.assigned);
            void refresh();
          }}
        />
      )}
    </PageContainer>
  );
}

interface AssignValues {
  userId: number;
  role: string;
  orgId: number;
}

function AssignForm(props: { defaultUserId?: number; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<AssignValues>();
  const { message } = App.useApp();
  const { orgs, orgId } = useSelectedOrg();
  const orgTree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setRefusal(null);
    try {
      await api.post('/api/role-assignments', values);
      props.onSaved();
      props.onClose();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'SEPARATION_OF_DUTIES') setRefusal(error.message);
      else showFormError(form, error, message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={T.assign}
      open
      onCancel={props.onClose}
      onOk={submit}
      okText={L.common.ok}
      confirmLoading={busy}
      destroyOnHidden
      width={520}
    >
      {refusal && (
        <Alert
          type="error"
          showIcon
          message={T.separationTitle}
          description={refusal}
          style={{ marginBottom: 16 }}
          data-testid="separation-refusal"
        />
      )}
      <Form<AssignValues>
        form={form}
        layout="vertical"
        initialValues={{ userId: props.defaultUserId, orgId }}
        onValuesChange={() => setRefusal(null)}
      >
        <Form.Item
          name="userId"
          label={T.user}
          rules={[{ required: true, message: L.common.requiredSelect(T.user) }]}
        >
          <UserPicker />
        </Form.Item>
        <Form.Item
          name="role"
          label={T.role}
          rules={[{ required: true, message: L.common.requiredSelect(T.role) }]}
        >
          <Select options={roleOptions} />
        </Form.Item>
        <Form.Item
          name="orgId"
          label={T.org}
          extra={T.scopeHint}
          rules={[{ required: true, message: L.common.requiredSelect(T.org) }]}
        >
          <TreeSelect treeData={orgTree} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
      </Form>
    </Modal>
  );
}
