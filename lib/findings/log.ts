import { liveQuery, type Subscription } from 'dexie';
import type { InspectorDB } from '@/lib/db/schema';
import type { Finding, FindingBlock, FindingBlockMeta } from '@/lib/db/records';
import { compareBy, dateBounds, matchesFields, type FindingFilter, type FindingSort, type SortField } from './query';
import { sameBlock, type FindingsSnapshot } from './store';
import { haystackMatches, haystackOf, needleOf } from './text-fields';

// The findings log as the dashboard sees it: every finding in memory, so that any filter, sort or free-text search
// is a scan of at most 100,000 small objects (a few ms) instead of IndexedDB reads. Loading all 100 blocks takes
// about a second, so the blocks are read newest first and a 记录时间-ordered query shows its first rows as soon as
// the loaded blocks make them certain.

/** One finding in memory: the row, its lower-case search text and the block that holds it. */
export interface LogEntry {
  readonly f: Finding;
  readonly hay: string;
  readonly block: number;
}

/** Every loaded entry sorted by one field (ascending, see `compareBy`); `filled` = entries whose value is not empty. */
interface Order {
  entries: LogEntry[];
  filled: number;
}

export interface LogFacets {
  /** Newest first. */
  quarters: string[];
  /** 网站标识码 with the site name the findings carry. */
  codes: { code: string; name: string }[];
  /** Names of sites without a 网站标识码. */
  names: string[];
  departments: string[];
}

/** Blocks read per transaction after the first (a lone first block gives the first rows sooner). */
const BATCH = 10;

/**
 * The page's in-memory findings log. `start()` watches `findingBlockMeta` with a live query (Dexie also delivers the
 * service worker's writes to it) and (re)reads every block whose revision changed, newest blocks first; deleted
 * blocks are dropped. `version` bumps on every change; `subscribe()` suits React's useSyncExternalStore.
 */
export class FindingLog implements FindingsSnapshot {
  /** Bumped whenever the content changes. */
  version = 0;
  private metas = new Map<number, FindingBlockMeta>();
  private metasKnown = false;
  private blocks = new Map<number, LogEntry[]>();
  /** The meta row each loaded block was read with. */
  private readWith = new Map<number, FindingBlockMeta>();
  private byId = new Map<string, LogEntry>();
  private orders = new Map<SortField, Order>();
  private facetCache: { version: number; facets: LogFacets } | null = null;
  private listeners = new Set<() => void>();
  private subscription: Subscription | null = null;
  private syncing = false;
  /** Adopted blocks whose entries are not built yet (the log is no snapshot meanwhile). */
  private adopting = 0;
  private isLoaded = false;
  private readonly whenLoaded: Promise<void>;
  private resolveLoaded!: () => void;

  constructor(private readonly db: InspectorDB) {
    this.whenLoaded = new Promise((ok) => (this.resolveLoaded = ok));
  }

  /** Starts loading and following the log (once). */
  start(): this {
    this.subscription ??= liveQuery(() => this.db.findingBlockMeta.toArray()).subscribe({
      next: (metas) => this.onMetas(metas),
      error: (e: unknown) => console.error('问题记录读取失败', e),
    });
    return this;
  }

  stop(): void {
    this.subscription?.unsubscribe();
  }

  /** Resolves once every block has been read the first time. */
  ready(): Promise<void> {
    return this.whenLoaded;
  }

  /** True once every block has been read (later changes are applied as they come). */
  get loaded(): boolean {
    return this.isLoaded;
  }

