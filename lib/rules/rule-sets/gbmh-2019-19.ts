import type { RuleSet } from '../rule-set-schema';

/**
 * The national rule set of 国办秘函〔2019〕19号, as summarised in indicators.md §3–§5, §9–§11.
 * Every number is configuration: provinces override it in settings (ruleOverrides).
 */
export const gbmh201919: RuleSet = {
  id: 'gbmh-2019-19',
  version: 'gbmh-2019-19',
  title: '政府网站与政务新媒体检查指标（国办秘函〔2019〕19号）',
  keywords: {
    order: ['personnel', 'notice', 'interaction', 'dynamic'],
    classes: {
      dynamic: ['本地要闻', '部门动态', '区县动态', '工作进展', '要闻', '动态', '政务动态', '工作动态', '新闻', '新闻中心', '图片新闻', '乡镇动态', '街镇动态', '基层动态', '部门信息', '部门资讯', '领导活动', '今日'],
      notice: ['通知公告', '公示公告', '公告公示', '通知', '公告', '公示', '政策文件', '文件', '规范性文件', '政府文件', '部门文件', '政策法规', '法规文件', '政府令'],
      personnel: ['人事任免', '人事信息', '人事', '任免', '招考录用', '公务员招录', '干部任前公示', '规划计划', '发展规划', '规划', '计划', '工作计划', '年度计划', '专项规划', '计划总结', '工作总结'],
      interaction: ['咨询', '在线咨询', '领导信箱', '书记信箱', '市长信箱', '县长信箱', '区长信箱', '局长信箱', '12345', '留言', '网上留言', '政民互动', '互动交流', '咨询投诉'],
      other: [],
    },
    interactionExclude: ['在线访谈', '调查征集', '意见征集', '网上信访', '纪检举报'],
    source: 'S6 (official examples) + practice',
    verified: false,
  },
  windows: {
    dynamic: { unit: 'days', amount: 14, source: 'S1, S4', verified: true },
    notice: { unit: 'months', amount: 6, source: 'S1, S6', verified: true },
    personnel: { unit: 'years', amount: 1, source: 'S6, S8', verified: true },
    interaction: { unit: 'years', amount: 1, source: 'best knowledge', verified: false },
    other: { unit: 'years', amount: 1, source: 'best knowledge (S8 list)', verified: false },
  },
  homepage: { window: { unit: 'days', amount: 14, source: 'S1', verified: true } },
  unreachable: { days: 7, perDay: 20, timeoutMs: 15_000, vetoRatio: 0.05, warnRatio: 0.03, source: 'S1 (veto), S8 (warning)', verified: true },
  interaction: {
    unansweredAfter: { unit: 'months', amount: 3, source: 'S1', verified: true },
    lookBack: { unit: 'years', amount: 1, source: 'S1', verified: true },
  },
  vetoes: {
    combinedStale: { atLeast: 5, source: 'S1', verified: true },
    shouldUpdate: { atLeast: 10, source: 'S1', verified: true },
    blank: { atLeast: 5, source: 'S1', verified: true },
    noticeFirstLevelOnly: true,
    undatedCountsAsStale: true,
  },
  warnings: { homepageDays: 10, blank: 3, staleColumns: 6, source: 'S8', verified: true },
  media: { staleWindow: { unit: 'days', amount: 14, source: 'S10, seed', verified: true }, replyWorkingDays: 3 },
  // indicators §10.3: default 2 decimals; the seed notice needs { websites: 1, media: 2 }.
  report: { passRateDecimals: { websites: 2, media: 2 } },
  blankPlaceholders: ['暂无信息', '暂无数据', '暂无内容', '没有找到相关信息', '无相关信息', '正在建设中', '栏目建设中', '内容更新中', '共0条', '暂无记录', '没有记录'],
};
