import { bodyBlocks, type ReportModel, type ReportTable } from './model';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const CSS = `
body{font-family:"仿宋_GB2312","FangSong","仿宋","Noto Serif CJK SC",serif;font-size:16pt;line-height:28pt;max-width:156mm;margin:24px auto;color:#000}
h1{font-family:"方正小标宋简体","FZXiaoBiaoSong-B05S","SimSun","宋体","Noto Serif CJK SC",serif;font-size:22pt;line-height:35pt;text-align:center;font-weight:normal}
h2,.att{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-size:16pt;font-weight:normal}
p{text-indent:2em;margin:0;text-align:justify}p.right{text-align:right;text-indent:0;padding-right:2em}
h2{text-indent:2em;margin:0}h3{font-family:"方正小标宋简体","SimSun","宋体",serif;font-size:18pt;text-align:center;font-weight:normal}
table{border-collapse:collapse;width:100%;font-size:12pt;line-height:18pt}th,td{border:1px solid #000;padding:4px 6px;text-align:center}
th{font-family:"黑体","SimHei",sans-serif;font-weight:normal}.note{text-indent:0;font-size:12pt}
section.attachment{break-before:page;margin-top:48px}
@media print{@page{size:A4;margin:37mm 26mm 35mm 28mm}body{margin:0;max-width:none}section.attachment{margin-top:0}}
`;

function table(t: ReportTable): string {
  const rows = t.rows.length ? t.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('') : `<tr><td colspan="${t.headers.length}">无</td></tr>`;
  return `<section class="attachment"><div class="att">附件${t.number}</div><h3>${escapeHtml(t.title)}</h3>
<table><thead><tr>${t.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>
${t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : ''}</section>`;
}

/** A print-ready HTML page of the 通报 (print to PDF from the browser). All text is escaped. */
export function renderHtml(m: ReportModel): string {
  const body = bodyBlocks(m)
    .map((b) => (b.kind === 'heading' ? `<h2>${escapeHtml(b.text)}</h2>` : `<p${b.kind === 'right' ? ' class="right"' : ''}>${escapeHtml(b.text)}</p>`))
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(m.title)}</title><style>${CSS}</style></head>
<body><h1>${escapeHtml(m.title)}</h1>
${body}
${m.tables.map(table).join('\n')}
</body></html>`;
}
