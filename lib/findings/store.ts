import Dexie, { type Table } from 'dexie';
import type { InspectorDB } from '@/lib/db/schema';
import type { Finding, FindingBlock, FindingBlockMeta, FindingKeyBucket } from '@/lib/db/records';

// The findings log's storage: rows packed in blocks (see FindingBlock in lib/db/records.ts for why), a small meta row
// per block, and a bucketed key index (finding id → block, identityKey → id) so one finding is found by reading two
// small rows instead of the whole log. Every function runs in a Dexie transaction over `findingTables(db)`; called
// inside a caller's transaction that includes those tables, it joins it (the caller's writes and ours commit together).

/** Rows per block: a rewrite of one block (one flag, one review step) costs a few ms; 100 blocks hold 100,000. */
export const BLOCK_SIZE = 1000;
/** Buckets of the key index: 256 rows of ~400 entries each at 100,000 findings. */
export const BUCKETS = 256;

/** The tables a findings transaction must include. */
export function findingTables(db: InspectorDB): Table[] {
  return [db.findingBlocks, db.findingBlockMeta, db.findingKeys];
}

/** FNV-1a of a string, folded to a bucket number. */
export function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

/** The meta row of a block's rows. */
export function metaOf(id: number, rev: number, rows: Finding[]): FindingBlockMeta {
  let min = '\uffff';
  let max = '';
  const quarters = new Set<string>();
  for (const r of rows) {
    if (r.createdAt < min) min = r.createdAt;
    if (r.createdAt > max) max = r.createdAt;
    quarters.add(r.quarter);
  }
  return { id, rev, count: rows.length, minCreatedAt: rows.length ? min : '', maxCreatedAt: max, quarters: [...quarters].sort() };
}

/** A bucket as it is used: two maps (stored as parallel arrays, see FindingKeyBucket). */
interface OpenBucket {
  ids: Map<string, number>;
  keys: Map<string, string>;
}

const openBucket = (row: FindingKeyBucket | undefined): OpenBucket => ({
  ids: new Map(row ? row.ids.map((id, i) => [id, row.blocks[i]!]) : []),
  keys: new Map(row ? row.keys.map((k, i) => [k, row.keyIds[i]!]) : []),
});

const storedBucket = (bucket: number, b: OpenBucket): FindingKeyBucket => ({
  bucket, ids: [...b.ids.keys()], blocks: [...b.ids.values()], keys: [...b.keys.keys()], keyIds: [...b.keys.values()],
});

/**
 * Whether a block read (or planned against) with meta row `a` is still the block `b` describes. Block ids are never
 * reused and every rewrite raises the revision, so the id and revision say it all.
 */
export function sameBlock(a: FindingBlockMeta | undefined, b: FindingBlockMeta | undefined): boolean {
  return a !== undefined && b !== undefined && a.id === b.id && a.rev === b.rev;
}

/** Buckets by number, read inside the current transaction; missing ones come back empty. */
class Buckets {
  private rows = new Map<number, OpenBucket>();
  private dirty = new Set<number>();
  constructor(private readonly db: InspectorDB) {}

  async load(keys: Iterable<string>): Promise<void> {
    const wanted = [...new Set([...keys].map(bucketOf))].filter((b) => !this.rows.has(b));
    if (wanted.length === 0) return;
    const got = await this.db.findingKeys.bulkGet(wanted);
    wanted.forEach((b, i) => this.rows.set(b, openBucket(got[i])));
  }
  /** The bucket of a key and its number (each key is hashed once per call: 200,000 keys in a large import). */
  private at(key: string): [OpenBucket, number] {
    const n = bucketOf(key);
    const row = this.rows.get(n);
    if (!row) throw new Error(`内部错误：索引分桶未读取（${key}）`);
    return [row, n];
  }
  blockOf(id: string): number | undefined {
    return this.at(id)[0].ids.get(id);
  }
  idOfKey(identityKey: string): string | undefined {
    return this.at(identityKey)[0].keys.get(identityKey);
  }
  setId(id: string, block: number): void {
    const [row, n] = this.at(id);
    row.ids.set(id, block);
    this.dirty.add(n);
  }
  setKey(identityKey: string, id: string): void {
    const [row, n] = this.at(identityKey);
    row.keys.set(identityKey, id);
    this.dirty.add(n);
  }
  dropId(id: string): void {
    const [row, n] = this.at(id);
    row.ids.delete(id);
    this.dirty.add(n);
  }
  dropKey(identityKey: string, id: string): void {
    const [row, n] = this.at(identityKey);
    if (row.keys.get(identityKey) !== id) return;
    row.keys.delete(identityKey);
    this.dirty.add(n);
  }
  async save(): Promise<void> {
    if (this.dirty.size) await this.db.findingKeys.bulkPut([...this.dirty].map((b) => storedBucket(b, this.rows.get(b)!)));
  }
}

