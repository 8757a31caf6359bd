import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/hooks/db';
import { ui } from '@/lib/i18n';

/** The findings log (newest first). */
export function FindingsView() {
  const findings = useLiveQuery(() => db.findings.orderBy('createdAt').reverse().limit(200).toArray(), []);
  const c = ui.dashboard.columns;
  if (!findings) return <p className="muted">{ui.common.loading}</p>;
  if (findings.length === 0) return <p className="muted">{ui.dashboard.findingsEmpty}</p>;
  return (
    <table data-testid="findings-table">
      <thead>
        <tr>
          <th>{c.kind}</th>
          <th>{c.site}</th>
          <th>{c.detail}</th>
          <th>{c.status}</th>
          <th>{c.createdAt}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f) => (
          <tr key={f.id}>
            <td>{ui.kinds[f.kind]}</td>
            <td>{f.siteName || f.siteIdCode}</td>
            <td>{f.detail}</td>
            <td>{ui.common.status[f.status]}</td>
            <td>{new Date(f.createdAt).toLocaleString('zh-CN')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
