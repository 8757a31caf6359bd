import { findingKindSchema, findingStatusSchema } from '@/lib/db/records';
import type { FindingFilter } from '@/lib/findings/query';
import { ui } from '@/lib/i18n';

interface Props {
  filter: FindingFilter;
  facets: { quarters: string[]; sites: { value: string; label: string }[]; departments: string[] } | undefined;
  onChange: (next: FindingFilter) => void;
}

/** The filter bar of the findings log. Every change marks `findings:filter` for the benchmark. */
export function FindingsFilters({ filter, facets, onChange }: Props) {
  const t = ui.findings.filters;
  const set = (key: keyof FindingFilter, value: string) => {
    performance.mark('findings:filter');
    onChange({ ...filter, [key]: value || undefined });
  };
  const select = (key: keyof FindingFilter, label: string, options: { value: string; label: string }[]) => (
    <label>
      {label}
      <select aria-label={label} value={(filter[key] as string | undefined) ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="filters" role="search" style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', margin: '8px 0' }}>
      {select('quarter', t.quarter, (facets?.quarters ?? []).map((q) => ({ value: q, label: q })))}
      {select('site', t.site, facets?.sites ?? [])}
      {select('department', t.department, (facets?.departments ?? []).map((d) => ({ value: d, label: d })))}
      {select('kind', t.kind, findingKindSchema.options.map((k) => ({ value: k, label: ui.kinds[k] })))}
      {select('status', t.status, findingStatusSchema.options.map((s) => ({ value: s, label: ui.common.status[s] })))}
      <label>
        {t.from}
        <input type="date" aria-label={t.from} value={filter.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>
        {t.to}
        <input type="date" aria-label={t.to} value={filter.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      <input type="search" aria-label={t.text} placeholder={t.textHint} defaultValue={filter.text ?? ''} onKeyDown={(e) => e.key === 'Enter' && set('text', e.currentTarget.value.trim())} onBlur={(e) => e.currentTarget.value.trim() !== (filter.text ?? '') && set('text', e.currentTarget.value.trim())} />
      <button type="button" onClick={() => { performance.mark('findings:filter'); onChange({}); }}>
        {t.clear}
      </button>
    </div>
  );
}
