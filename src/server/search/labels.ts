// Every Chinese string of the workbench's search box.
export const SEARCH_TEXT = {
  noLedger:
    '您的角色不查阅业务台账，不能使用全局搜索（系统管理员、安全保密管理员和安全审计员不接触业务数据）',
  summary:
    '全局搜索：在您有权查阅的各类台账中查找标题和主要内容含有关键词的记录，按台账分组，个人信息按列表规则脱敏',
} as const;
