/** Strings of the dashboard (options page). */
export const dashboard = {
  title: '巡检工作台',
  tabs: { findings: '问题记录', registries: '登记册', report: '季度通报', settings: '设置' },
  findingsEmpty: '还没有记录任何问题。在侧边栏扫描页面后可一键记录。',
  columns: { kind: '类型', site: '网站', page: '页面', detail: '问题描述', status: '状态', createdAt: '记录时间' },
} as const;
