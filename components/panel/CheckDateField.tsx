import { useState } from 'react';
import { ui } from '@/lib/i18n';

/** The monitoring date (监测时间点): shown, settable, resettable to today. */
export function CheckDateField({ value, fixed, onChange }: { value: string; fixed: boolean; onChange: (date: string | null) => void }) {
  const t = ui.scan;
  const [draft, setDraft] = useState(value);
  return (
    <div className="check-date" style={{ display: 'flex', gap: 6, alignItems: 'center', margin: '4px 0' }}>
      <label>
        {t.checkDate}{' '}
        <input type="date" data-testid="check-date" value={draft} onChange={(e) => setDraft(e.target.value)} />
      </label>
      <button disabled={!/^\d{4}-\d{2}-\d{2}$/.test(draft) || (fixed && draft === value)} onClick={() => onChange(draft)} data-testid="set-check-date">
        {t.setCheckDate}
      </button>
      {fixed && <button onClick={() => onChange(null)}>{t.useToday}</button>}
    </div>
  );
}
