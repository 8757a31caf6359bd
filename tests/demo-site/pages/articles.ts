// Article pages /art/<id>.html. Every list item links to one; the registry below finds the item's title, column and
// date, so an article always shows the same date as the list that links to it.
import { COLUMNS, type ColumnInfo, type ColumnKey, type ListItem } from '../catalog';
import type { RenderContext } from '../context';
import { dateForOffset, formatDate, type DateFormat } from '../dates';
import * as items from '../items';
import { columnCrumbs, escapeHtml, renderPage, type Crumb, type SiteKey } from '../layout';
import { rolloverItems } from './rollover';

export interface Article {
  id: number;
  title: string;
  site: SiteKey;
  column: ColumnInfo | null;
  /** The date shown under the title (ISO), or null when the article carries no date at all. */
  visibleDate: string | null;
  visibleFormat: DateFormat;
  /** `<meta name="PubDate">` (ISO); normally equal to the visible date. */
  pubDate: string | null;
  /** Picks the time of day, so the list and the article agree on it. */
  seed: number;
  paragraphs?: string[];
}

/** Articles that are link targets of their own: hidden links, the redirect target, a PubDate mismatch, G404. */
function specialArticles(today: string): Article[] {
  const at = (offset: number) => dateForOffset(today, offset);
  const base = { site: 'main' as const, visibleFormat: 'YYYY-MM-DD HH:mm' as const };
  return [
    { ...base, id: 1001, title: '青山县政务公开工作要点', column: COLUMNS.tzgg, visibleDate: at(35), pubDate: at(35), seed: 35 },
    { ...base, id: 1002, title: '《青山县优化营商环境十条措施》政策解读', column: COLUMNS.zcwj, visibleDate: at(64), pubDate: at(64), seed: 64 },
    { ...base, id: 1003, title: '青山县政务服务事项“一网通办”操作指南', column: COLUMNS.gzdt, visibleDate: at(21), pubDate: at(21), seed: 21 },
    // Migrated article: the CMS stamped a new PubDate, the page still shows the original date.
    {
      ...base, id: 1004, title: '青山县旅游发展总体规划文本', column: COLUMNS.ghjh,
      visibleDate: at(400), visibleFormat: 'YYYY年MM月DD日', pubDate: at(10), seed: 10,
    },
    {
      ...base, id: 1404, title: 'G404国道青山段改造工程顺利通过交工验收', column: COLUMNS.gzdt,
      visibleDate: at(18), pubDate: at(18), seed: 18,
      paragraphs: [
        '近日，G404国道青山段改造工程顺利通过交工验收。该工程全长40.4公里，按二级公路标准建设，总投资4.04亿元。',
        '项目建成后，G404国道青山段通行时间将缩短约20分钟，有效改善沿线群众出行条件。',
      ],
    },
  ];
}

function fromList(today: string, key: ColumnKey, list: ListItem[], site: SiteKey = 'main'): Article[] {
  return list.map((item) => {
    const date = item.offset === null ? null : dateForOffset(today, item.offset);
    return {
      id: item.id, title: item.title, site, column: COLUMNS[key], visibleDate: date, pubDate: date,
      visibleFormat: 'YYYY-MM-DD HH:mm', seed: item.offset ?? 0,
    };
  });
}

/** Finds the article `id` on `site`, or null (the server then answers 404). */
export function findArticle(today: string, id: number, site: SiteKey): Article | null {
  const all: Article[] = [
    ...specialArticles(today),
    ...fromList(today, 'ywdt', items.ywdtItems),
    ...fromList(today, 'gzdt', items.gzdtItems),
    ...fromList(today, 'xzdt', items.xzdtItems),
    ...fromList(today, 'bmdt', items.bmdtItems),
    ...fromList(today, 'tzgg', items.tzggItems),
    ...fromList(today, 'zcwj', items.zcwjItems(today)),
    ...fromList(today, 'rsxx', items.rsxxItems),
    ...fromList(today, 'ghjh', items.ghjhItems),
    ...fromList(today, 'tjxx', items.tjxxItems(today)),
    ...fromList(today, 'gsgg', items.gsggItems),
    ...fromList(today, 'tpxw', items.tpxwItems),
    ...fromList(today, 'spxw', items.spxwItems),
    ...fromList(today, 'gbk', items.gbkItems),
    ...rolloverItems.map((item): Article => ({
      id: item.id, title: item.title, site: 'main', column: COLUMNS.jcdt, visibleDate: item.date,
      pubDate: item.date, visibleFormat: 'YYYY-MM-DD HH:mm', seed: item.id,
    })),
    ...fromList(today, 'gzdt', items.jyjItems, 'department').map((a) => ({ ...a, column: null })),
  ];
  return all.find((a) => a.id === id && a.site === site) ?? null;
}

export function renderArticle(ctx: RenderContext, article: Article): string {
  const crumbs: Crumb[] = article.column ? columnCrumbs(article.column, true) : [{ name: '工作动态' }];
  const pubDate = article.pubDate ? formatDate(article.pubDate, 'YYYY-MM-DD HH:mm', article.seed) : null;
  const visible = article.visibleDate ? formatDate(article.visibleDate, article.visibleFormat, article.seed) : null;
  const source = article.site === 'department' ? '青山县教育局' : '青山县人民政府办公室';
  const paragraphs = article.paragraphs ?? [
    `${article.title}。`,
    '会议强调，各地各部门要提高政治站位，压实工作责任，细化工作措施，确保各项工作任务落到实处、取得实效。',
    `（${source}供稿　联系电话：0793-1234567）`,
  ];
  return renderPage({
    ctx,
    site: article.site,
    title: article.title,
    crumbs,
    meta: {
      ...(article.column ? { ColumnName: article.column.name } : {}),
      ArticleTitle: article.title,
      ...(pubDate ? { PubDate: pubDate } : {}),
      ContentSource: source,
    },
    body: `<div class="article">
<h1 class="art-title">${escapeHtml(article.title)}</h1>
<div class="art-info">${visible ? `发布时间：<span class="pubtime">${visible}</span>　` : ''}来源：${source}　浏览次数：<span id="hits">--</span></div>
<div class="art-content">
${paragraphs.map((p) => `<p>　　${escapeHtml(p)}</p>`).join('\n')}
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>`,
  });
}
