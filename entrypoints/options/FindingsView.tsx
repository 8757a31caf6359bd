import { useEffect, useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import type { FindingFilter, FindingSort } from '@/lib/findings/query';
import type { FindingEdit, ReviewAction } from '@/lib/findings/review';
import { deleteFindings, editFindingRecord, reviewFindings } from '@/lib/findings/review-repo';
import { db } from '@/lib/hooks/db';
import { useFindingFacets, useFindingIds, useFindingLog } from '@/lib/hooks/use-findings';
import { loadSettings } from '@/lib/settings/settings';
import { ui } from '@/lib/i18n';
import { FindingDetail } from './findings/FindingDetail';
import { FindingsFilters } from './findings/FindingsFilters';
import { FindingsTable } from './findings/FindingsTable';
import { ReviewControls } from './findings/ReviewControls';
import './findings/findings.css';

/** The findings log: filters, a virtualised table, bulk review and a detail view (issue 5, indicators §2.1). */
export function FindingsView() {
  const t = ui.findings;
  const [filter, setFilter] = useState<FindingFilter>({});
  const [sort, setSort] = useState<FindingSort>({ field: 'createdAt', desc: true });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const result = useFindingIds(filter, sort);
  const ids = result?.ids;
  // Facets are read once the log is shown, so they never delay the first rows.
  const [facetsSeen, setFacetsSeen] = useState(false);
  useEffect(() => {
    if (result?.complete) setFacetsSeen(true);
  }, [result?.complete]);
  const facets = useFindingFacets(Boolean(result?.complete) || facetsSeen);
  // Free text is answered once the whole log is in memory (a second or so with 100,000 findings).
  const { loaded } = useFindingLog();
  const indexing = Boolean(filter.text?.trim()) && !loaded;
  useEffect(() => {
    if (result?.complete) performance.mark('findings:complete', { detail: { key: result.key, total: result.ids.length } });
  }, [result?.key, result?.complete]);

  const ctx = async () => ({ at: new Date().toISOString(), by: (await loadSettings(db)).inspector });
  const step = async (targets: string[], s: ReviewAction): Promise<string | null> => {
    try {
      const r = await reviewFindings(db, targets, s, await ctx());
      if (r.updated === 0 && r.skipped.length > 0) return r.skipped[0]!.error;
      if (targets.length > 1) setMessage({ text: t.bulkDone(r.updated, r.skipped.length), error: false });
      return null;
    } catch (cause) {
      return `保存失败，记录未改变：${cause instanceof Error ? cause.message : String(cause)}`;
    }
  };
  const edit = async (id: string, e: FindingEdit) => {
    try {
      await editFindingRecord(db, id, e, await ctx());
      return null;
    } catch (cause) {
      return `保存失败，记录未改变：${cause instanceof Error ? cause.message : String(cause)}`;
    }
  };
  const bulk = async (s: ReviewAction) => {
    setBusy(true);
    const error = await step([...selected], s);
    if (error) setMessage({ text: error, error: true });
    setBusy(false);
  };
  const remove = async () => {
    if (!confirm(t.deleteConfirm(selected.size))) return;
    const n = await deleteFindings(db, [...selected]);
    setSelected(new Set());
    setMessage({ text: `已删除 ${n} 条。`, error: false });
  };
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section aria-label={ui.dashboard.tabs.findings}>
      <FindingsFilters filter={filter} facets={facets} onChange={(f) => { setFilter(f); setSelected(new Set()); }} />
      <div style={{ display: 'flex', gap: 10, alignItems: 'center', flexWrap: 'wrap' }}>
        <strong data-testid="findings-count">{result?.complete ? t.count(result.ids.length) : result ? t.counting(result.ids.length) : indexing ? t.indexing : ui.common.loading}</strong>
        {ids && ids.length > 0 && (
          <button type="button" disabled={!result?.complete} onClick={() => setSelected(new Set(ids))}>{t.selectAll}</button>
        )}
        {selected.size > 0 && (
          <>
            <span data-testid="selected-count">{t.selected(selected.size)}</span>
            <ReviewControls statuses={['pending', 'confirmed', 'ignored', 'fixed']} busy={busy} onStep={(s) => void bulk(s)} />
            <button type="button" onClick={() => void remove()}>{t.actions.delete}</button>
            <button type="button" onClick={() => setSelected(new Set())}>{t.clearSelection}</button>
          </>
        )}
      </div>
      {message && (message.error ? <ErrorNote message={message.text} /> : <p role="status">{message.text}</p>)}
      {ids && ids.length === 0 && <p className="muted">{Object.keys(filter).length ? t.noMatch : ui.dashboard.findingsEmpty}</p>}
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          {ids && ids.length > 0 && <FindingsTable queryKey={result!.key} firstRows={result!.firstRows} ids={ids} sort={sort} onSort={setSort} selected={selected} onToggle={toggle} openId={openId} onOpen={setOpenId} />}
        </div>
        {openId && (
          <div style={{ width: 440, flexShrink: 0, maxHeight: 'calc(100vh - 160px)', overflow: 'auto' }}>
            <FindingDetail id={openId} onClose={() => setOpenId(null)} onStep={step} onEdit={edit} />
          </div>
        )}
      </div>
    </section>
  );
}
