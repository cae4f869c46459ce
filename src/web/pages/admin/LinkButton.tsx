// A compact link-styled button for row actions in tables.
import { Button, type ButtonProps } from 'antd';

export function LinkButton(props: ButtonProps) {
  return <Button type="link" size="small" style={{ paddingInline: 0, height: 'auto' }} {...props} />;
}
