import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Finding } from '@/lib/db/records';
import type { FindingSort } from '@/lib/findings/query';
import { useFindingRows } from '@/lib/hooks/use-findings';
import { ui } from '@/lib/i18n';
import { Thumbnail } from './Thumbnail';

interface Props {
  /** Identifies the query the ids answer (for the benchmark marks). */
  queryKey: string;
  /** Rows already read with the first page. */
  firstRows: Map<string, Finding>;
  ids: string[];
  sort: FindingSort;
  onSort: (sort: FindingSort) => void;
  selected: Set<string>;
  onToggle: (id: string) => void;
  openId: string | null;
  onOpen: (id: string) => void;
}

const ROW = 52;
const GRID = '28px 72px 120px 160px 180px 1fr 70px 140px';

/** The virtualised findings table: only the visible rows are read from the database and rendered. */
export function FindingsTable({ queryKey, firstRows, ids, sort, onSort, selected, onToggle, openId, onOpen }: Props) {
  const c = ui.findings.columns;
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: ids.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 8, initialRect: { width: 1200, height: 600 } });
  const items = virtual.getVirtualItems();
  const windowIds = items.map((i) => ids[i.index]!);
  const live = useFindingRows(windowIds);
  // Until the live window query answers, show the rows the first-page query already read.
  const has = (m: Map<string, Finding> | undefined) => Boolean(m) && windowIds.every((id) => m!.has(id));
  const rows = has(live) ? live : has(firstRows) ? firstRows : undefined;
  useEffect(() => {
    if (rows && rows.size > 0) performance.mark('findings:rows', { detail: { key: queryKey, total: ids.length, shown: rows.size } });
  }, [rows, ids.length, queryKey]);
  const header = (field: FindingSort['field'] | null, label: string) => (
    <div role="columnheader" aria-sort={field && sort.field === field ? (sort.desc ? 'descending' : 'ascending') : undefined}>
      {field ? (
        <button type="button" className="link" onClick={() => onSort({ field, desc: sort.field === field ? !sort.desc : true })}>
          {label}
          {sort.field === field ? (sort.desc ? ' ▼' : ' ▲') : ''}
        </button>
      ) : (
        label
      )}
    </div>
  );
  return (
    <div role="table" aria-rowcount={ids.length} data-testid="findings-table" className="vtable">
      <div role="row" className="vrow head" style={{ gridTemplateColumns: GRID }}>
        <div role="columnheader" />
        {header(null, c.shot)}
        {header('kind', c.kind)}
        {header('siteIdCode', c.site)}
        {header('department', c.column)}
        {header(null, c.detail)}
        {header('status', c.status)}
        {header('createdAt', c.createdAt)}
      </div>
      <div ref={scroller} style={{ height: 'calc(100vh - 230px)', minHeight: 300, overflow: 'auto' }}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const id = ids[item.index]!;
            const f = rows?.get(id);
            return (
              <div
                key={id}
                role="row"
                data-testid="finding-row"
                data-id={id}
                aria-selected={openId === id}
                className={`vrow${openId === id ? ' open' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW, transform: `translateY(${item.start}px)`, gridTemplateColumns: GRID }}
                onClick={() => onOpen(id)}
              >
                <div role="cell" onClick={(e) => e.stopPropagation()}>
                  <input type="checkbox" aria-label="选择" checked={selected.has(id)} onChange={() => onToggle(id)} />
                </div>
                {f ? <Cells f={f} /> : <div role="cell" className="muted">…</div>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function Cells({ f }: { f: Finding }) {
  return (
    <>
      <div role="cell">{f.evidence.screenshotIds[0] ? <Thumbnail evidenceId={f.evidence.screenshotIds[0]} alt="截图" /> : null}</div>
      <div role="cell">{ui.kinds[f.kind]}</div>
      <div role="cell" className="clip">{f.siteName || f.siteIdCode || '—'}</div>
      <div role="cell" className="clip">
        {f.columnPath.at(-1) ?? '—'}
        <br />
        <span className="muted">{f.department ?? ''}</span>
      </div>
      <div role="cell" className="clip" title={f.detail}>{f.detail}</div>
      <div role="cell"><span className={`badge status-${f.status}`}>{ui.common.status[f.status]}</span></div>
      <div role="cell">{new Date(f.createdAt).toLocaleString('zh-CN', { hour12: false })}</div>
    </>
  );
}
