import { useCallback, useEffect, useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { IdentityCard } from '@/components/panel/IdentityCard';
import { ui } from '@/lib/i18n';
import { sendRequest } from '@/lib/messaging/send';
import { usePageScans } from '@/lib/hooks/use-scans';
import { useTargetTab } from '@/lib/hooks/use-target-tab';
import type { PageScan } from '@/lib/scan/types';

type ScanState = { phase: 'idle' | 'scanning' } | { phase: 'done'; scan: PageScan } | { phase: 'error'; message: string };

/** The inspector's main view beside the page: scans the target tab and shows what it found. */
export function SidePanelApp() {
  const t = ui.panel;
  const tab = useTargetTab();
  const [state, setState] = useState<ScanState>({ phase: 'idle' });
  const scans = usePageScans(state.phase === 'done' ? state.scan.url : null);

  const scan = useCallback(async (tabId: number) => {
    setState({ phase: 'scanning' });
    const reply = await sendRequest({ type: 'scan/tab', tabId });
    setState(reply.ok ? { phase: 'done', scan: reply.data.scan } : { phase: 'error', message: reply.error });
  }, []);

  useEffect(() => {
    if (tab) void scan(tab.id);
  }, [tab?.id, tab?.url, scan]);

  return (
    <main style={{ padding: '8px 10px' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <h1 style={{ flex: 1 }}>
          {ui.common.appName} · {t.title}
        </h1>
        <button disabled={!tab || state.phase === 'scanning'} onClick={() => tab && void scan(tab.id)}>
          {state.phase === 'scanning' ? t.scanning : t.rescan}
        </button>
        <button onClick={() => void browser.runtime.openOptionsPage()}>{t.openDashboard}</button>
      </header>
      {tab === null && <ErrorNote message={ui.common.noTab} />}
      {tab && <p className="muted" data-testid="tab-url">{tab.title || tab.url}</p>}
      {state.phase === 'error' && <ErrorNote message={state.message} />}
      {state.phase === 'done' && (
        <>
          <IdentityCard identity={state.scan.identity} />
          <section className="card" aria-label={t.lastScans}>
            <h2>{t.lastScans}</h2>
            <ul data-testid="stored-scans">
              {(scans ?? []).map((s) => (
                <li key={s.id}>
                  {new Date(s.scannedAt).toLocaleString('zh-CN')} · {ui.common.checkDate} {s.checkDate} · {s.siteIdCode ?? t.notFound}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </main>
  );
}
