// 用户管理 (sysadmin): search, create, edit, reset password (a one-time code), unlock,
// activate/deactivate (never the auditor).
import { PlusOutlined } from '@ant-design/icons';
import {
  type ActionType,
  ModalForm,
  PageContainer,
  type ProColumns,
  ProFormText,
  ProFormTreeSelect,
  ProTable,
} from '@ant-design/pro-components';
import { App, Button, Form, Popconfirm, Space, Tag, Tooltip } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { User } from '../../../shared/api/admin.ts';
import { USERNAME_PATTERN } from '../../../shared/schemas/admin.ts';
import { api, errorMessage } from '../../data/client.ts';
import { showFormError } from '../../form-errors.ts';
import { ADMIN_ROLES, L, ROLE_LABELS } from '../../labels.ts';
import { buildOrgTree } from '../../org-tree.ts';
import { passwordRule } from '../../password-policy.ts';
import { useSelectedOrg } from '../../shell/org-context.tsx';
import { LinkButton } from './LinkButton.tsx';
import { PendingResets } from './PendingResets.tsx';
import { ResetPasswordDialog } from './ResetPasswordDialog.tsx';
import { formatTime, pagedRequest } from './table-request.ts';

const T = L.users;

export default function UsersPage() {
  const { message } = App.useApp();
  const { orgId, orgs, switched } = useSelectedOrg();
  const orgTree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const action = useRef<ActionType>(null);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const reload = () => action.current?.reload();

  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
      reload();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  const columns: ProColumns<User>[] = [
    {
      title: T.keyword,
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: T.keywordPlaceholder },
    },
    { title: T.username, dataIndex: 'username', search: false, copyable: true },
    { title: T.displayName, dataIndex: 'displayName', search: false },
    {
      title: T.org,
      dataIndex: 'orgId',
      valueType: 'treeSelect',
      initialValue: switched ? orgId : undefined,
      fieldProps: { treeData: orgTree, showSearch: true, treeNodeFilterProp: 'title', allowClear: true },
      render: (_, row) => row.orgName,
    },
    {
      title: T.roles,
      dataIndex: 'roles',
      search: false,
      render: (_, row) =>
        row.roles.length === 0
          ? '—'
          : row.roles.map((r) => (
              <Tooltip key={r.id} title={r.orgName}>
                <Tag color={ADMIN_ROLES.has(r.role) ? 'volcano' : 'blue'}>
                  {ROLE_LABELS[r.role] ?? r.role}
                </Tag>
              </Tooltip>
            )),
    },
    {
      title: T.status,
      dataIndex: 'active',
      search: false,
      render: (_, row) => (
        <Space size={4} wrap>
          {row.active ? <Tag color="green">{T.active}</Tag> : <Tag>{T.inactive}</Tag>}
          {row.locked && (
            <Tooltip title={row.lockedUntil ? T.lockedUntil(formatTime(row.lockedUntil)) : undefined}>
              <Tag color="red">{T.locked}</Tag>
            </Tooltip>
          )}
          {row.mustChangePassword && <Tag color="gold">{T.mustChange}</Tag>}
        </Space>
      ),
    },
    {
      title: T.lastLoginAt,
      dataIndex: 'lastLoginAt',
      search: false,
      render: (_, row) => (row.lastLoginAt ? formatTime(row.lastLoginAt) : T.never),
    },
    {
      title: L.common.actions,
      valueType: 'option',
      key: 'actions',
      render: (_, row) => [
        <LinkButton key="edit" onClick={() => setEditing(row)}>
          {L.common.edit}
        </LinkButton>,
        <LinkButton key="reset" onClick={() => setResetting(row)}>
          {T.resetPassword}
        </LinkButton>,
        row.locked && (
          <Popconfirm
            key="unlock"
            title={T.unlockConfirm}
            onConfirm={() => run(() => api.post(`/api/users/${row.id}/unlock`), T.unlocked)}
          >
            <LinkButton>{T.unlock}</LinkButton>
          </Popconfirm>
        ),
        row.active && row.roles.some((r) => r.role === 'auditor') ? (
          <Tooltip key="active" title={T.auditorProtected}>
            <LinkButton disabled>{T.deactivate}</LinkButton>
          </Tooltip>
        ) : (
          <Popconfirm
            key="active"
            title={row.active ? T.deactivateConfirm : T.activateConfirm}
            onConfirm={() =>
              run(() => api.patch(`/api/users/${row.id}`, { active: !row.active }), L.common.done)
            }
          >
            <LinkButton danger={row.active}>{row.active ? T.deactivate : T.activate}</LinkButton>
          </Popconfirm>
        ),
      ],
    },
  ];

  return (
    <PageContainer title={T.title}>
      <PendingResets />
      <ProTable<User>
        key={orgId}
        rowKey="id"
        actionRef={action}
        columns={columns}
        request={(params) => pagedRequest<User>('/api/users', params, { q: params.q, orgId: params.orgId })}
        onRequestError={(error) => message.error(errorMessage(error))}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        options={{ density: false, setting: false }}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {T.create}
          </Button>,
        ]}
      />
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          defaultOrgId={orgId}
          orgTree={orgTree}
          onClose={() => setEditing(null)}
          onSaved={reload}
        />
      )}
      {resetting && (
        <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} onSaved={reload} />
      )}
    </PageContainer>
  );
}

