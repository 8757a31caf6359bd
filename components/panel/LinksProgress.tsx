import { ui } from '@/lib/i18n';
import type { LinkRunSummary } from '@/lib/links/summarise-run';

const COLOURS = { ok: 'var(--ok)', dead: 'var(--bad)', suspect: 'var(--warn)', skipped: '#999' } as const;

/** Checked / total with a bar split by verdict. */
export function LinksProgress({ summary }: { summary: Pick<LinkRunSummary, 'total' | 'checked' | 'counts'> }) {
  const t = ui.links;
  const total = Math.max(summary.total, 1);
  const parts = (['ok', 'dead', 'suspect', 'skipped'] as const).map((v) => ({ v, n: summary.counts[v] }));
  return (
    <div data-testid="links-progress">
      <div
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={summary.total}
        aria-valuenow={summary.checked}
        style={{ display: 'flex', height: 8, background: '#eee', borderRadius: 4, overflow: 'hidden', margin: '4px 0' }}
      >
        {parts.map(({ v, n }) => (
          <span key={v} style={{ width: `${(n / total) * 100}%`, background: COLOURS[v] }} />
        ))}
      </div>
      <p className="muted" style={{ margin: 0 }}>
        {t.progress} <b data-testid="links-checked">{summary.checked}</b> / <span data-testid="links-total">{summary.total}</span> ·{' '}
        {parts.map(({ v, n }) => (
          <span key={v} style={{ color: COLOURS[v], marginRight: 8 }} data-testid={`links-count-${v}`}>
            {t[v]} {n}
          </span>
        ))}
      </p>
    </div>
  );
}
