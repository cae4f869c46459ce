// Chinese messages of the workflow engine's clocks and the board.
export const CLOCK_MESSAGES = {
  calendarMissing: '工作日历未包含该期间的年度，待补充节假日安排后自动计算',
} as const;

export const BOARD_LABELS = {
  overdue: (days: number) => `已逾期 ${days} 天`,
  dueToday: '今日到期',
  suspended: (on: string | null) => `已于 ${on ?? '—'} 中止计时，待重新起算`,
  remaining: (days: number, unit: string) => `剩余 ${days} 个${unit}`,
  moved: (from: string | null, to: string | null, on: string) =>
    `${on} 节假日安排补充后重新计算：期限届满日由 ${from ?? '待计算'} 调整为 ${to ?? '待计算'}`,
} as const;
