// Ant Design theme of the workbench: a sober government blue, the emblem red kept for the logo.
import type { ThemeConfig } from 'antd';

export const BRAND_RED = '#b3261e';
export const BRAND_GOLD = '#f6d27a';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e9c',
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  },
};
