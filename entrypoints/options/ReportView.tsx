import { useLiveQuery } from 'dexie-react-hooks';
import { strToU8, zipSync } from 'fflate';
import { useEffect, useMemo, useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { downloadFile } from '@/components/report/download';
import { ReportPreview } from '@/components/report/ReportPreview';
import { ReportSettingsForm } from '@/components/report/ReportSettingsForm';
import { VerdictList } from '@/components/report/VerdictList';
import { allFindings, findingQuarters } from '@/lib/findings/store';
import { db } from '@/lib/hooks/db';
import { loadedFindingLog } from '@/lib/hooks/use-findings';
import { ui } from '@/lib/i18n';
import { buildReport } from '@/lib/report/build-report';
import type { ReportModel } from '@/lib/report/model';
import { REPORT_SETTINGS_KEY, parseReportSettings, type ReportSettings } from '@/lib/report/report-settings';
import { resolveRuleSet } from '@/lib/rules/active-rule-set';
import { settingsSchema } from '@/lib/settings/settings';

const TEXTS = { addressees: null, opening: null, problems: null, requirements: null, closing: null };

/** The 通报 tab: pick a quarter, edit the free text, preview, download docx/xlsx/html/csv. */
export function ReportView() {
  const t = ui.report;
  // Quarters come from the block meta rows alone; the log is read for the chosen quarter only (findings and tallies).
  const quarters = useLiveQuery(() => findingQuarters(db), []);
  const [quarter, setQuarter] = useState<string | null>(null);
  const q = quarter ?? quarters?.[0] ?? null;
  const config = useLiveQuery(async () => {
    const [reportRow, settingsRow] = await Promise.all([db.settings.get(REPORT_SETTINGS_KEY), db.settings.get('settings')]);
    const overrides = settingsSchema.safeParse(settingsRow?.value ?? {});
    return { stored: parseReportSettings(reportRow?.value), ruleSet: resolveRuleSet(overrides.success ? overrides.data.ruleOverrides : {}).ruleSet };
  }, []);
  const log = useLiveQuery(async () => {
    if (!q) return null;
    const [sites, columns, accounts, letters, findings] = await Promise.all([
      db.sites.toArray(), db.columns.toArray(), db.accounts.toArray(), db.letters.where('quarter').equals(q).toArray(), allFindings(db, { quarter: q, snapshot: loadedFindingLog() }),
    ]);
    return { sites, columns, accounts, letters, findings };
  }, [q]);
  const [draft, setDraft] = useState<ReportSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (config && !draft) setDraft(config.stored);
  }, [config, draft]);
  const models = useMemo(() => {
    if (!log || !draft || !q || !config) return null;
    const input = { quarter: q, ...log, ruleSet: config.ruleSet };
    return { model: buildReport({ ...input, settings: draft }), generated: buildReport({ ...input, settings: { ...draft, ...TEXTS } }) };
  }, [log, draft, q, config]);

  if (!quarters || !config || !draft) return <p className="muted">{ui.common.loading}</p>;
  if (!q) return <p className="muted">{t.noQuarter}</p>;
  if (!models) return <p className="muted">{ui.common.loading}</p>;
  const { model, generated } = models;

  const save = async () => {
    await db.settings.put({ key: REPORT_SETTINGS_KEY, value: { ...draft, updatedAt: new Date().toISOString() } });
    setSaved(true);
  };
  const download = (kind: 'docx' | 'xlsx' | 'html' | 'csv') => async () => {
    setError(null);
    try {
      await saveAs(kind, model);
    } catch (err) {
      console.error('report download failed', err);
      setError(`生成文件失败：${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <div>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '10px 0', flexWrap: 'wrap' }}>
        <label>
          {t.quarter}{' '}
          <select data-testid="report-quarter" value={q} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((x) => <option key={x} value={x}>{x}</option>)}
          </select>
        </label>
        {(['docx', 'xlsx', 'html', 'csv'] as const).map((k) => (
          <button key={k} data-testid={`report-download-${k}`} onClick={download(k)}>{t.download[k]}</button>
        ))}
        <span className="muted">{t.rules}：{model.ruleSet.version}</span>
      </div>
      {error && <ErrorNote message={error} />}
      <ReportSettingsForm draft={draft} saved={saved} onSave={() => void save()} onChange={(next) => (setDraft(next), setSaved(false))}
        generated={{ addressees: generated.addressees, opening: generated.opening, problems: generated.problems.join('\n'), requirements: generated.requirements.join('\n'), closing: generated.closing }} />
      <details className="card">
        <summary>{t.verdicts}</summary>
        <VerdictList verdicts={model.verdicts.sites} />
      </details>
      <h2>{t.previewTitle}</h2>
      <ReportPreview model={model} />
    </div>
  );
}

// The renderers (docx, exceljs) are loaded on first download, so the dashboard opens quickly.
async function saveAs(kind: 'docx' | 'xlsx' | 'html' | 'csv', model: ReportModel) {
  const base = model.title || `${model.quarter}通报`;
  if (kind === 'docx') downloadFile(await (await import('@/lib/report/render-docx')).renderDocx(model), `${base}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  if (kind === 'xlsx') downloadFile(await (await import('@/lib/report/render-xlsx')).renderXlsx(model), `${base}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  if (kind === 'html') downloadFile((await import('@/lib/report/render-html')).renderHtml(model), `${base}.html`, 'text/html');
  if (kind === 'csv') downloadFile(zipSync(Object.fromEntries((await import('@/lib/report/render-csv')).renderCsv(model).map((c) => [c.name, strToU8(c.text)]))), `${base}-CSV.zip`, 'application/zip');
}
