import type { RuleSet } from '@/lib/rules/rule-set-schema';

/** One editable number of the rule set, with where it comes from (indicators §0: every threshold is configuration). */
export interface RuleEntry {
  path: string[];
  label: string;
  unit: string;
  verified: boolean;
  source: string;
}

const classLabel = { dynamic: '动态要闻类栏目', notice: '通知公告、政策文件类栏目', personnel: '人事、规划计划类栏目', interaction: '互动类栏目', other: '其他栏目' } as const;
const unitLabel = { days: '天', months: '个月', years: '年' } as const;

/** The windows and thresholds the settings page shows, read from a rule set. */
export function ruleEntries(rs: RuleSet): RuleEntry[] {
  const windows = (Object.keys(classLabel) as (keyof typeof classLabel)[]).map((c) => ({
    path: ['windows', c, 'amount'],
    label: `${classLabel[c]}更新周期`,
    unit: unitLabel[rs.windows[c].unit],
    verified: rs.windows[c].verified,
    source: rs.windows[c].source,
  }));
  const v = rs.vetoes;
  return [
    ...windows,
    { path: ['homepage', 'window', 'amount'], label: '首页不更新（单项否决）', unit: unitLabel[rs.homepage.window.unit], verified: rs.homepage.window.verified, source: rs.homepage.window.source },
    { path: ['interaction', 'unansweredAfter', 'amount'], label: '留言未回应超过', unit: unitLabel[rs.interaction.unansweredAfter.unit], verified: rs.interaction.unansweredAfter.verified, source: rs.interaction.unansweredAfter.source },
    { path: ['vetoes', 'combinedStale', 'atLeast'], label: '栏目不更新累计（单项否决）', unit: '个', verified: v.combinedStale.verified, source: v.combinedStale.source },
    { path: ['vetoes', 'shouldUpdate', 'atLeast'], label: '应更新未更新栏目（单项否决）', unit: '个', verified: v.shouldUpdate.verified, source: v.shouldUpdate.source },
    { path: ['vetoes', 'blank', 'atLeast'], label: '空白栏目（单项否决）', unit: '个', verified: v.blank.verified, source: v.blank.source },
    { path: ['warnings', 'homepageDays'], label: '预警：首页未更新超过', unit: '天', verified: rs.warnings.verified, source: rs.warnings.source },
    { path: ['warnings', 'blank'], label: '预警：空白栏目超过', unit: '个', verified: rs.warnings.verified, source: rs.warnings.source },
    { path: ['media', 'staleWindow', 'amount'], label: '政务新媒体内容不更新（单项否决）', unit: unitLabel[rs.media.staleWindow.unit], verified: rs.media.staleWindow.verified, source: rs.media.staleWindow.source },
    { path: ['media', 'replyWorkingDays'], label: '新媒体留言答复时限', unit: '个工作日', verified: false, source: 'best knowledge' },
    { path: ['report', 'passRateDecimals', 'websites'], label: '通报：网站合格率小数位', unit: '位', verified: false, source: 'indicators §10.3' },
    { path: ['report', 'passRateDecimals', 'media'], label: '通报：新媒体合格率小数位', unit: '位', verified: false, source: 'indicators §10.3' },
  ];
}

/** Reads a number at a path. */
export function valueAt(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Sets (or with `undefined` removes) an override at a path, pruning empty objects. Pure. */
export function withOverride(overrides: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (!head) return overrides;
  const out = { ...overrides };
  if (rest.length === 0) {
    if (value === undefined) delete out[head];
    else out[head] = value;
  } else {
    const child = withOverride((out[head] as Record<string, unknown>) ?? {}, rest, value);
    if (Object.keys(child).length === 0) delete out[head];
    else out[head] = child;
  }
  return out;
}
