import type { JudgedBlock } from '@/lib/rules/page-verdict';
import { ui } from '@/lib/i18n';

export const STATUS_COLOURS: Record<string, string> = { ok: '#389e0d', stale: '#d46b08', empty: '#cf1322', undated: '#ad4e00', 'not-applicable': '#8c8c8c' };

interface Props {
  blocks: JudgedBlock[];
  recorded: Set<number>;
  onHighlight: (block: JudgedBlock) => void;
  onRecord: (block: JudgedBlock) => void;
}

/** The page's columns with count, last update, class, days overdue and verdict (colour + text). */
export function ColumnTable({ blocks, recorded, onHighlight, onRecord }: Props) {
  const t = ui.scan;
  if (blocks.length === 0) return <p className="muted">{t.noColumns}</p>;
  return (
    <table className="columns" data-testid="column-table" style={{ width: '100%', borderCollapse: 'collapse', fontSize: 12 }}>
      <thead>
        <tr>
          <th align="left">{t.name}</th>
          <th>{t.cls}</th>
          <th>{t.items}</th>
          <th>{t.lastUpdate}</th>
          <th>{t.overdue}</th>
          <th>{t.verdict}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {blocks.map((b, i) => {
          const status = b.verdict.status;
          const problem = status === 'stale' || status === 'empty' || status === 'undated';
          return (
            <tr key={`${b.listIndex ?? 'p'}-${i}`} data-testid="column-row" data-status={status}>
              <td data-testid="column-name">{b.name}</td>
              <td>{t.classes[b.columnClass]}</td>
              <td align="center" data-testid="column-items">{b.itemCount}</td>
              <td align="center" data-testid="column-last-update">{b.lastUpdate ?? '—'}</td>
              <td align="center">{b.verdict.daysOverdue ? b.verdict.daysOverdue : '—'}</td>
              <td align="center" data-testid="column-status" style={{ color: STATUS_COLOURS[status], fontWeight: 600 }}>
                {t.statuses[status]}
              </td>
              <td style={{ whiteSpace: 'nowrap' }}>
                {b.listIndex !== null && <button onClick={() => onHighlight(b)}>{t.highlight}</button>}
                {problem && (
                  <button disabled={recorded.has(i)} onClick={() => onRecord(b)} data-testid="record-column">
                    {recorded.has(i) ? t.recorded : t.record}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