/** Findings by id, in the order asked (undefined where none). */
export async function getFindings(db: InspectorDB, ids: string[]): Promise<(Finding | undefined)[]> {
  if (ids.length === 0) return [];
  return db.transaction('r', findingTables(db), async () => {
    const buckets = new Buckets(db);
    await buckets.load(ids);
    const blockIds = [...new Set(ids.map((id) => buckets.blockOf(id)).filter((b): b is number => b !== undefined))];
    const byId = new Map<string, Finding>();
    for (const block of await db.findingBlocks.bulkGet(blockIds)) for (const r of block?.rows ?? []) byId.set(r.id, r);
    return ids.map((id) => byId.get(id));
  });
}

/** One finding by id. */
export async function getFinding(db: InspectorDB, id: string): Promise<Finding | undefined> {
  return (await getFindings(db, [id]))[0];
}

/** Findings by identity key (kind + site + target): key → finding, for the keys that have one. */
export async function findingsByIdentity(db: InspectorDB, identityKeys: string[]): Promise<Map<string, Finding>> {
  return db.transaction('r', findingTables(db), async () => {
    const buckets = new Buckets(db);
    await buckets.load(identityKeys);
    const ids = new Map<string, string>();
    for (const k of identityKeys) {
      const id = buckets.idOfKey(k);
      if (id !== undefined) ids.set(k, id);
    }
    const rows = await getFindings(db, [...ids.values()]);
    const byId = new Map(rows.filter((r): r is Finding => Boolean(r)).map((r) => [r.id, r]));
    const out = new Map<string, Finding>();
    for (const [k, id] of ids) if (byId.has(id)) out.set(k, byId.get(id)!);
    return out;
  });
}

/**
 * An in-memory copy of the whole log (the dashboard's FindingLog) that may answer for the stored one: it returns its
 * rows only if it holds exactly the blocks these meta rows describe (same ids and revisions, which only ever grow).
 */
export interface FindingsSnapshot {
  rowsAt(metas: FindingBlockMeta[]): Finding[] | null;
}

/**
 * Every finding (or those of one quarter: only the blocks holding it are read). With a current `snapshot` the rows
 * come from memory — checked against the meta rows read in this transaction, so the answer is the same.
 */
export async function allFindings(db: InspectorDB, opts: { quarter?: string | null; snapshot?: FindingsSnapshot | null } = {}): Promise<Finding[]> {
  const quarter = opts.quarter ?? null;
  return db.transaction('r', findingTables(db), async () => {
    const metas = opts.snapshot || quarter ? await db.findingBlockMeta.toArray() : [];
    const cached = opts.snapshot?.rowsAt(metas);
    if (cached) return quarter ? cached.filter((r) => r.quarter === quarter) : cached;
    const blocks = quarter ? await db.findingBlocks.bulkGet(metas.filter((m) => m.quarters.includes(quarter)).map((m) => m.id)) : await db.findingBlocks.toArray();
    const rows = blocks.flatMap((b) => b?.rows ?? []);
    return quarter ? rows.filter((r) => r.quarter === quarter) : rows;
  });
}

/** How many findings the log holds (from the meta rows only). */
export async function countFindings(db: InspectorDB): Promise<number> {
  return (await db.findingBlockMeta.toArray()).reduce((n, m) => n + m.count, 0);
}

/** The quarters that have findings, newest first (from the meta rows only). */
export async function findingQuarters(db: InspectorDB): Promise<string[]> {
  const quarters = new Set((await db.findingBlockMeta.toArray()).flatMap((m) => m.quarters));
  return [...quarters].sort().reverse();
}

/** A write refused because another finding already has the identity key (what a unique index used to refuse). */
export class DuplicateIdentityError extends Error {
  constructor(readonly identityKey: string) {
    super(`已有相同问题的记录（${identityKey.slice(0, 200)}）`);
    this.name = 'DuplicateIdentityError';
  }
}

/**
 * Inserts or replaces findings (by id). Replaced rows stay in their block; new rows fill the last block, then new
 * blocks. Refuses (nothing written, the caller's transaction aborts) a row whose identity key belongs to another
 * finding. Rows must already be valid (`findingSchema`).
 */
