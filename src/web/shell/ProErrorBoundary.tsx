// The error boundary ProLayout puts around the page (pro-utils' ErrorBoundary, the same fallback),
// with antd's Result loaded only when a page fails: vite.config.ts resolves pro-utils' own module
// to this one, so that the first screen does not carry Result's illustrations.
import { Component, type ReactNode } from 'react';
import { LazyResult } from './LazyResult.tsx';

export class ErrorBoundary extends Component<
  { children?: ReactNode },
  { hasError: boolean; errorInfo: string }
> {
  override state = { hasError: false, errorInfo: '' };

  static getDerivedStateFromError(error: Error) {
    return { hasError: true, errorInfo: error.message };
  }

  override componentDidCatch(error: unknown, errorInfo: unknown) {
    console.log(error, errorInfo);
  }

  override render() {
    if (this.state.hasError)
      return <LazyResult status="error" title="Something went wrong." extra={this.state.errorInfo} />;
    return this.props.children;
  }
}
