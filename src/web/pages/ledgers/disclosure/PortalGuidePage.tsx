// 政府信息公开指南's 受理机构 and contact details of the selected township (GET/PUT
// /api/portal/profiles/:orgId): what the public portal's guide (/gk/<code>/guide) shows in its first
// part. The server validates (6-digit postcode, telephone characters, e-mail form, lengths); its
// messages are shown at their fields. Saved details show on the portal at once.
import { ExportOutlined } from '@ant-design/icons';
import { PageContainer, ProCard } from '@ant-design/pro-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { api, errorMessage } from '../../../data/client.ts';
import { showFormError } from '../../../form-errors.ts';
import { L } from '../../../labels.ts';
import { useSelectedOrg } from '../../../shell/org-context.tsx';
import { PageLoading } from '../../../shell/PageLoading.tsx';

const T = L.portalGuide;

interface Profile {
  orgId: number;
  office: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  hours: string | null;
}

type Values = Record<Exclude<keyof Profile, 'orgId'>, string>;

const FIELDS = ['office', 'address', 'postcode', 'phone', 'email', 'hours'] as const;
const LIMITS: Record<(typeof FIELDS)[number], number> = {
  office: 100,
  address: 200,
  postcode: 6,
  phone: 50,
  email: 100,
  hours: 100,
};

export default function PortalGuidePage() {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { orgId, org } = useSelectedOrg();
  const [form] = Form.useForm<Values>();
  const township = org ? org.kind === 'township' || org.kind === 'street' : true;
  const url = `/api/portal/profiles/${orgId}`;
  const profile = useQuery({
    queryKey: ['portal', 'profile', orgId],
    queryFn: () => api.get<Profile>(url),
    enabled: township,
  });
  useEffect(() => {
    if (profile.data)
      form.setFieldsValue(Object.fromEntries(FIELDS.map((f) => [f, profile.data[f] ?? ''])) as Values);
  }, [profile.data, form]);
  const save = useMutation({
    mutationFn: (values: Values) => api.put<Profile>(url, values),
    onSuccess: (saved) => {
      qc.setQueryData(['portal', 'profile', orgId], saved);
      message.success(T.saved);
    },
    onError: (e) => showFormError(form, e, message),
  });
  const guide = org ? `/gk/${encodeURIComponent(org.code)}/guide` : undefined;
  const text = (name: (typeof FIELDS)[number], extra: object = {}) => ({
    name,
    label: T[name],
    rules: [{ max: LIMITS[name], message: T.tooLong(LIMITS[name]) }],
    ...extra,
  });
  return (
    <PageContainer
      title={T.title}
      subTitle={T.subtitle}
      extra={
        guide && township ? (
          <Button icon={<ExportOutlined />} href={guide} target="_blank" rel="noopener">
            {T.view}
          </Button>
        ) : null
      }
    >
      {!township ? (
        <Alert type="info" showIcon message={T.notTownship} />
      ) : profile.isPending ? (
        <PageLoading />
      ) : profile.isError ? (
        <Alert type="error" showIcon message={errorMessage(profile.error)} />
      ) : (
        <ProCard headerBordered title={org?.name}>
          <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {T.intro}
            </Typography.Paragraph>
            <Form<Values>
              form={form}
              layout="vertical"
              onFinish={(v) => save.mutate(v)}
              data-testid="portal-guide-form"
            >
              <Form.Item {...text('office')} extra={T.officeHint}>
                <Input maxLength={LIMITS.office} />
              </Form.Item>
              <Form.Item {...text('address')} extra={T.addressHint}>
                <Input maxLength={LIMITS.address} />
              </Form.Item>
              <Form.Item
                name="postcode"
                label={T.postcode}
                rules={[{ pattern: /^(\d{6})?$/, message: T.postcodeRule }]}
              >
                <Input inputMode="numeric" style={{ maxWidth: 160 }} />
              </Form.Item>
              <Form.Item {...text('phone')} extra={T.phoneHint}>
                <Input inputMode="tel" maxLength={LIMITS.phone} />
              </Form.Item>
              <Form.Item {...text('email', { rules: [{ type: 'email', message: T.emailRule }] })}>
                <Input inputMode="email" maxLength={LIMITS.email} />
              </Form.Item>
              <Form.Item {...text('hours')} extra={T.hoursHint}>
                <Input maxLength={LIMITS.hours} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {T.save}
              </Button>
            </Form>
          </Space>
        </ProCard>
      )}
    </PageContainer>
  );
}
