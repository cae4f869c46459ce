// The frame of the screens outside the workbench (login, forced password change).
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { APP_TITLE, L } from '../labels.ts';
import { Logo } from './Logo.tsx';

export function AuthScreen({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        padding: '32px 16px',
        background: 'linear-gradient(160deg, #eef2f8 0%, #f7f3ee 100%)',
        boxSizing: 'border-box',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
        <Logo size={44} />
        <Typography.Title level={2} style={{ margin: 0, letterSpacing: 2 }}>
          {APP_TITLE}
        </Typography.Title>
      </div>
      <Typography.Text type="secondary" style={{ marginBottom: 24 }}>
        {L.login.subtitle}
      </Typography.Text>
      {children}
    </div>
  );
}
