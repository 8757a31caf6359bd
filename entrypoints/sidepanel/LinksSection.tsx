import { useEffect, useMemo, useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { LinksFilters, type LinkFilter } from '@/components/panel/LinksFilters';
import { LinksList } from '@/components/panel/LinksList';
import { LinksProgress } from '@/components/panel/LinksProgress';
import { latestLinkRun, useLinkRuns } from '@/lib/hooks/use-link-runs';
import type { TargetTab } from '@/lib/hooks/use-target-tab';
import { ui } from '@/lib/i18n';
import { findingDraftSchema } from '@/lib/findings/draft';
import { deadLinkDraft } from '@/lib/links/finding-draft';
import type { LinkRunItem } from '@/lib/links/summarise-run';
import { sendRequest } from '@/lib/messaging/send';

/** The link checker in the side panel: start a run, follow progress, locate and record dead links (issue 4). */
export function LinksSection({ tab }: { tab: TargetTab | null | undefined }) {
  const t = ui.links;
  const [runIds, setRunIds] = useState<string[]>([]);
  const [filter, setFilter] = useState<LinkFilter>({ page: 'all', scope: 'all' });
  const [recorded, setRecorded] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const { summaries, error, refresh } = useLinkRuns(runIds);

  useEffect(() => {
    if (!tab?.url) return;
    void latestLinkRun(tab.url).then((id) => id && setRunIds((ids) => (ids.includes(id) ? ids : [...ids, id])));
  }, [tab?.url]);

  const runs = runIds.map((id) => summaries[id]).filter((s) => s !== undefined);
  const current = runs.find((r) => r.pageUrl === tab?.url) ?? null;
  const running = runs.some((r) => !r.finished);
  const items = useMemo(
    () =>
      runs
        .filter((r) => filter.page === 'all' || (filter.page === 'home') === r.isHomePage)
        .flatMap((r) => r.items)
        .filter((i) => i.verdict === 'dead' || i.verdict === 'suspect')
        .filter((i) => filter.scope === 'all' || (filter.scope === 'on-site') === i.onSite),
    [runs, filter],
  );

  const start = async () => {
    if (!tab) return;
    setNote(null);
    const reply = await sendRequest({ type: 'links/check', tabId: tab.id });
    if (!reply.ok) return setNote(reply.error);
    setRunIds((ids) => [...ids.filter((id) => summaries[id]?.pageUrl !== reply.data.pageUrl), reply.data.runId]);
  };

  const locate = async (item: LinkRunItem, index: number) => {
    const loc = item.locations[index];
    if (!tab || !loc) return;
    if (item.pageUrl !== tab.url) return setNote(t.notOnPage);
    const reply = await sendRequest({ type: 'scan/highlight', tabId: tab.id, selector: loc.selector, frameSelector: loc.frameSelector ?? null, label: item.reason.slice(0, 60) });
    const hidden = loc.text.startsWith('[隐藏]');
    setNote(hidden ? t.hiddenNote : reply.ok && reply.data.found ? null : t.notFound);
  };

  const record = async (item: LinkRunItem) => {
    if (!tab) return;
    setBusy(item.url);
    const onPage = item.pageUrl === tab.url;
    const shot = onPage ? await sendRequest({ type: 'evidence/capture', tabId: tab.id, selector: item.locations[0]?.selector ?? null, frameSelector: item.locations[0]?.frameSelector ?? null }) : null;
    const ids = shot?.ok ? [shot.data.evidenceId] : [];
    const draft = findingDraftSchema.safeParse(deadLinkDraft(item, ids, onPage ? tab.title : ''));
    if (!draft.success) {
      setBusy(null);
      return setNote(`无法记录：${draft.error.issues[0]?.message ?? ''}`);
    }
    const reply = await sendRequest({ type: 'finding/flag', finding: draft.data });
    setBusy(null);
    if (!reply.ok) return setNote(reply.error);
    setRecorded((s) => new Set(s).add(item.url));
    if (shot && !shot.ok) setNote(shot.error);
  };

  const recheck = async (input: { runId?: string; url?: string }) => {
    const reply = await sendRequest({ type: 'links/recheck', ...input });
    if (!reply.ok) setNote(reply.error);
    await refresh();
  };

  return (
    <section className="card" aria-label={t.title} data-testid="links-section">
      <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <h2 style={{ flex: 1, margin: 0 }}>{t.title}</h2>
        <button className="primary" disabled={!tab || running} onClick={() => void start()} data-testid="links-check">
          {running ? t.checking : t.check}
        </button>
        {current && !running && <button onClick={() => void recheck({ runId: current.runId })}>{t.recheckAll}</button>}
        {current && running && <button onClick={() => void sendRequest({ type: 'links/cancel', runId: current.runId })}>{t.cancel}</button>}
      </div>
      {note && <ErrorNote message={note} />}
      {error && <ErrorNote message={error} />}
      {runs.map((r) => (
        <div key={r.runId}>
          {runs.length > 1 && <p className="muted" style={{ margin: '4px 0 0', wordBreak: 'break-all' }}>{r.isHomePage ? t.homePage : t.otherPage}：{r.pageUrl}</p>}
          <LinksProgress summary={r} />
          {r.pausedHosts.length > 0 && <p className="warn">{t.pausedHosts}{r.pausedHosts.join('、')}</p>}
        </div>
      ))}
      {runs.length > 0 && (
        <>
          <LinksFilters value={filter} onChange={setFilter} />
          <p className="muted" style={{ margin: 0 }}>{t.suspectHint}</p>
          <LinksList items={items} recorded={recorded} busy={busy} onLocate={(i, n) => void locate(i, n)} onRecord={(i) => void record(i)} onRecheck={(i) => void recheck({ url: i.url })} />
        </>
      )}
    </section>
  );
}
