// antd's Result (with its 403/404/500 illustrations, ≈10 KB gzip) loaded only when a result is
// shown: the first screen shows none. The same Result once loaded; while it loads, and if it
// cannot be loaded (the network that failed a page's chunk), its title, text and actions plainly.
import type { ResultProps } from 'antd';
import { lazy, Suspense } from 'react';

function PlainResult({ title, subTitle, extra }: ResultProps) {
  return (
    <div style={{ padding: '48px 32px', textAlign: 'center' }}>
      <div style={{ fontSize: 24, lineHeight: 1.33, color: 'rgba(0,0,0,0.88)' }}>{title}</div>
      {subTitle ? <div style={{ fontSize: 14, color: 'rgba(0,0,0,0.45)' }}>{subTitle}</div> : null}
      {extra ? <div style={{ marginTop: 24 }}>{extra}</div> : null}
    </div>
  );
}

const AntResult = lazy(() =>
  import('antd/es/result').catch(() => ({ default: PlainResult as typeof import('antd/es/result').default })),
);

export function LazyResult(props: ResultProps) {
  return (
    <Suspense fallback={<PlainResult {...props} />}>
      <AntResult {...props} />
    </Suspense>
  );
}
