import { ui } from '@/lib/i18n';

export interface LinkFilter {
  page: 'all' | 'home' | 'other';
  scope: 'all' | 'on-site' | 'external';
}

/** 首页/其他页面 and 站内/站外 filters (indicators §7.1 keeps these counts apart). */
export function LinksFilters({ value, onChange }: { value: LinkFilter; onChange: (f: LinkFilter) => void }) {
  const t = ui.links;
  return (
    <div style={{ display: 'flex', gap: 8, margin: '4px 0' }}>
      <label>
        {t.pageLabel}{' '}
        <select aria-label={t.pageLabel} value={value.page} onChange={(e) => onChange({ ...value, page: e.target.value as LinkFilter['page'] })}>
          <option value="all">{t.allPages}</option>
          <option value="home">{t.homePage}</option>
          <option value="other">{t.otherPage}</option>
        </select>
      </label>
      <select aria-label={t.onSite} value={value.scope} onChange={(e) => onChange({ ...value, scope: e.target.value as LinkFilter['scope'] })}>
        <option value="all">{t.allScopes}</option>
        <option value="on-site">{t.onSite}</option>
        <option value="external">{t.external}</option>
      </select>
    </div>
  );
}
