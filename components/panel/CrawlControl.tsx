import { useState } from 'react';
import type { CrawlStatus } from '@/lib/scan/crawl-types';
import { ui } from '@/lib/i18n';
import { STATUS_COLOURS } from './ColumnTable';

interface Props {
  status: CrawlStatus | null;
  onStart: (depth: number) => void;
  onCancel: () => void;
}

/** The sub-column crawl: depth, start, progress bar, cancel, and the list of checked columns. */
export function CrawlControl({ status, onStart, onCancel }: Props) {
  const t = ui.scan;
  const [depth, setDepth] = useState(1);
  const running = status?.state === 'running';
  return (
    <section className="card" aria-label={t.crawl}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <button disabled={running} onClick={() => onStart(depth)} data-testid="crawl-start">
          {t.crawl}
        </button>
        <label>
          {t.crawlDepth}{' '}
          <select value={depth} onChange={(e) => setDepth(Number(e.target.value))} disabled={running}>
            {[1, 2, 3].map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
          </select>
        </label>
        {running && <button onClick={onCancel} data-testid="crawl-cancel">{t.cancel}</button>}
      </div>
      {status && (
        <>
          <progress data-testid="crawl-progress" max={status.total} value={status.done} style={{ width: '100%' }} />
          <p className="muted" data-testid="crawl-state">
            {status.state === 'running' ? t.crawling : status.state === 'cancelled' ? t.crawlCancelled : status.error ?? t.crawlDone} {status.done}/{status.total}
          </p>
          <ul data-testid="crawl-pages" style={{ maxHeight: 200, overflow: 'auto', fontSize: 12 }}>
            {status.pages.map((p) => (
              <li key={p.url}>
                {p.columnName ?? p.title ?? p.url}{' '}
                {p.status ? <span style={{ color: STATUS_COLOURS[p.status] }}>{t.statuses[p.status]}</span> : <span className="error">{p.error}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
