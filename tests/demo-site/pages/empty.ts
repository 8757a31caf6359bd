// Blank columns (空白栏目), each announcing its emptiness differently (indicators §4.2).
import type { RenderContext } from '../context';
import { renderColumnPage } from './parts';

/** 财政预决算: placeholder text; the sidebar around it still carries dated items. */
export function renderCzyjs(ctx: RenderContext): string {
  return renderColumnPage(ctx, 'czyjs', {
    body: '<div class="list-box"><ul class="list"></ul><div class="no-data">暂无信息</div></div>',
  });
}

/** 重大项目: an empty list, "共0条" and a TRS-style pagination call with zero pages. */
export function renderZdxm(ctx: RenderContext): string {
  const head = `<script>
function createPageHTML(nPageCount, nCurrIndex, sPageName, sPageExt) {
  if (nPageCount <= 1) return;
  for (var i = 0; i < nPageCount; i++) {
    var href = i === 0 ? sPageName + '.' + sPageExt : sPageName + '_' + i + '.' + sPageExt;
    document.write(i === nCurrIndex ? '<span>' + (i + 1) + '</span>' : '<a href="' + href + '">' + (i + 1) + '</a>');
  }
}
</script>`;
  return renderColumnPage(ctx, 'zdxm', {
    head,
    body: `<ul class="list"></ul>
<div class="page">共0条 <script>createPageHTML(0, 0, "index", "html");</script></div>`,
  });
}

/** 机构职能: a column that was opened but never filled. */
export function renderJgzn(ctx: RenderContext): string {
  return renderColumnPage(ctx, 'jgzn', {
    body: '<div class="column-content"><p class="building">栏目建设中，敬请期待……</p></div>',
  });
}
