import { useEffect, useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import type { Finding } from '@/lib/db/records';
import type { FindingEdit, ReviewAction } from '@/lib/findings/review';
import { useFinding } from '@/lib/hooks/use-findings';
import { ui } from '@/lib/i18n';
import { ReviewControls } from './ReviewControls';
import { Thumbnail } from './Thumbnail';

interface Props {
  id: string;
  onClose: () => void;
  onStep: (ids: string[], step: ReviewAction) => Promise<string | null>;
  onEdit: (id: string, edit: FindingEdit) => Promise<string | null>;
}

/** Everything a finding carries (indicators §10.4), its screenshots, its history, and the review steps. */
export function FindingDetail({ id, onClose, onStep, onEdit }: Props) {
  const f = useFinding(id);
  const t = ui.findings.detail;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (f === undefined) return <aside className="detail">{ui.common.loading}</aside>;
  if (f === null) return null;
  const run = async (p: Promise<string | null>) => {
    setBusy(true);
    setError(await p);
    setBusy(false);
  };
  const kv = (label: string, value: string | null | undefined) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  return (
    <aside className="detail card" aria-label={t.title} data-testid="finding-detail">
      <header style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <h2 style={{ flex: 1 }}>
          {ui.kinds[f.kind]} · <span data-testid="detail-status">{ui.common.status[f.status]}</span>
        </h2>
        <button type="button" onClick={onClose}>{t.close}</button>
      </header>
      <ReviewControls statuses={[f.status]} busy={busy} onStep={(step) => void run(onStep([f.id], step))} />
      {error && <ErrorNote message={error} />}
      <dl className="kv" style={{ marginTop: 8 }}>
        {kv(ui.findings.columns.site, `${f.siteName}${f.siteIdCode ? `（${f.siteIdCode}）` : ''}`)}
        {kv(t.page, `${f.pageTitle} ${f.pageUrl}`)}
        {kv(t.target, f.targetUrl)}
        {kv(ui.findings.columns.column, f.columnPath.join('>'))}
        {kv(t.quote, f.evidence.quote)}
        {kv(t.context, f.evidence.context)}
        {kv(t.selector, f.evidence.selector)}
        {kv(t.rule, `${f.ruleId ?? '—'}（${f.ruleSetVersion ?? ''}，${f.effect}）`)}
        {kv(t.checkDate, f.checkDate)}
        {kv(t.observedAt, new Date(f.observedAt).toLocaleString('zh-CN', { hour12: false }))}
        {kv(t.browser, f.evidence.browser)}
        {kv(t.inspector, f.inspector)}
        {kv(t.reason, f.statusReason)}
        {kv(t.fixedAt, f.fixedAt)}
      </dl>
      <EditForm f={f} busy={busy} onSave={(edit) => void run(onEdit(f.id, edit))} />
      <h3>{t.screenshots}</h3>
      {f.evidence.screenshotIds.length === 0 ? <p className="muted">{t.noShot}</p> : f.evidence.screenshotIds.map((s) => <Thumbnail key={s} evidenceId={s} full alt={t.screenshots} />)}
      <h3>{t.history}</h3>
      <ol data-testid="finding-history">
        {f.history.map((h, i) => (
          <li key={i}>
            {new Date(h.at).toLocaleString('zh-CN', { hour12: false })} · {h.by} · {h.change}
          </li>
        ))}
      </ol>
    </aside>
  );
}

function EditForm({ f, busy, onSave }: { f: Finding; busy: boolean; onSave: (edit: FindingEdit) => void }) {
  const t = ui.findings.detail;
  const [detail, setDetail] = useState(f.detail);
  const [suggestion, setSuggestion] = useState(f.suggestion ?? '');
  const [department, setDepartment] = useState(f.department ?? '');
  const [note, setNote] = useState('');
  useEffect(() => {
    setDetail(f.detail);
    setSuggestion(f.suggestion ?? '');
    setDepartment(f.department ?? '');
    setNote('');
  }, [f.id, f.updatedAt]);
  return (
    <form
      className="edit"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ detail, suggestion: suggestion || null, department: department || null, note });
      }}
      style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 4, margin: '8px 0' }}
    >
      <label htmlFor="ed-detail">{ui.findings.columns.detail}</label>
      <input id="ed-detail" value={detail} onChange={(e) => setDetail(e.target.value)} />
      <label htmlFor="ed-sugg">{t.suggestion}</label>
      <input id="ed-sugg" value={suggestion} onChange={(e) => setSuggestion(e.target.value)} />
      <label htmlFor="ed-dept">{ui.findings.filters.department}</label>
      <input id="ed-dept" value={department} onChange={(e) => setDepartment(e.target.value)} />
      <label htmlFor="ed-note">{t.note}</label>
      <input id="ed-note" value={note} onChange={(e) => setNote(e.target.value)} />
      <span />
      <button type="submit" disabled={busy}>{ui.findings.actions.save}</button>
    </form>
  );
}
