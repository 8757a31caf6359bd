import { useState } from 'react';
import { ui } from '@/lib/i18n';
import { FindingsView } from './FindingsView';

type Tab = keyof typeof ui.dashboard.tabs;

/** The full-page dashboard: findings log, registries, quarterly report, settings. */
export function DashboardApp() {
  const [tab, setTab] = useState<Tab>('findings');
  const t = ui.dashboard;
  return (
    <div style={{ padding: '12px 20px' }}>
      <header style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
        <h1>{t.title}</h1>
        <nav role="tablist" style={{ display: 'flex', gap: 6 }}>
          {(Object.keys(t.tabs) as Tab[]).map((key) => (
            <button key={key} role="tab" aria-selected={tab === key} className={tab === key ? 'primary' : ''} onClick={() => setTab(key)}>
              {t.tabs[key]}
            </button>
          ))}
        </nav>
      </header>
      {tab === 'findings' && <FindingsView />}
    </div>
  );
}
