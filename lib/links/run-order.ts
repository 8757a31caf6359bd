/** Interleaves URLs host by host, so a bounded window of work keeps every host's queue busy (pure). */
export function roundRobinByHost(urls: readonly string[]): string[] {
  const byHost = new Map<string, string[]>();
  for (const url of urls) {
    let host = '';
    try {
      host = new URL(url).host;
    } catch {
      // malformed URLs form their own group
    }
    const list = byHost.get(host) ?? [];
    list.push(url);
    byHost.set(host, list);
  }
  const lists = [...byHost.values()];
  const out: string[] = [];
  for (let i = 0; out.length < urls.length; i += 1) for (const list of lists) if (i < list.length) out.push(list[i]!);
  return out;
}

/** Runs `fn` over items with at most `limit` running at once (keeps 20,000-link runs small in memory). */
export async function mapLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
