// `fazhi report export --year YYYY [--org CODE] --format docx|pdf --out-dir DIR` — the annual
// report of a township (or of every township and street of the database) as a GB/T 9704 DOCX, and
// as PDF through LibreOffice when it is installed (otherwise a Chinese notice and DOCX only).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import pc from 'picocolors';
import { exportReport } from '../../server/annual-report/docx.ts';
import { docxToPdf, findSoffice, PDF_UNAVAILABLE } from '../../server/annual-report/pdf.ts';
import { action, CliError, EXIT_FAILED, EXIT_OK, err, out, withDb } from '../context.ts';

interface ExportFlags {
  year: string;
  org?: string;
  format: string;
  outDir: string;
  date?: string;
}

export function register(program: Command): void {
  const report = program.command('report').description('法治政府建设年度报告');
  report
    .command('export')
    .description('按台账生成年度报告（GB/T 9704-2012 公文格式），导出 DOCX 或 PDF')
    .requiredOption('--year <年度>', '报告年度，如 2025')
    .option('--org <机构代码>', '乡镇（街道）代码；不填则导出数据库中全部乡镇（街道）')
    .option('--format <格式>', 'docx 或 pdf', 'docx')
    .requiredOption('--out-dir <目录>', '输出目录')
    .option('--date <成文日期>', '成文日期，YYYY-MM-DD；默认今天')
    .action(
      action(async (flags: ExportFlags) => {
        const year = Number(flags.year);
        if (!Number.isInteger(year) || year < 2000 || year > 2100)
          throw new CliError(`年度无效：${flags.year}`);
        if (flags.format !== 'docx' && flags.format !== 'pdf') {
          throw new CliError(`格式无效：${flags.format}（可选 docx 或 pdf）`);
        }
        if (flags.date && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) {
          throw new CliError(`成文日期格式应为 YYYY-MM-DD：${flags.date}`);
        }
        let pdf = flags.format === 'pdf';
        if (pdf && !findSoffice()) {
          err(pc.yellow(PDF_UNAVAILABLE));
          pdf = false;
        }
        const dir = resolve(flags.outDir);
        mkdirSync(dir, { recursive: true });
        return withDb(async (db) => {
          let q = db.k.selectFrom('org').select(['id', 'code', 'name']).where('active', '=', 1);
          q = flags.org ? q.where('code', '=', flags.org) : q.where('kind', 'in', ['township', 'street']);
          const orgs = await q.orderBy('code').execute();
          if (orgs.length === 0) {
            throw new CliError(flags.org ? `未找到机构代码 ${flags.org}` : '数据库中没有乡镇（街道）');
          }
          let failed = 0;
          for (const org of orgs) {
            const base = `${org.code}-${org.name}-${year}年度法治政府建设情况报告`;
            const { draft, docx } = await exportReport(db.k, org.id, year, { date: flags.date });
            const docxFile = join(dir, `${base}.docx`);
            writeFileSync(docxFile, docx);
            out(`${pc.green('已导出')} ${docxFile}`);
            if (draft.gaps.length > 0) {
              out(pc.dim(`  台账中无记录、待补充的领域：${draft.gaps.map((g) => g.label).join('、')}`));
            }
            if (pdf) {
              try {
                const { docx: layout } = await exportReport(db.k, org.id, year, {
                  date: flags.date,
                  forPdf: true,
                });
                const pdfFile = join(dir, `${base}.pdf`);
                writeFileSync(pdfFile, await docxToPdf(layout));
                out(`${pc.green('已导出')} ${pdfFile}`);
              } catch (e) {
                failed++;
                err(pc.red(`${org.name}：${e instanceof Error ? e.message : String(e)}`));
              }
            }
          }
          out(`共 ${orgs.length} 个机构，${year} 年度。`);
          return failed > 0 ? EXIT_FAILED : EXIT_OK;
        });
      }),
    );
}
