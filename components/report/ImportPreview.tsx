import type { ImportPlan } from '@/lib/bundle/import-bundle';
import { ui } from '@/lib/i18n';

/** New / updated / unchanged / conflicting records of a planned import, and the conflicts by name. */
export function ImportPreview({ plan, migratedFrom }: { plan: ImportPlan; migratedFrom: number | null }) {
  const t = ui.report;
  const names = Object.keys(t.tableNames) as (keyof typeof t.tableNames)[];
  return (
    <div data-testid="import-preview" className="card">
      <h2>{t.previewHeading}</h2>
      {migratedFrom !== null && <p className="warn">{t.migrated(migratedFrom)}</p>}
      <table>
        <thead>
          <tr>
            <th>{t.table.name}</th><th>{t.table.added}</th><th>{t.table.updated}</th><th>{t.table.unchanged}</th><th>{t.table.conflicts}</th>
          </tr>
        </thead>
        <tbody>
          {names.map((n) => {
            const c = plan.tables[n] ?? { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
            return (
              <tr key={n} data-testid={`import-row-${n}`}>
                <td>{t.tableNames[n]}</td><td>{c.added}</td><td>{c.updated}</td><td>{c.unchanged}</td><td>{c.conflicts}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {plan.settings !== 'none' && <p className="muted">{t.settingsDecision[plan.settings]}</p>}
      {plan.missingScreenshots > 0 && <p className="warn">{t.missingScreenshots(plan.missingScreenshots)}</p>}
      {plan.conflicts.length > 0 && (
        <>
          <h2>{t.conflictsHeading}</h2>
          <ul data-testid="import-conflicts">
            {plan.conflicts.slice(0, 200).map((c) => (
              <li key={`${c.table}-${c.id}`}>{t.tableNames[c.table]}「{c.label}」：{c.reason}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
