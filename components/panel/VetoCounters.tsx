import type { VetoCounters as Counters } from '@/lib/rules/veto-counters';
import { ui } from '@/lib/i18n';

const LEVEL_COLOURS = { ok: '#389e0d', warning: '#d46b08', veto: '#cf1322' } as const;

/** The three veto counters of 栏目不更新 (indicators §4.3) with their member columns. */
export function VetoCounters({ counters }: { counters: Counters }) {
  const t = ui.scan;
  const keys = ['combinedStale', 'shouldUpdate', 'blank'] as const;
  return (
    <section className="card" aria-label={t.counters}>
      <h2>{t.counters}</h2>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {keys.map((key) => {
          const c = counters[key];
          return (
            <li key={key} data-testid={`counter-${key}`} data-count={c.count} title={c.members.map((m) => m.name).join('、')}>
              {t.counterNames[key]}：<strong style={{ color: LEVEL_COLOURS[c.level] }}>{c.count}</strong> / {c.threshold}
              （{t.levels[c.level]}）
            </li>
          );
        })}
      </ul>
    </section>
  );
}
