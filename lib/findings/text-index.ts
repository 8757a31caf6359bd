import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { InspectorDB } from '@/lib/db/schema';
import type { Finding } from '@/lib/db/records';
import { textFieldsOf } from './text-fields';

/** What the findings queries need from a text index (tests may pass any implementation). */
export interface TextSearch {
  /** Ids whose text fields contain `needle` (already trimmed and lower-cased); waits until the index is built. */
  search(needle: string): Promise<Set<string>>;
  /** Every indexed id in 记录时间 order (ties by id, like the indexes), with those times; null until built. */
  createdAtOrder(): CreatedAtOrder | null;
}

export type CreatedAtOrder = { ids: string[]; at: string[]; entries: IndexEntry[] };

/** What the index keeps per finding: the haystack and the filterable fields (for in-memory filtering). */
export type IndexEntry = Pick<Finding, 'id' | 'createdAt' | 'kind' | 'status' | 'quarter' | 'siteIdCode' | 'siteName' | 'department'> & { hay: string };

// Joins the fields so that a needle never matches across two of them (the search box cannot type U+0000).
const SEP = '\u0000';

export function haystackOf(f: Finding): string {
  return textFieldsOf(f).join(SEP).toLowerCase();
}

// Repeated values (kind, quarter, site, department…) share one string instead of one copy per finding.
const pool = new Map<string, string>();
const intern = <T extends string | null>(v: T): T => (v === null ? v : ((pool.get(v) as T | undefined) ?? (pool.set(v, v), v)));

function entryOf(f: Finding): IndexEntry {
  return {
    id: f.id, hay: haystackOf(f), createdAt: f.createdAt, kind: intern(f.kind), status: intern(f.status), quarter: intern(f.quarter),
    siteIdCode: intern(f.siteIdCode), siteName: intern(f.siteName), department: intern(f.department),
  };
}

/**
 * An in-memory free-text index of the findings log: one lower-case haystack per finding, built once in the
 * background (in primary-key chunks, yielding between them so the page stays responsive) and kept fresh from
 * Dexie's `storagemutated` events, which also carry the worker's writes. A search is then a substring scan over
 * short strings in memory instead of reading every record from IndexedDB.
 */
export class FindingTextIndex implements TextSearch {
  private entries = new Map<string, IndexEntry>();
  private building: Promise<void> | null = null;
  private pending = new Set<string>();
  private resync = false;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private order: CreatedAtOrder | null = null;
  ready = false;
  /** Bumped on every change of the indexed content (live queries re-run on it). */
  version = 0;

  constructor(
    private readonly db: InspectorDB,
    private readonly chunk = 2000,
  ) {}

  /** Starts the build (once); resolves when the index is usable. */
  start(): Promise<void> {
    if (!this.building) {
      Dexie.on('storagemutated', this.onMutated);
      this.building = this.build();
    }
    return this.building;
  }

  stop(): void {
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async search(needle: string): Promise<Set<string>> {
    await this.start();
    const hits = new Set<string>();
    for (const [id, e] of this.entries) if (e.hay.includes(needle)) hits.add(id);
    return hits;
  }

  createdAtOrder(): CreatedAtOrder | null {
    if (!this.ready) return null;
    if (!this.order) {
      const entries = [...this.entries.values()];
      entries.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.order = { ids: entries.map((e) => e.id), at: entries.map((e) => e.createdAt), entries };
    }
    return this.order;
  }

  get size(): number {
    return this.entries.size;
  }

  private async build(): Promise<void> {
    const entries = new Map<string, IndexEntry>();
    const t = this.db.findings;
    for (let last: string | null = null; ; ) {
      const rows: Finding[] = await (last === null ? t.orderBy(':id') : t.where(':id').above(last)).limit(this.chunk).toArray();
      for (const r of rows) entries.set(r.id, entryOf(r));
      if (rows.length < this.chunk) break;
      last = rows.at(-1)!.id;
      await new Promise((ok) => setTimeout(ok, 0)); // let the page's own queries and rendering run
    }
    this.entries = entries;
    this.order = null;
    this.ready = true;
    await this.flush(); // writes seen while building (their chunk may already have been read)
    this.changed();
  }

  private onMutated = (parts: ObservabilitySet) => {
    const prefix = `idb://${this.db.name}/findings/`;
    for (const part of [prefix, `${prefix}:dels`]) {
      const tree = parts[part];
      if (tree) collectKeys(tree, this.pending, () => (this.resync = true));
    }
    if ((this.pending.size > 0 || this.resync) && this.ready && !this.flushTimer) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = null;
        void this.flush().then(() => this.changed());
      }, 0);
    }
  };

  private async flush(): Promise<void> {
    if (this.resync) {
      // A range was written (clear, deleteRange…): rebuild, keeping the old entries usable meanwhile.
      this.resync = false;
      this.pending.clear();
      this.building = this.build();
      return this.building;
    }
    const keys = [...this.pending];
    this.pending.clear();
    if (keys.length === 0) return;
    const rows = await this.db.findings.bulkGet(keys);
    keys.forEach((id, i) => {
      const r = rows[i];
      const old = this.entries.get(id);
      if (old && r && old.createdAt === r.createdAt) Object.assign(old, entryOf(r)); // same place in the order
      else {
        if (r) this.entries.set(id, entryOf(r));
        else this.entries.delete(id);
        this.order = null; // added, deleted or re-dated: re-sort on next use
      }
    });
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}

/** Point keys of a mutated-parts interval tree; any real range (e.g. a clear) asks for a full resync. */
function collectKeys(node: IntervalTree | null | undefined, into: Set<string>, range: () => void): void {
  if (!node || !('from' in node)) return;
  if (node.from === node.to && typeof node.from === 'string') into.add(node.from);
  else range();
  collectKeys(node.l, into, range);
  collectKeys(node.r, into, range);
}
