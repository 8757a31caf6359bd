import { defineConfig } from 'wxt';

// WXT_OUT_DIR lets parallel builds (several engineers, CI) use separate output folders.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  publicDir: 'lib/public',
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: {
    name: '巡检助手 — 政府网站检查',
    description: '政府网站与政务新媒体季度检查：栏目更新、空白栏目、链接可用性、问题标记与通报生成。',
    // contextMenus: 标记表述错误 / 标记错误链接 / 标记问题… on the page (issue 5).
    // offscreen: the column crawl parses fetched pages with DOMParser, which the service worker lacks (issue 3).
    // webRequest (observe only): fetch() in a worker hides net errors and redirect statuses the link verdicts need (issue 4).
    permissions: ['contextMenus', 'offscreen', 'scripting', 'sidePanel', 'unlimitedStorage', 'webRequest'],
    commands: { 'flag-selection': { suggested_key: { default: 'Alt+Shift+F' }, description: '标记所选文字（打开问题表单）' } },
    // The link checker and the column crawl fetch any site the inspected page links to.
    host_permissions: ['<all_urls>'],
    action: { default_title: '巡检助手：检查本页' },
  },
});
