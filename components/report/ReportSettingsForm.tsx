import type { ReportSettings } from '@/lib/report/report-settings';
import { ui } from '@/lib/i18n';

type TextKey = 'addressees' | 'opening' | 'problems' | 'requirements' | 'closing';

interface Props {
  draft: ReportSettings;
  /** What the generator would write for each free-text section (shown when the section is not edited). */
  generated: Record<TextKey, string>;
  onChange: (next: ReportSettings) => void;
  onSave: () => void;
  saved: boolean;
}

const row: React.CSSProperties = { display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center', margin: '4px 0' };

/** The editable parts of the 通报 (indicators §10.1 items 2, 4, 5, 6) and the report settings. */
export function ReportSettingsForm({ draft, generated, onChange, onSave, saved }: Props) {
  const t = ui.report;
  const set = (patch: Partial<ReportSettings>) => onChange({ ...draft, ...patch });
  const input = (label: string, value: string, apply: (v: string) => void, type = 'text', testId?: string) => (
    <label>
      {label} <input type={type} value={value} data-testid={testId} onChange={(e) => apply(e.target.value)} />
    </label>
  );
  const period = draft.samplingPeriod;
  const decimals = draft.passRateDecimals;
  return (
    <form className="card" onSubmit={(e) => (e.preventDefault(), onSave())}>
      <h2>{t.settingsTitle}</h2>
      <div style={row}>
        {input(t.issuer, draft.issuer, (v) => set({ issuer: v }), 'text', 'report-issuer')}
        {input(t.jurisdictionAll, draft.jurisdiction.all, (v) => set({ jurisdiction: { ...draft.jurisdiction, all: v } }))}
        {input(t.jurisdictionShort, draft.jurisdiction.short, (v) => set({ jurisdiction: { ...draft.jurisdiction, short: v } }))}
        <label>
          {t.quarterStyle.label}{' '}
          <select value={draft.quarterStyle} onChange={(e) => set({ quarterStyle: e.target.value as ReportSettings['quarterStyle'] })}>
            <option value="short">{t.quarterStyle.short}</option>
            <option value="ordinal">{t.quarterStyle.ordinal}</option>
          </select>
        </label>
      </div>
      <div style={row}>
        {input(t.samplingStart, period?.start ?? '', (v) => set({ samplingPeriod: v ? { start: v, end: period?.end ?? v } : null }), 'date')}
        {input(t.samplingEnd, period?.end ?? '', (v) => set({ samplingPeriod: v ? { start: period?.start ?? v, end: v } : null }), 'date')}
        {input(t.decimalsWebsites, String(decimals?.websites ?? ''), (v) => set({ passRateDecimals: { websites: clamp(v), media: decimals?.media ?? 2 } }), 'number')}
        {input(t.decimalsMedia, String(decimals?.media ?? ''), (v) => set({ passRateDecimals: { websites: decimals?.websites ?? 2, media: clamp(v) } }), 'number')}
      </div>
      <div style={row}>
        {input(t.deadline, draft.deadline ?? '', (v) => set({ deadline: v || null }), 'date')}
        {input(t.contactName, draft.contact.name, (v) => set({ contact: { ...draft.contact, name: v } }))}
        {input(t.contactPhone, draft.contact.phone, (v) => set({ contact: { ...draft.contact, phone: v } }))}
        {input(t.contactEmail, draft.contact.email, (v) => set({ contact: { ...draft.contact, email: v } }))}
        {input(t.signDate, draft.signDate ?? '', (v) => set({ signDate: v || null }), 'date')}
      </div>
      {(['addressees', 'opening', 'problems', 'requirements', 'closing'] as TextKey[]).map((key) => (
        <div key={key} style={{ margin: '6px 0' }}>
          <label style={{ display: 'block' }}>
            {t[key]}
            {draft[key] !== null && (
              <button type="button" style={{ marginLeft: 8 }} onClick={() => set({ [key]: null })}>{t.useDefault}</button>
            )}
          </label>
          <textarea data-testid={`report-text-${key}`} rows={key === 'problems' || key === 'requirements' ? 6 : 2} style={{ width: '100%' }}
            value={draft[key] ?? generated[key]} onChange={(e) => set({ [key]: e.target.value })} />
        </div>
      ))}
      <button type="submit" className="primary">{t.save}</button> {saved && <span className="muted">{t.saved}</span>}
    </form>
  );
}

const clamp = (v: string) => Math.max(0, Math.min(4, Math.trunc(Number(v) || 0)));
