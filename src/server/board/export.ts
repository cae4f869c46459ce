// GET /api/deadlines/export.{xlsx,csv}: the board as the user filtered it (group, ledger, words),
// for the meeting where overdue work is gone through or the county's 督查 list.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { BoardCard } from '../../shared/api/board.ts';
import { BOARD_GROUPS, filterCards, groupOf } from '../../shared/board-filter.ts';
import { requireActor } from '../http/auth-hooks.ts';
import { sendTableFile, TABLE_FORMATS, type Table, tableFile } from '../http/table-file.ts';
import { deadlineBoard } from './board.ts';
import { BOARD_SOURCES } from './sources.ts';

const GROUP_LABEL = {
  red: '红牌（逾期）',
  alert: '风险预警',
  yellow: '黄牌（临期）',
  normal: '正常',
} as const;

export function boardTable(cards: readonly BoardCard[]): Table {
  return {
    header: ['分类', '事项', '台账', '机构', '期限', '届满日', '状态', '依据'],
    rows: cards.map((c) =>
      c.kind === 'deadline'
        ? [
            GROUP_LABEL[groupOf(c)],
            c.title,
            c.ledgerLabel,
            c.orgName ?? '',
            c.label,
            c.due === null ? '待计算' : c.provisional ? `${c.due}（暂定）` : c.due,
            c.status,
            c.basis,
          ]
        : [
            GROUP_LABEL.alert,
            c.title,
            c.ledgerLabel,
            c.orgName ?? '',
            c.label,
            `自 ${c.since} 起`,
            '风险预警',
            '',
          ],
    ),
  };
}

export const boardExportRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const format of TABLE_FORMATS) {
    app.get(
      `/deadlines/export.${format}`,
      {
        schema: {
          tags: ['待办预警'],
          summary: `导出待办预警 ${format.toUpperCase()}（与页面相同的筛选）`,
          querystring: z.object({
            mine: z.enum(['0', '1']).optional(),
            org: z.coerce.number().int().positive().optional(),
            group: z.enum(BOARD_GROUPS).optional(),
            ledger: z.string().max(60).optional(),
            q: z.string().max(100).optional(),
          }),
        },
      },
      async (req, reply) => {
        const today = app.clock.today();
        const b = await deadlineBoard(app.db, requireActor(req), BOARD_SOURCES, {
          today,
          mine: req.query.mine === '1',
          org: req.query.org,
        });
        const cards = filterCards(b.items as BoardCard[], req.query);
        const name = `待办预警（${today}）`;
        return sendTableFile(reply, format, name, await tableFile(format, name, boardTable(cards)));
      },
    );
  }
};
