import { ui } from '@/lib/i18n';
import type { LinkRunItem } from '@/lib/links/summarise-run';

interface Props {
  items: LinkRunItem[];
  recorded: ReadonlySet<string>;
  busy: string | null;
  onLocate: (item: LinkRunItem, index: number) => void;
  onRecord: (item: LinkRunItem) => void;
  onRecheck: (item: LinkRunItem) => void;
}

/** Dead and suspect targets: status, reason, advice, every place they appear (text only, never page HTML). */
export function LinksList({ items, recorded, busy, onLocate, onRecord, onRecheck }: Props) {
  const t = ui.links;
  if (items.length === 0) return <p className="muted">{t.none}</p>;
  return (
    <ul data-testid="links-problems" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <li key={`${item.pageUrl}|${item.url}`} data-testid="link-problem" data-verdict={item.verdict} data-url={item.url} className="card">
          <div style={{ display: 'flex', gap: 6, alignItems: 'baseline' }}>
            <span className={`badge ${item.verdict}`}>{item.verdict === 'dead' ? t.dead : t.suspect}</span>
            {item.httpStatus !== null && <span className="muted">{item.httpStatus}</span>}
            <span className="muted">{item.onSite ? t.onSite : t.external}</span>
            <span style={{ wordBreak: 'break-all', flex: 1 }}>{item.url}</span>
          </div>
          <p style={{ margin: '4px 0' }} data-testid="link-reason">{item.reason}</p>
          {item.advice && <p className="muted" style={{ margin: '2px 0' }}>{item.advice}</p>}
          {item.chain.length > 0 && (
            <p className="muted" style={{ margin: '2px 0', wordBreak: 'break-all' }}>
              {t.chain}：{item.chain.map((h) => `${h.status || '3xx'} ${h.url}`).join(' → ')} → {item.finalUrl}
            </p>
          )}
          <div className="muted">{t.locations}：</div>
          <ol style={{ margin: '0 0 4px', paddingLeft: 20 }}>
            {item.locations.map((loc, i) => (
              <li key={`${loc.selector}-${i}`}>
                <button className="link" onClick={() => onLocate(item, i)} data-testid="link-locate">
                  {t.locate}
                </button>{' '}
                {loc.text || loc.kind}
              </li>
            ))}
          </ol>
          <div style={{ display: 'flex', gap: 6 }}>
            <button
              className="primary"
              data-testid="link-record"
              disabled={recorded.has(item.url) || busy === item.url}
              onClick={() => onRecord(item)}
            >
              {recorded.has(item.url) ? t.recorded : busy === item.url ? t.recording : t.record}
            </button>
            <button onClick={() => onRecheck(item)}>{t.recheck}</button>
          </div>
        </li>
      ))}
    </ul>
  );
}
