// `fazhi serve`: the workbench, the portal and the API in one process.
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('serve')
    .description('启动工作台与公开门户服务')
    .option('--demo', '数据库为空时载入演示县数据（也可设置 FAZHI_DEMO=1）')
    .option('-p, --port <端口>', '监听端口（默认取 PORT 或 3000）')
    .action(async (opts: { demo?: boolean; port?: string }) => {
      // Loaded on use so that other commands (e.g. `fazhi check`) do not start the server code.
      const { buildApp } = await import('../../server/app.ts');
      const { loadConfig } = await import('../../server/config.ts');
      const config = loadConfig(process.env);
      if (opts.demo) config.demo = true;
      if (opts.port) config.port = Number(opts.port);
      const app = await buildApp(config);
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info({ signal }, '正在停止服务');
        const timer = setTimeout(() => process.exit(1), 10_000);
        timer.unref();
        await app.close();
        const { closeCheckerPool } = await import('../../server/workers/checker.ts');
        await closeCheckerPool();
        process.exit(0);
      };
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      process.on('SIGINT', () => void shutdown('SIGINT'));
      await app.listen({ port: config.port, host: config.host });
      const db = config.db.dialect === 'postgres' ? 'PostgreSQL' : `SQLite（${config.db.file}）`;
      app.log.info(`法治政府建设工作台已启动：http://localhost:${config.port}/ 数据库：${db}`);
      if (config.host === '0.0.0.0' || config.host === '::')
        app.log.warn(
          `正在监听所有网络接口（HOST=${config.host}），同一网络中的其他计算机可以访问；只允许本机或反向代理访问时请设置 HOST=127.0.0.1`,
        );
    });
}
