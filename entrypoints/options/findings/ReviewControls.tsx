import { useState } from 'react';
import { todayInChina } from '@/lib/dates/calendar';
import type { FindingStatus } from '@/lib/db/records';
import type { ReviewAction } from '@/lib/findings/review';
import { ui } from '@/lib/i18n';

/**
 * 确认 / 忽略（理由）/ 已整改（日期）/ 重新打开. Shows only the steps the statuses allow; used for one finding and
 * for bulk actions (statuses = every selected status).
 */
export function ReviewControls({ statuses, onStep, busy }: { statuses: FindingStatus[]; onStep: (step: ReviewAction) => void; busy: boolean }) {
  const t = ui.findings;
  const [reason, setReason] = useState('');
  const [fixedAt, setFixedAt] = useState(todayInChina(new Date()));
  const any = (...s: FindingStatus[]) => statuses.some((x) => s.includes(x));
  return (
    <div className="review" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
      {any('pending', 'ignored') && (
        <button type="button" className="primary" disabled={busy} onClick={() => onStep({ action: 'confirm' })}>
          {t.actions.confirm}
        </button>
      )}
      {any('pending', 'confirmed') && (
        <span style={{ display: 'inline-flex', gap: 4 }}>
          <input aria-label={t.reason} placeholder={t.reasonHint} value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 200 }} />
          <button type="button" disabled={busy || !reason.trim()} onClick={() => onStep({ action: 'ignore', reason })}>
            {t.actions.ignore}
          </button>
        </span>
      )}
      {any('confirmed') && (
        <span style={{ display: 'inline-flex', gap: 4 }}>
          <input type="date" aria-label={t.fixedAt} value={fixedAt} onChange={(e) => setFixedAt(e.target.value)} />
          <button type="button" disabled={busy || !fixedAt} onClick={() => onStep({ action: 'fix', fixedAt })}>
            {t.actions.fix}
          </button>
        </span>
      )}
      {any('ignored', 'fixed', 'confirmed') && (
        <button type="button" disabled={busy} onClick={() => onStep({ action: 'reopen' })}>
          {t.actions.reopen}
        </button>
      )}
    </div>
  );
}