interface UserValues {
  username: string;
  displayName: string;
  orgId: number;
  password: string;
}

function UserForm(props: {
  user: User | null;
  defaultOrgId: number;
  orgTree: ReturnType<typeof buildOrgTree>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { user } = props;
  const [form] = Form.useForm<UserValues>();
  const { message } = App.useApp();
  return (
    <ModalForm<UserValues>
      title={user ? T.edit : T.create}
      open
      form={form}
      width={520}
      modalProps={{ destroyOnHidden: true, onCancel: props.onClose }}
      initialValues={
        user ? { displayName: user.displayName, orgId: user.orgId } : { orgId: props.defaultOrgId }
      }
      onFinish={async (values) => {
        try {
          if (user) {
            await api.patch(`/api/users/${user.id}`, {
              displayName: values.displayName,
              orgId: values.orgId,
            });
            message.success(L.common.saved);
          } else {
            await api.post('/api/users', values);
            message.success(T.created);
          }
          props.onSaved();
          props.onClose();
          return true;
        } catch (error) {
          showFormError(form, error, message, {
            WEAK_PASSWORD: 'password',
            USERNAME_TAKEN: 'username',
            CONFLICT: 'username',
            ORG_NOT_FOUND: 'orgId',
          });
          return false;
        }
      }}
    >
      {!user && (
        <ProFormText
          name="username"
          label={T.username}
          rules={[
            { required: true, message: L.common.required(T.username) },
            { pattern: USERNAME_PATTERN, message: T.usernameRule },
          ]}
          fieldProps={{ autoComplete: 'off' }}
        />
      )}
      <ProFormText
        name="displayName"
        label={T.displayName}
        rules={[{ required: true, whitespace: true, message: L.common.required(T.displayName) }]}
      />
      <ProFormTreeSelect
        name="orgId"
        label={T.org}
        rules={[{ required: true, message: L.common.requiredSelect(T.org) }]}
        fieldProps={{
          treeData: props.orgTree,
          showSearch: true,
          treeNodeFilterProp: 'title',
          treeDefaultExpandAll: true,
        }}
      />
      {!user && (
        <ProFormText.Password
          name="password"
          label={T.initialPassword}
          extra={`${L.password.policy}；${T.initialPasswordHint}`}
          rules={[{ required: true, message: L.common.required(T.initialPassword) }, passwordRule]}
          fieldProps={{ autoComplete: 'new-password' }}
        />
      )}
    </ModalForm>
  );
}
