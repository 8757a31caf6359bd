import { bodyBlocks, type ReportModel, type ReportTable } from '@/lib/report/model';

const paper: React.CSSProperties = { fontFamily: '"仿宋_GB2312", FangSong, "Noto Serif CJK SC", serif', fontSize: 16, lineHeight: 1.9, maxWidth: 760, padding: '24px 40px', border: '1px solid var(--line)', background: '#fff' };
const cell: React.CSSProperties = { border: '1px solid #000', padding: '2px 6px', textAlign: 'center' };

function Attachment({ t }: { t: ReportTable }) {
  return (
    <section data-testid={`report-attachment-${t.number}`} style={{ marginTop: 32 }}>
      <div style={{ fontFamily: '"黑体", SimHei, sans-serif' }}>附件{t.number}</div>
      <h3 style={{ textAlign: 'center', fontWeight: 'normal' }}>{t.title}</h3>
      <table style={{ borderCollapse: 'collapse', fontSize: 14 }}>
        <thead>
          <tr>{t.headers.map((h) => <th key={h} style={cell}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {t.rows.length === 0 && (
            <tr><td style={cell} colSpan={t.headers.length}>无</td></tr>
          )}
          {t.rows.map((r) => (
            <tr key={r[0]}>{r.map((c, i) => <td key={i} style={cell}>{c}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {t.note && <p style={{ fontSize: 14 }}>{t.note}</p>}
    </section>
  );
}

/** The 通报 as the reader will see it; every string is rendered as text (React escapes it). */
export function ReportPreview({ model }: { model: ReportModel }) {
  return (
    <article data-testid="report-preview" style={paper}>
      <h2 style={{ textAlign: 'center', fontSize: 22, fontWeight: 'normal', fontFamily: '"方正小标宋简体", SimSun, serif' }}>{model.title}</h2>
      {bodyBlocks(model).map((b, i) =>
        b.kind === 'heading' ? (
          <p key={i} style={{ textIndent: '2em', margin: 0, fontFamily: '"黑体", SimHei, sans-serif' }}>{b.text}</p>
        ) : (
          <p key={i} style={{ textIndent: b.kind === 'right' ? 0 : '2em', margin: 0, textAlign: b.kind === 'right' ? 'right' : 'justify' }}>{b.text}</p>
        ),
      )}
      {model.tables.map((t) => <Attachment key={t.number} t={t} />)}
    </article>
  );
}
