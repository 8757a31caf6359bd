import { useState } from 'react';
import { ui } from '@/lib/i18n';
import { BundlesView } from './BundlesView';
import { FindingsView } from './FindingsView';
import { RegistriesView } from './registries/RegistriesView';
import { ReportView } from './ReportView';
import { SettingsView } from './SettingsView';

const TABS = { ...ui.dashboard.tabs, ...ui.report.tabs };
type Tab = keyof typeof TABS;

/** The tab named by the address (`options.html#bundles`), so a tab can be bookmarked; the findings log otherwise. */
const tabOf = (hash: string): Tab => (Object.hasOwn(TABS, hash.slice(1)) ? (hash.slice(1) as Tab) : 'findings');

/** The full-page dashboard: findings log, registries, quarterly report, settings. */
export function DashboardApp() {
  const [tab, setTabState] = useState<Tab>(() => tabOf(location.hash));
  const setTab = (next: Tab) => {
    setTabState(next);
    history.replaceState(null, '', `#${next}`);
  };
  const t = ui.dashboard;
  return (
    <div style={{ padding: '12px 20px' }}>
      <header style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
        <h1>{t.title}</h1>
        <nav role="tablist" style={{ display: 'flex', gap: 6 }}>
          {(Object.keys(TABS) as Tab[]).map((key) => (
            <button key={key} role="tab" aria-selected={tab === key} className={tab === key ? 'primary' : ''} onClick={() => setTab(key)}>
              {TABS[key]}
            </button>
          ))}
        </nav>
      </header>
      {tab === 'findings' && <FindingsView />}
      {tab === 'registries' && <RegistriesView />}
      {tab === 'settings' && <SettingsView />}
      {tab === 'report' && <ReportView />}
      {tab === 'bundles' && <BundlesView />}
    </div>
  );
}
