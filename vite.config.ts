// Vite builds the React workbench (src/web) into dist/web, which the API server serves.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const apiTarget = process.env.FAZHI_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Vendor chunks, cached apart from the app code. Only the libraries every workbench screen needs
 * whole are grouped (React, the router, TanStack Query; the charts, loaded with the pages that
 * draw them). antd and the pro components are left to the bundler's own splitting, so each lazy
 * page brings only the components it uses and the home page does not load the tables and forms
 * of the ledger pages (a group takes everything it matches into one chunk, used or not).
 */
const vendorGroups: Array<{ name: string; test: RegExp; priority: number }> = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]react-query|@tanstack[\\/]query-core)[\\/]/,
    priority: 50,
  },
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
];

/**
 * The pro components carry their texts in 33 languages, all imported by pro-provider's intl.js and
 * loaded with the shell; the workbench speaks Chinese only, so every language resolves to zh_CN.
 */
function proTextsInChineseOnly(): Plugin {
  return {
    name: 'fazhi-pro-texts-zh-only',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]@ant-design[\\/]pro-provider[\\/]es[\\/]intl\.js$/.test(importer)) return null;
      if (!/^\.\/locale\/(?!zh_CN$)\w+$/.test(source)) return null;
      return this.resolve('./locale/zh_CN', importer, { skipSelf: true });
    },
  };
}

/**
 * ProLayout wraps every page in pro-utils' ErrorBoundary, whose fallback is antd's Result: that put
 * Result (≈10 KB gzip of 403/404/500 illustrations) on the first screen, which shows none. The
 * shell's own copy (shell/ProErrorBoundary.tsx, the same fallback) loads Result when it is needed.
 */
function proErrorBoundaryLazyResult(): Plugin {
  return {
    name: 'fazhi-pro-error-boundary',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './components/ErrorBoundary') return null;
      if (!importer || !/[\\/]@ant-design[\\/]pro-utils[\\/]es[\\/]index\.js$/.test(importer)) return null;
      return resolve(import.meta.dirname, 'src/web/shell/ProErrorBoundary.tsx');
    },
  };
}

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), proTextsInChineseOnly(), proErrorBoundaryLazyResult()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Two pages: the workbench, and the login page without React or antd (src/web/login).
      input: {
        index: resolve(import.meta.dirname, 'src/web/index.html'),
        login: resolve(import.meta.dirname, 'src/web/login.html'),
      },
      output: {
        codeSplitting: { groups: vendorGroups },
      },
      // rc-field-form and its validator declare no sideEffects, so every module of theirs that is
      // imported stays: antd's ContextIsolator (dropdowns, drawers) imports only the form context,
      // and with it the whole form engine came onto the first screen (≈13 KB gzip). Their modules
      // have no effects on import; the forms of the pages load them with the pages.
      treeshake: {
        moduleSideEffects: [
          {
            test: /node_modules[\\/](rc-field-form|@rc-component[\\/]async-validator)[\\/]/,
            sideEffects: false,
          },
        ],
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // '/api/' with the slash: src/web has no folder of that name, so no source file is proxied.
    proxy: { '/api/': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api/': { target: apiTarget, changeOrigin: false } },
  },
});
