// `fazhi calendar`: list the covered years, add a year the State Council has published since.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { calendarYearSchema } from '../../shared/calendar/index.ts';
import { action, CliError, EXIT_OK, out, withDb } from '../context.ts';

export function register(program: Command): void {
  const cal = program.command('calendar').description('工作日历（法定节假日与调休）');
  cal
    .command('list')
    .description('列出已收录的年度及其来源')
    .action(
      action(async () => {
        const { calendarStatus, loadCalendarYears } = await import('../../server/core/calendar.ts');
        const { chinaDate } = await import('../../server/core/clock.ts');
        await withDb(async (db, config) => {
          for (const y of await loadCalendarYears(db.k)) {
            out(`${y.year}  ${y.builtIn ? '内置' : '补充'}  ${y.source}`);
          }
          const status = await calendarStatus(db.k, config.today ?? chinaDate(), null);
          for (const y of status.provisionalYears)
            out(`${y}  暂定  ${y}年放假安排尚未录入，暂按法定节假日推算（不含调休）`);
          if (status.message) out(`注意：${status.message}`);
        });
        return EXIT_OK;
      }),
    );
  cal
    .command('add-year <文件>')
    .description(
      '从 JSON 文件补充一个年度的节假日安排：{ year, source, holidays: [{date,name}], workdays: [{date,name}] }',
    )
    .action(
      action(async (file: string) => {
        const { addCalendarYear } = await import('../../server/core/calendar.ts');
        let raw: unknown;
        try {
          raw = JSON.parse(await readFile(file, 'utf8'));
        } catch (e) {
          throw new CliError(`无法读取文件“${file}”：${(e as Error).message}`);
        }
        const parsed = calendarYearSchema.safeParse(raw);
        if (!parsed.success) {
          const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '（根）'}: ${i.message}`);
          throw new CliError(`文件“${file}”中的年度数据有误：\n${lines.join('\n')}`);
        }
        const { chinaDate } = await import('../../server/core/clock.ts');
        const { moved } = await withDb((db, config) =>
          addCalendarYear(db, null, parsed.data, config.today ?? chinaDate()),
        );
        out(
          `已补充 ${parsed.data.year} 年的节假日安排（${parsed.data.holidays.length} 个假日，${parsed.data.workdays.length} 个调休上班日）`,
        );
        out(`已重新计算期限：${moved.length} 项期限届满日发生变化`);
        for (const m of moved.slice(0, 20))
          out(`  ${m.title}（${m.label}）：${m.from ?? '待计算'} → ${m.to ?? '待计算'}`);
        return EXIT_OK;
      }),
    );
}
