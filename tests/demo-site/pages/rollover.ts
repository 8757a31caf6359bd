// 基层动态 with FIXED year-less dates, for the year-rollover case: meant to be checked at 监测时间点 2027-01-10,
// where [12-28] and [12-20] belong to 2026. Not linked from the navigation.
import type { RenderContext } from '../context';
import { escapeHtml } from '../layout';
import { renderColumnPage } from './parts';

export const ROLLOVER_CHECK_DATE = '2027-01-10';

export const rolloverItems = [
  { id: 3400, title: '青溪镇召开新年第一次村（社区）干部会议', date: '2027-01-05' },
  { id: 3401, title: '石门镇开展元旦节前安全检查', date: '2027-01-02' },
  { id: 3402, title: '云岭乡开展冬季森林防火宣传', date: '2026-12-28' },
  { id: 3403, title: '桃源乡召开年终工作总结会', date: '2026-12-20' },
];

export function renderRollover(ctx: RenderContext): string {
  const rows = rolloverItems.map(
    (item) => `<li><a href="/art/${item.id}.html" target="_blank">${escapeHtml(item.title)}</a><span class="date">[${item.date.slice(5)}]</span></li>`,
  );
  return renderColumnPage(ctx, 'jcdt', { body: `<ul class="list">\n${rows.join('\n')}\n</ul>` });
}
