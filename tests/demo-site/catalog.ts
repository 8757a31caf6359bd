// The portal's column tree. Layout (nav, breadcrumbs), page modules and the article registry all read it, so a
// column's name and path are written once.

export const SECTIONS = {
  xwzx: { name: '新闻中心', path: '/xwzx/' },
  zwgk: { name: '政务公开', path: '/zwgk/' },
  hdjl: { name: '互动交流', path: '/hdjl/' },
} as const;

export type SectionKey = keyof typeof SECTIONS;

export interface ColumnInfo {
  path: string;
  name: string;
  section: SectionKey;
  /** Listed in the navigation menu; the fixed-date test column is reachable only by URL. */
  inNav: boolean;
}

const column = (path: string, name: string, section: SectionKey, inNav = true): ColumnInfo => ({
  path,
  name,
  section,
  inNav,
});

export const COLUMNS = {
  ywdt: column('/xwzx/ywdt/', '要闻动态', 'xwzx'),
  gzdt: column('/xwzx/gzdt/', '工作动态', 'xwzx'),
  xzdt: column('/xwzx/xzdt/', '乡镇动态', 'xwzx'),
  bmdt: column('/xwzx/bmdt/', '部门动态', 'xwzx'),
  tpxw: column('/xwzx/tpxw/', '图片新闻', 'xwzx'),
  spxw: column('/xwzx/spxw/', '视频新闻', 'xwzx'),
  jcdt: column('/xwzx/jcdt/', '基层动态', 'xwzx', false),
  tzgg: column('/zwgk/tzgg/', '通知公告', 'zwgk'),
  zcwj: column('/zwgk/zcwj/', '政策文件', 'zwgk'),
  gsgg: column('/zwgk/gsgg/', '公示公告', 'zwgk'),
  gbk: column('/zwgk/gbk/', '采购公告', 'zwgk'),
  rsxx: column('/zwgk/rsxx/', '人事信息', 'zwgk'),
  ghjh: column('/zwgk/ghjh/', '规划计划', 'zwgk'),
  tjxx: column('/zwgk/tjxx/', '统计信息', 'zwgk'),
  czyjs: column('/zwgk/czyjs/', '财政预决算', 'zwgk'),
  zdxm: column('/zwgk/zdxm/', '重大项目', 'zwgk'),
  jgzn: column('/zwgk/jgzn/', '机构职能', 'zwgk'),
  ldxx: column('/hdjl/ldxx/', '县长信箱', 'hdjl'),
} as const satisfies Record<string, ColumnInfo>;

export type ColumnKey = keyof typeof COLUMNS;

/** A list entry that links to an article page. `offset` is days before today; null means the item has no date. */
export interface ListItem {
  id: number;
  title: string;
  offset: number | null;
}

/** Builds list items with consecutive article ids. */
export function makeItems(firstId: number, rows: ReadonlyArray<readonly [title: string, offset: number | null]>): ListItem[] {
  return rows.map(([title, offset], i) => ({ id: firstId + i, title, offset }));
}
