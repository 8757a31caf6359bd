import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { CheckDateField } from '@/components/panel/CheckDateField';
import { ColumnTable, STATUS_COLOURS } from '@/components/panel/ColumnTable';
import { CrawlControl } from '@/components/panel/CrawlControl';
import { FooterPresence } from '@/components/panel/FooterPresence';
import { IdentityCard } from '@/components/panel/IdentityCard';
import { VetoCounters } from '@/components/panel/VetoCounters';
import { findingDraftSchema } from '@/lib/findings/draft';
import { usePageScans } from '@/lib/hooks/use-scans';
import { saveCheckDate, useScanContext, useSiteColumns } from '@/lib/hooks/use-scan-context';
import type { TargetTab } from '@/lib/hooks/use-target-tab';
import { ui } from '@/lib/i18n';
import { sendRequest } from '@/lib/messaging/send';
import type { JudgedBlock, PageJudgement } from '@/lib/rules/page-verdict';
import { siteCounters } from '@/lib/rules/site-counters';
import type { CrawlStatus } from '@/lib/scan/crawl-types';
import { columnFindingDraft, footerFindingDraft } from '@/lib/scan/finding-drafts';
import type { PageScan } from '@/lib/scan/types';

type ScanState = { phase: 'idle' | 'scanning' } | { phase: 'done'; scan: PageScan; judgement: PageJudgement } | { phase: 'error'; message: string };

/** The scanner's part of the side panel: identity, monitoring date, columns and verdicts, counters, crawl. */
export function ScanSection({ tab }: { tab: TargetTab | null | undefined }) {
  const t = ui.scan;
  const context = useScanContext();
  const [state, setState] = useState<ScanState>({ phase: 'idle' });
  const [note, setNote] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<Set<number>>(new Set());
  const [crawl, setCrawl] = useState<CrawlStatus | null>(null);
  const scans = usePageScans(state.phase === 'done' ? state.scan.url : null);
  const origin = state.phase === 'done' ? safeOrigin(state.scan.url) : null;
  const columns = useSiteColumns(origin);
  const checkDate = context?.checkDate;

  const scan = useCallback(async (tabId: number, date: string) => {
    setState({ phase: 'scanning' });
    setRecorded(new Set());
    const reply = await sendRequest({ type: 'scan/tab', tabId, checkDate: date });
    setState(reply.ok ? { phase: 'done', scan: reply.data.scan, judgement: reply.data.judgement } : { phase: 'error', message: reply.error });
  }, []);

  useEffect(() => {
    if (tab && checkDate) void scan(tab.id, checkDate);
  }, [tab?.id, tab?.url, checkDate, scan]);

  const counters = useMemo(() => (columns && context ? siteCounters(columns, context) : null), [columns, context]);
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);
  useEffect(() => () => void (poll.current && clearInterval(poll.current)), []);

  const startCrawl = async (depth: number) => {
    if (!tab || !checkDate) return;
    const reply = await sendRequest({ type: 'scan/crawl', tabId: tab.id, depth, checkDate });
    if (!reply.ok) return setNote(reply.error);
    const runId = reply.data.runId;
    if (poll.current) clearInterval(poll.current);
    poll.current = setInterval(async () => {
      const status = await sendRequest({ type: 'scan/crawl-status', runId });
      if (!status.ok) return setNote(status.error);
      setCrawl(status.data);
      if (status.data.state !== 'running' && poll.current) clearInterval(poll.current);
    }, 300);
  };

  const highlight = async (block: JudgedBlock) => {
    if (!tab || state.phase !== 'done' || block.listIndex === null) return;
    const list = state.scan.lists[block.listIndex];
    if (!list) return;
    const reply = await sendRequest({ type: 'scan/highlight', tabId: tab.id, selector: list.selector, frameSelector: list.frameSelector, label: `${block.name} · ${t.statuses[block.verdict.status]}` });
    setNote(!reply.ok ? reply.error : reply.data.found ? null : t.notFoundOnPage);
  };

  const record = async (block: JudgedBlock, index: number) => {
    if (state.phase !== 'done' || !context) return;
    const department = columns?.find((c) => c.url === state.scan.url.replace(/#.*$/, ''))?.department ?? null;
    const draft = columnFindingDraft(state.scan, state.judgement, block, context.ruleSet, department);
    if (!draft) return;
    const reply = await sendRequest({ type: 'finding/flag', finding: findingDraftSchema.parse(draft) });
    if (reply.ok) setRecorded((s) => new Set(s).add(index));
    setNote(reply.ok ? null : reply.error);
  };

  const recordFooter = async () => {
    if (state.phase !== 'done') return;
    const draft = footerFindingDraft(state.scan);
    if (!draft) return;
    const reply = await sendRequest({ type: 'finding/flag', finding: findingDraftSchema.parse(draft) });
    setNote(reply.ok ? t.recorded : reply.error);
  };

  const j = state.phase === 'done' ? state.judgement : null;
  const homeBlock: JudgedBlock | null =
    j?.pageKind === 'home' && j.status !== 'not-applicable' ? { name: t.homepage, listIndex: null, columnClass: 'dynamic', itemCount: j.itemCount ?? 0, lastUpdate: j.lastUpdate, verdict: j.verdict } : null;
  const blocks = j ? [...(homeBlock ? [homeBlock] : []), ...j.blocks] : [];

  return (
    <>
      {context && <CheckDateField key={context.checkDate} value={context.checkDate} fixed={context.fixed} onChange={(d) => void saveCheckDate(d)} />}
      {state.phase === 'scanning' && <p className="muted">{ui.panel.scanning}</p>}
      {state.phase === 'error' && <ErrorNote message={state.message} />}
      {note && <p className="warn" data-testid="scan-note">{note}</p>}
      {state.phase === 'done' && j && (
        <>
          <IdentityCard identity={state.scan.identity} />
          <FooterPresence identity={state.scan.identity} onRecord={() => void recordFooter()} />
          <section className="card" aria-label={t.columns} data-testid="columns-section" data-check-date={state.scan.checkDate}>
            <h2>
              {t.columns} · <span data-testid="page-kind">{t.pageKinds[j.pageKind]}</span>
              {j.columnPath.length > 1 && <span className="muted" data-testid="column-path"> {j.columnPath.join(' > ')}</span>}
            </h2>
            <ColumnTable blocks={blocks} recorded={recorded} onHighlight={(b) => void highlight(b)} onRecord={(b) => void record(b, blocks.indexOf(b))} />
            {j.verdict.futureDates.length > 0 && (
              <p className="warn" style={{ color: STATUS_COLOURS.stale }} data-testid="future-dates">
                {t.future}
                {j.verdict.futureDates.join('、')}
              </p>
            )}
            {state.scan.warnings.map((w) => (
              <p key={w} className="muted">{w}</p>
            ))}
          </section>
          {counters && <VetoCounters counters={counters} />}
          <CrawlControl status={crawl} onStart={(d) => void startCrawl(d)} onCancel={() => crawl && void sendRequest({ type: 'scan/crawl-cancel', runId: crawl.runId })} />
          <section className="card" aria-label={ui.panel.lastScans}>
            <h2>{ui.panel.lastScans}</h2>
            <ul data-testid="stored-scans">
              {(scans ?? []).map((s) => (
                <li key={s.id}>
                  {new Date(s.scannedAt).toLocaleString('zh-CN')} · {ui.common.checkDate} {s.checkDate} · {s.siteIdCode ?? ui.panel.notFound}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
