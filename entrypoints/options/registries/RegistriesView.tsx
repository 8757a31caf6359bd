import { useState } from 'react';
import { db } from '@/lib/hooks/db';
import { useRegistry } from '@/lib/hooks/use-registries';
import { ui } from '@/lib/i18n';
import { registryNames, type RegistryKind } from '@/lib/registries/fields';
import { registryTable, tableToCsv } from '@/lib/registries/export-registry';
import { deleteRegistryRow } from '@/lib/registries/save-row';
import { ImportPanel } from './ImportPanel';
import { RegistryEditor } from './RegistryEditor';

const KINDS: RegistryKind[] = ['sites', 'columns', 'accounts', 'letters'];

/** The registries: sites, columns with 责任部门, 政务新媒体 accounts, overdue-letter tallies (issue 5 §5). */
export function RegistriesView() {
  const [kind, setKind] = useState<RegistryKind>('sites');
  const [editing, setEditing] = useState<{ id: string | null; initial: string[] | null } | null>(null);
  const data = useRegistry(kind);
  const table = data ? registryTable(kind, data.records, data.siteCodes) : null;

  const download = async (format: 'csv' | 'xlsx') => {
    if (!table) return;
    const { tableToXlsx } = await import('@/lib/registries/export-xlsx');
    const blob = format === 'csv' ? new Blob([tableToCsv(table)], { type: 'text/csv;charset=utf-8' }) : new Blob([await tableToXlsx(kind, table)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), { href: url, download: `${registryNames[kind]}登记册.${format}` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section aria-label={ui.dashboard.tabs.registries}>
      <nav role="tablist" aria-label="登记册" style={{ display: 'flex', gap: 6, margin: '8px 0' }}>
        {KINDS.map((k) => (
          <button key={k} role="tab" aria-selected={kind === k} className={kind === k ? 'primary' : ''} onClick={() => { setKind(k); setEditing(null); }}>
            {registryNames[k]}
          </button>
        ))}
      </nav>
      <div style={{ display: 'flex', gap: 6, margin: '6px 0' }}>
        <button type="button" onClick={() => setEditing({ id: null, initial: null })}>新增</button>
        <button type="button" onClick={() => void download('csv')}>导出 CSV</button>
        <button type="button" onClick={() => void download('xlsx')}>导出 Excel</button>
      </div>
      {editing && <RegistryEditor key={editing.id ?? 'new'} kind={kind} initial={editing.initial} replaceId={editing.id} onDone={() => setEditing(null)} />}
      <ImportPanel key={kind} kind={kind} />
      {table && (
        <table data-testid="registry-table">
          <thead>
            <tr>
              {table[0]!.map((h) => (
                <th key={h}>{h}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {table.slice(1).map((row, i) => {
              const id = data!.records[i]!.id;
              return (
                <tr key={id}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                  <td style={{ whiteSpace: 'nowrap' }}>
                    <button type="button" onClick={() => setEditing({ id, initial: row })}>修改</button>{' '}
                    <button type="button" onClick={() => confirm('确定删除这条登记？') && void deleteRegistryRow(db, kind, id)}>删除</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {table && table.length === 1 && <p className="muted">登记册为空。可新增，或从 CSV / Excel 导入。</p>}
    </section>
  );
}
