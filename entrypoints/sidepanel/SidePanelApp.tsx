import { ErrorNote } from '@/components/common/ErrorNote';
import { ui } from '@/lib/i18n';
import { useTargetTab } from '@/lib/hooks/use-target-tab';
import { LinksSection } from './LinksSection';
import { ScanSection } from './ScanSection';
import { SiteRegistrySection } from './SiteRegistrySection';
import { MediaSection } from './MediaSection';

/** The inspector's main view beside the page, one section per area. */
export function SidePanelApp() {
  const t = ui.panel;
  const tab = useTargetTab();
  return (
    <main style={{ padding: '8px 10px' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <h1 style={{ flex: 1 }}>
          {ui.common.appName} · {t.title}
        </h1>
        <button onClick={() => void browser.runtime.openOptionsPage()}>{t.openDashboard}</button>
      </header>
      {tab === null && <ErrorNote message={ui.common.noTab} />}
      {tab && <p className="muted" data-testid="tab-url">{tab.title || tab.url}</p>}
      <ScanSection tab={tab} />
      <LinksSection tab={tab} />
      <SiteRegistrySection tab={tab} />
      <MediaSection tab={tab} />
    </main>
  );
}
