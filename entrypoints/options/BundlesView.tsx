import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { ImportPreview } from '@/components/report/ImportPreview';
import { downloadFile } from '@/components/report/download';
import { MAX_BUNDLE_BYTES } from '@/lib/bundle/bundle-schema';
import { exportBundle } from '@/lib/bundle/export-bundle';
import { mergeRead, type ImportOutcome, type ReadBundle } from '@/lib/bundle/import-file';
import { readBundleFile } from '@/lib/bundle/read-bundle';
import { findingQuarters } from '@/lib/findings/store';
import { db } from '@/lib/hooks/db';
import { findingLogSnapshot } from '@/lib/hooks/use-findings';
import { ui } from '@/lib/i18n';

type Ready = Extract<ImportOutcome, { ok: true }>;

/** Share findings between inspectors: export the log (or a quarter/site) and import others' bundles. */
export function BundlesView() {
  const t = ui.report;
  const options = useLiveQuery(async () => ({
    quarters: await findingQuarters(db),
    sites: await db.sites.orderBy('name').toArray(),
  }), []);
  const [quarter, setQuarter] = useState('');
  const [siteId, setSiteId] = useState('');
  const [screenshots, setScreenshots] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ read: ReadBundle; preview: Ready } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = (task: () => Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      await task();
    } catch (err) {
      console.error('bundle action failed', err);
      setError(`操作失败：${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };
  const doExport = run(async () => {
    const out = await exportBundle(db, { quarter: quarter || null, siteId: siteId || null, screenshots, now: new Date(), snapshot: await findingLogSnapshot() });
    downloadFile(out.data, out.fileName, out.mime);
    setMessage(t.exported(out.counts.findings));
  });
  const choose = (file: File | undefined) => run(async () => {
    setPending(null);
    if (!file) return;
    if (file.size > MAX_BUNDLE_BYTES) return setError(t.tooLarge);
    const read = await readBundleFile(file);
    if (!read.ok) return setError(read.error);
    const preview = await mergeRead(db, read, { write: false, snapshot: await findingLogSnapshot() });
    if (!preview.ok) return setError(preview.error);
    setPending({ read, preview });
  })();
  const confirm = run(async () => {
    if (!pending) return;
    // The preview's findings plan is taken over if the log has not changed since (no second read of 100,000 rows).
    const done = await mergeRead(db, pending.read, { write: true, reuse: pending.preview.findings, snapshot: await findingLogSnapshot() });
    if (!done.ok) return setError(done.error);
    setPending(null);
    setMessage(t.imported);
  });

  return (
    <div>
      <section className="card">
        <h2>{t.exportTitle}</h2>
        <label>{t.exportQuarter} <select data-testid="export-quarter" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
          <option value="">{t.all}</option>
          {options?.quarters.map((q) => <option key={q} value={q}>{q}</option>)}
        </select></label>{' '}
        <label>{t.exportSite} <select data-testid="export-site" value={siteId} onChange={(e) => setSiteId(e.target.value)}>
          <option value="">{t.all}</option>
          {options?.sites.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select></label>{' '}
        <label><input type="checkbox" checked={screenshots} onChange={(e) => setScreenshots(e.target.checked)} /> {t.withScreenshots}</label>{' '}
        <button className="primary" data-testid="export-bundle" disabled={busy} onClick={doExport}>{t.exportButton}</button>
      </section>
      <section className="card">
        <h2>{t.importTitle}</h2>
        <p className="muted">{t.importHint}</p>
        <input type="file" data-testid="import-file" accept=".json,.zip,application/json,application/zip" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
        {pending && <ImportPreview plan={pending.preview.plan} migratedFrom={pending.preview.migratedFrom} />}
        {pending && <button className="primary" data-testid="import-confirm" disabled={busy} onClick={confirm}>{t.confirmImport}</button>}
      </section>
      {error && <ErrorNote message={error} />}
      {message && <p role="status" data-testid="bundle-message">{message}</p>}
    </div>
  );
}
