import { Spin } from 'antd';
import { L } from '../labels.ts';

export function PageLoading({ full = false }: { full?: boolean }) {
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        minHeight: full ? '100vh' : 240,
      }}
    >
      <Spin tip={L.common.loading} size="large">
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
