// Vite builds the React workbench (src/web) into dist/web, which the API server serves.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.FAZHI_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Vendor chunks, cached apart from the app code. A group takes the dependencies of its modules
 * along, so the lower layers get the higher priority: React, then antd, then the pro components.
 */
const vendorGroups: Array<{ name: string; test: RegExp; priority: number }> = [
  { name: 'vendor-pro', test: /node_modules[\\/]@ant-design[\\/]pro-/, priority: 30 },
  {
    name: 'vendor-antd',
    test: /node_modules[\\/](antd|@ant-design[\\/](cssinjs|icons|icons-svg|colors|fast-color|react-slick|v5-patch)|rc-[^\\/]+|@rc-component)[\\/]/,
    priority: 40,
  },
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]react-query|@tanstack[\\/]query-core)[\\/]/,
    priority: 50,
  },
  // Charts are loaded only with the pages that draw them, never with the shell.
  { name: 'vendor-echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
  { name: 'vendor', test: /node_modules[\\/]/, priority: 10 },
];

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
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