export async function putFindings(db: InspectorDB, rows: Finding[]): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction('rw', findingTables(db), async () => {
    const incoming = new Map(rows.map((r) => [r.id, r]));
    const buckets = new Buckets(db);
    await buckets.load([...incoming.keys()]);
    const changed = new Map<number, FindingBlock>();
    const hosts = new Set<number>();
    const fresh: Finding[] = [];
    for (const r of incoming.values()) {
      const block = buckets.blockOf(r.id);
      if (block === undefined) fresh.push(r);
      else hosts.add(block);
    }
    // Replace in place.
    const oldKeys: { key: string; id: string }[] = [];
    for (const block of await db.findingBlocks.bulkGet([...hosts])) {
      if (!block) continue;
      block.rows = block.rows.map((old) => {
        const next = incoming.get(old.id);
        if (!next) return old;
        if (next.identityKey !== old.identityKey) oldKeys.push({ key: old.identityKey, id: old.id });
        return next;
      });
      changed.set(block.id, block);
    }
    await buckets.load([...incoming.values()].map((r) => r.identityKey).concat(oldKeys.map((k) => k.key)));
    for (const { key, id } of oldKeys) buckets.dropKey(key, id);
    for (const r of incoming.values()) {
      const owner = buckets.idOfKey(r.identityKey);
      if (owner !== undefined && owner !== r.id) throw new DuplicateIdentityError(r.identityKey);
      buckets.setKey(r.identityKey, r.id);
    }
    // Append the new ones.
    if (fresh.length) {
      const last = await db.findingBlockMeta.orderBy('id').last();
      let block: FindingBlock | undefined = last && last.count < BLOCK_SIZE ? (changed.get(last.id) ?? (await db.findingBlocks.get(last.id))) : undefined;
      let nextId = (last?.id ?? 0) + 1;
      for (const r of fresh) {
        if (!block || block.rows.length >= BLOCK_SIZE) {
          block = { id: nextId++, rows: [] };
        }
        block.rows.push(r);
        changed.set(block.id, block);
        buckets.setId(r.id, block.id);
      }
    }
    await writeBlocks(db, [...changed.values()]);
    await buckets.save();
  });
}

/** Deletes findings by id; returns the rows deleted (ids not found are ignored). Emptied blocks stay, empty. */
export async function deleteFindings(db: InspectorDB, ids: string[]): Promise<Finding[]> {
  if (ids.length === 0) return [];
  return db.transaction('rw', findingTables(db), async () => {
    const buckets = new Buckets(db);
    await buckets.load(ids);
    const doomed = new Set(ids);
    const hosts = [...new Set(ids.map((id) => buckets.blockOf(id)).filter((b): b is number => b !== undefined))];
    const removed: Finding[] = [];
    const changed: FindingBlock[] = [];
    for (const block of await db.findingBlocks.bulkGet(hosts)) {
      if (!block) continue;
      removed.push(...block.rows.filter((r) => doomed.has(r.id)));
      changed.push({ id: block.id, rows: block.rows.filter((r) => !doomed.has(r.id)) });
    }
    await buckets.load(removed.map((r) => r.identityKey));
    for (const r of removed) {
      buckets.dropId(r.id);
      buckets.dropKey(r.identityKey, r.id);
    }
    await writeBlocks(db, changed);
    await buckets.save();
    return removed;
  });
}

/**
 * Stores rewritten blocks with fresh meta rows (revision + 1). An emptied block stays, with no rows: block ids are never
 * reused, so a block's revision only ever grows and a reader that compares revisions never mistakes a new block for
 * one it has already read.
 */
async function writeBlocks(db: InspectorDB, blocks: FindingBlock[]): Promise<void> {
  if (blocks.length === 0) return;
  const old = await db.findingBlockMeta.bulkGet(blocks.map((b) => b.id));
  const metas = blocks.map((b, i) => metaOf(b.id, (old[i]?.rev ?? 0) + 1, b.rows));
  await db.findingBlocks.bulkPut(blocks);
  await db.findingBlockMeta.bulkPut(metas);
  const idbtrans = Dexie.currentTransaction?.idbtrans;
  if (writeListeners.size && idbtrans) idbtrans.addEventListener('complete', () => { for (const l of writeListeners) l({ blocks, metas }); });
}

/** Blocks as this context stored them, with their new meta rows. */
export interface WrittenBlocks {
  blocks: FindingBlock[];
  metas: FindingBlockMeta[];
}

const writeListeners = new Set<(written: WrittenBlocks) => void>();

/**
 * Calls `listener` once a transaction of THIS context that rewrote blocks has committed, with the blocks as stored:
 * a page holding the log in memory (lib/findings/log.ts) takes them as read instead of reading 100 blocks back after
 * its own 100,000-finding import. Writes of other contexts (the service worker) still arrive through the meta rows.
 */
export function onBlocksWritten(listener: (written: WrittenBlocks) => void): () => void {
  writeListeners.add(listener);
  return () => void writeListeners.delete(listener);
}

/** The stored layout of a list of findings (a fresh log): blocks, their meta rows and the key index. */
export function layoutFindings(rows: Finding[]): { blocks: FindingBlock[]; metas: FindingBlockMeta[]; buckets: FindingKeyBucket[] } {
  const blocks: FindingBlock[] = [];
  const buckets = new Map<number, OpenBucket>();
  const bucket = (key: string) => {
    const b = bucketOf(key);
    let row = buckets.get(b);
    if (!row) buckets.set(b, (row = openBucket(undefined)));
    return row;
  };
  for (let i = 0; i < rows.length; i += BLOCK_SIZE) blocks.push({ id: blocks.length + 1, rows: rows.slice(i, i + BLOCK_SIZE) });
  for (const block of blocks) {
    for (const r of block.rows) {
      bucket(r.id).ids.set(r.id, block.id);
      bucket(r.identityKey).keys.set(r.identityKey, r.id);
    }
  }
  return { blocks, metas: blocks.map((b) => metaOf(b.id, 1, b.rows)), buckets: [...buckets].map(([b, open]) => storedBucket(b, open)) };
}