  get size(): number {
    return this.byId.size;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  get(id: string): Finding | undefined {
    return this.byId.get(id)?.f;
  }

  /** Ids of every finding matching the filter, in order; null until the log is loaded. */
  query(filter: FindingFilter, sort: FindingSort): string[] | null {
    return this.isLoaded ? this.scan(filter, sort, Infinity).map((e) => e.f.id) : null;
  }

  /**
   * The first `limit` matching findings, or null while they are not yet certain: during the load only a 记录时间
   * order can be answered, once its last row is newer (older, ascending) than anything an unread block may hold.
   */
  firstRows(filter: FindingFilter, sort: FindingSort, limit: number): Finding[] | null {
    if (!this.isLoaded && (!this.metasKnown || sort.field !== 'createdAt')) return null;
    const rows = this.scan(filter, sort, limit).map((e) => e.f);
    if (this.isLoaded) return rows;
    const bound = this.unreadBound(filter, sort.desc);
    if (bound === null) return rows;
    const last = rows.length === limit ? rows[limit - 1]!.createdAt : null;
    return last !== null && (sort.desc ? last > bound : last < bound) ? rows : null;
  }

  /** Every finding, if the log holds exactly the blocks these meta rows describe (see FindingsSnapshot); else null. */
  rowsAt(metas: FindingBlockMeta[]): Finding[] | null {
    if (!this.isLoaded || this.adopting > 0 || metas.length !== this.readWith.size) return null;
    if (!metas.every((m) => sameBlock(this.readWith.get(m.id), m))) return null;
    return [...this.byId.values()].map((e) => e.f);
  }

  /** Values for the filter drop-downs; null until the log is loaded. */
  facets(): LogFacets | null {
    if (!this.isLoaded) return null;
    if (this.facetCache?.version !== this.version) this.facetCache = { version: this.version, facets: facetsOf(this.byId.values()) };
    return this.facetCache.facets;
  }

  /** The newest (oldest, ascending) 记录时间 an unread block may hold for this filter; null when none may match. */
  private unreadBound(filter: FindingFilter, desc: boolean): string | null {
    const { lower, upper } = dateBounds(filter);
    let bound: string | null = null;
    for (const m of this.metas.values()) {
      if (this.blocks.has(m.id) || m.count === 0 || m.maxCreatedAt < lower || m.minCreatedAt >= upper) continue;
      if (filter.quarter && !m.quarters.includes(filter.quarter)) continue;
      const t = desc ? m.maxCreatedAt : m.minCreatedAt;
      if (bound === null || (desc ? t > bound : t < bound)) bound = t;
    }
    return bound;
  }

  /** Matching entries in the sort order, up to `limit`. */
  private scan(filter: FindingFilter, sort: FindingSort, limit: number): LogEntry[] {
    const { entries, filled } = this.orderOf(sort.field);
    const { lower, upper } = dateBounds(filter);
    const needle = needleOf(filter.text);
    const out: LogEntry[] = [];
    const take = (e: LogEntry) => {
      const f = e.f;
      if (f.createdAt >= lower && f.createdAt < upper && matchesFields(f, filter) && (!needle || haystackMatches(e.hay, f, needle))) out.push(e);
      return out.length < limit;
    };
    // Sorted by 记录时间 (never empty), the date range is a slice found by binary search.
    const lo = sort.field === 'createdAt' ? firstAtOrAbove(entries, lower) : 0;
    const hi = sort.field === 'createdAt' ? firstAtOrAbove(entries, upper) : entries.length;
    if (!sort.desc) {
      for (let i = lo; i < hi && take(entries[i]!); i++);
      return out;
    }
    // Descending: the filled part backwards, then the empty values (still last) backwards.
    let i = Math.min(hi, filled) - 1;
    while (i >= lo && take(entries[i]!)) i--;
    if (i >= lo) return out;
    for (let j = hi - 1; j >= Math.max(lo, filled) && take(entries[j]!); j--);
    return out;
  }

  /** The sorted order of a field, built on first use and then kept up to date as blocks change. */
  private orderOf(field: SortField): Order {
    let order = this.orders.get(field);
    if (!order) {
      order = withFilled([...this.blocks.values()].flat().sort(entryComparer(field)), field);
      this.orders.set(field, order);
    }
    return order;
  }

  /**
   * Takes blocks this page has just written (and committed) as read: their rows are already in memory, so the live
   * query's news of them finds nothing stale. A block already read at a newer revision is left as it is. Called from
   * the transaction's completion, it only notes the blocks; their entries are built just after (a 100,000-finding
   * import then reports 导入完成 without waiting for 100,000 search texts), and until then the log is no snapshot.
   */
  adopt(blocks: FindingBlock[], metas: FindingBlockMeta[]): void {
    const taken: [FindingBlock, FindingBlockMeta][] = [];
    blocks.forEach((block, i) => {
      const meta = metas[i]!;
      if ((this.readWith.get(block.id)?.rev ?? 0) >= meta.rev) return;
      this.readWith.set(block.id, meta);
      if ((this.metas.get(block.id)?.rev ?? 0) < meta.rev) this.metas.set(block.id, meta);
      taken.push([block, meta]);
    });
    if (taken.length === 0) return;
    this.adopting++;
    setTimeout(() => {
      this.adopting--;
      // A block read again meanwhile (another context wrote it) keeps what that read found.
      const fresh = taken.filter(([b, meta]) => this.readWith.get(b.id) === meta).map(([b]): [number, LogEntry[]] => [b.id, b.rows.map((f) => ({ f, hay: haystackOf(f), block: b.id }))]);
      this.replace(fresh.map(([id]) => id), fresh);
    }, 0);
  }

  private onMetas(metas: FindingBlockMeta[]): void {
    this.metas = new Map(metas.map((m) => [m.id, m]));
    this.metasKnown = true;
    void this.sync();
  }

  /** Reads the blocks the meta rows say changed (newest first) and drops deleted ones, until nothing is stale. */
  private async sync(): Promise<void> {
    if (this.syncing) return; // the running loop sees the new meta rows on its next round
    this.syncing = true;
    try {
      for (let round = 0; ; round++) {
        const gone = [...this.blocks.keys()].filter((id) => !this.metas.has(id));
        if (gone.length) this.replace(gone, []);
        const stale = [...this.metas.values()].filter((m) => !sameBlock(this.readWith.get(m.id), m)).sort((a, b) => (a.maxCreatedAt < b.maxCreatedAt ? 1 : -1));
        if (stale.length === 0) break;
        await this.read(stale.slice(0, round === 0 && !this.isLoaded ? 1 : BATCH).map((m) => m.id));
        await new Promise((ok) => setTimeout(ok, 0)); // let the page render what it has
      }
      if (!this.isLoaded) {
        this.isLoaded = true;
        this.changed();
        this.resolveLoaded();
      }
    } catch (e) {
      console.error('问题记录读取失败', e);
    } finally {
      this.syncing = false;
    }
  }

  /** Reads blocks with their meta rows in one transaction, so the revision kept matches the rows kept. */
  private async read(ids: number[]): Promise<void> {
    const { findingBlocks, findingBlockMeta } = this.db;
    const [blocks, metas] = await this.db.transaction('r', [findingBlocks, findingBlockMeta], () => Promise.all([findingBlocks.bulkGet(ids), findingBlockMeta.bulkGet(ids)]));
    const fresh: [number, LogEntry[]][] = [];
    ids.forEach((id, i) => {
      const block = blocks[i];
      const meta = metas[i];
      // What this transaction saw is at least as new as the live query's answer.
      if (!block || !meta) return void this.metas.delete(id);
      this.metas.set(id, meta);
      this.readWith.set(id, meta);
      fresh.push([id, block.rows.map((f) => ({ f, hay: haystackOf(f), block: id }))]);
    });
    this.replace(ids, fresh);
  }

  /** Swaps the entries of the given blocks (removed, or replaced by `fresh`) everywhere they are kept. */
  private replace(ids: number[], fresh: [number, LogEntry[]][]): void {
    for (const id of ids) {
      for (const e of this.blocks.get(id) ?? []) if (this.byId.get(e.f.id) === e) this.byId.delete(e.f.id);
      this.blocks.delete(id);
      if (!fresh.some(([b]) => b === id)) this.readWith.delete(id);
    }
    for (const [id, entries] of fresh) {
      this.blocks.set(id, entries);
      for (const e of entries) this.byId.set(e.f.id, e);
    }
    const gone = new Set(ids);
    const added = fresh.flatMap(([, entries]) => entries);
    for (const [field, order] of this.orders) this.orders.set(field, withFilled(mergeSorted(order.entries.filter((e) => !gone.has(e.block)), added, entryComparer(field)), field));
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}


const comparers = new Map<SortField, (a: LogEntry, b: LogEntry) => number>();
function entryComparer(field: SortField): (a: LogEntry, b: LogEntry) => number {
  let c = comparers.get(field);
  if (!c) {
    const rows = compareBy(field);
    comparers.set(field, (c = (a, b) => rows(a.f, b.f)));
  }
  return c;
}

/** Merges new entries (sorted here) into an already sorted list. */
function mergeSorted(sorted: LogEntry[], added: LogEntry[], cmp: (a: LogEntry, b: LogEntry) => number): LogEntry[] {
  if (added.length === 0) return sorted;
  const more = [...added].sort(cmp);
  const out: LogEntry[] = new Array(sorted.length + more.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length && j < more.length) out[k++] = cmp(more[j]!, sorted[i]!) < 0 ? more[j++]! : sorted[i++]!;
  while (i < sorted.length) out[k++] = sorted[i++]!;
  while (j < more.length) out[k++] = more[j++]!;
  return out;
}

/** Empty values sort last: count the filled ones from the end. */
function withFilled(entries: LogEntry[], field: SortField): Order {
  let filled = entries.length;
  while (filled > 0 && entries[filled - 1]!.f[field] == null) filled--;
  return { entries, filled };
}

/** First index whose 记录时间 is at or above `t` (entries sorted by 记录时间). */
function firstAtOrAbove(entries: LogEntry[], t: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.f.createdAt < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function facetsOf(entries: Iterable<LogEntry>): LogFacets {
  const quarters = new Set<string>();
  const codes = new Map<string, string>();
  const names = new Set<string>();
  const departments = new Set<string>();
  for (const { f } of entries) {
    quarters.add(f.quarter);
    if (f.siteIdCode) {
      if (!codes.has(f.siteIdCode)) codes.set(f.siteIdCode, f.siteName);
    } else if (f.siteName) names.add(f.siteName);
    if (f.department) departments.add(f.department);
  }
  const sorted = (s: Iterable<string>) => [...s].sort();
  return {
    quarters: sorted(quarters).reverse(),
    codes: sorted(codes.keys()).map((code) => ({ code, name: codes.get(code)! })),
    names: sorted(names),
    departments: sorted(departments),
  };
}
