import type { RuleSet, RuleWindow } from './rule-set-schema';

/** "2周", "6个月", "1年" — how the indicators word a window. */
export function windowText(w: Pick<RuleWindow, 'unit' | 'amount'>): string {
  if (w.unit === 'days') return w.amount % 7 === 0 ? `${w.amount / 7}周` : `${w.amount}天`;
  return w.unit === 'months' ? `${w.amount}个月` : `${w.amount}年`;
}

/** Rule wording (indicators §3, §9) and the short 附件1 phrase per veto item; thresholds come from the rule set. */
export function vetoTexts(rs: RuleSet) {
  const v = rs.vetoes;
  return {
    combinedStale: {
      ruleText: `动态、要闻类栏目${windowText(rs.windows.dynamic)}内未更新，及通知公告、政策文件类${v.noticeFirstLevelOnly ? '一级' : ''}栏目${windowText(rs.windows.notice)}内未更新，累计超过（含）${v.combinedStale.atLeast}个`,
      phrase: `栏目不更新累计超过${v.combinedStale.atLeast}`,
    },
    shouldUpdate: {
      ruleText: `应更新但长期未更新的栏目超过（含）${v.shouldUpdate.atLeast}个`,
      phrase: `应更新未更新栏目超过${v.shouldUpdate.atLeast}`,
    },
    // The seed writes "空白栏目超过5" although the rule is ≥ 5 (indicators §10.2): the phrase is a template.
    blank: { ruleText: `空白栏目超过（含）${v.blank.atLeast}个`, phrase: `空白栏目超过${v.blank.atLeast}` },
    homepage: { ruleText: `首页在监测时间点前${windowText(rs.homepage.window)}内无信息更新`, phrase: '首页不更新' },
    interaction: {
      ruleText: `政务咨询类栏目存在超过${windowText(rs.interaction.unansweredAfter)}未回应的有效留言，或未提供有效咨询建言渠道`,
      phrase: '互动回应差',
    },
    security: { ruleText: '存在严重表述错误等安全、泄密事故等严重问题', phrase: '严重表述错误' },
    unreachable: { ruleText: '监测1周，首页无法访问次数占比超过（含）5%', phrase: '站点无法访问' },
    mediaStale: { ruleText: `监测时间点前${windowText(rs.media.staleWindow)}内无更新`, phrase: '内容更新不及时' },
    mediaNoInteraction: { ruleText: '未提供有效互动功能', phrase: '互动回应差' },
  } as const;
}
