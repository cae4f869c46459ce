// The footer's 网站标识码 and ICP备案号: configuration, shown (escaped) only when set.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { html } from './html.ts';
import { layout, type PageContext } from './pages.ts';

const ctx = (site?: PageContext['site']): PageContext => ({
  large: false,
  path: '/gk/',
  assets: { css: '/gk/static/portal.css', js: '/gk/static/portal.js' },
  site,
});

describe('portal footer', () => {
  it('reads FAZHI_SITE_CODE and FAZHI_ICP from the environment', () => {
    const c = loadConfig({
      FAZHI_SITE_CODE: '5110990001',
      FAZHI_ICP: '蜀ICP备12345678号',
    } as NodeJS.ProcessEnv);
    expect(c.siteCode).toBe('5110990001');
    expect(c.icp).toBe('蜀ICP备12345678号');
    const none = loadConfig({} as NodeJS.ProcessEnv);
    expect(none.siteCode).toBeUndefined();
    expect(none.icp).toBeUndefined();
  });

  it('shows them when set, escaped, and nothing when not', () => {
    const page = layout(
      ctx({ siteCode: '5110990001', icp: '蜀ICP备<1>号' }),
      '首页',
      [{ label: '首页' }],
      html`<h1>首页</h1>`,
    ).value;
    expect(page).toContain('网站标识码：5110990001');
    expect(page).toContain('蜀ICP备&lt;1&gt;号');
    expect(page).toContain('href="https://beian.miit.gov.cn/"');
    const bare = layout(ctx(), '首页', [{ label: '首页' }], html`<h1>首页</h1>`).value;
    expect(bare).not.toContain('网站标识码');
    expect(bare).not.toContain('beian');
  });
});
