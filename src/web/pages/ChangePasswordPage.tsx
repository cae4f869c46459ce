import { PageContainer } from '@ant-design/pro-components';
import { Card } from 'antd';
import { useNavigate } from 'react-router';
import { L } from '../labels.ts';
import { ChangePasswordForm } from '../shell/ChangePasswordForm.tsx';

export default function ChangePasswordPage() {
  const navigate = useNavigate();
  return (
    <PageContainer title={L.password.changeTitle}>
      <Card style={{ maxWidth: 480 }}>
        <ChangePasswordForm onDone={() => navigate('/')} />
      </Card>
    </PageContainer>
  );
}
