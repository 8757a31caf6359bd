import { useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { db } from '@/lib/hooks/db';
import { registryFields, type RegistryKind } from '@/lib/registries/fields';
import { importRegistry } from '@/lib/registries/import-registry';
import { decodeCsvBytes, parseRegistryCsv } from '@/lib/registries/parse-csv';
import { formatRowError, type ParsedRegistry } from '@/lib/registries/parse-table';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Import from CSV or .xlsx: parse → preview with row-level errors → the inspector confirms → one transaction.
 * A file with any error is not importable at all, so nothing is written from a malformed file.
 */
export function ImportPanel({ kind }: { kind: RegistryKind }) {
  const [parsed, setParsed] = useState<(ParsedRegistry & { file: string }) | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = registryFields[kind];

  const read = async (file: File) => {
    setStatus(null);
    setParsed(null);
    if (file.size > MAX_BYTES) return setStatus({ text: '文件超过 20 MB，请拆分后再导入。', error: true });
    const bytes = await file.arrayBuffer();
    const isXlsx = /\.xlsx$/i.test(file.name);
    // exceljs is large: load it only when an Excel file is imported.
    const result = isXlsx ? await (await import('@/lib/registries/parse-xlsx')).parseRegistryXlsx(kind, bytes) : parseRegistryCsv(kind, decodeCsvBytes(bytes));
    setParsed({ ...result, file: file.name });
  };
  const confirmImport = async () => {
    if (!parsed || parsed.errors.length > 0) return;
    setBusy(true);
    try {
      const r = await importRegistry(db, kind, parsed.rows, { now: new Date(), newId: () => crypto.randomUUID() });
      setStatus({ text: `导入完成：新增 ${r.added} 条，更新 ${r.updated} 条。`, error: false });
      setParsed(null);
    } catch (cause) {
      setStatus({ text: `导入失败，登记册未改变：${cause instanceof Error ? cause.message : String(cause)}`, error: true });
    }
    setBusy(false);
  };

  return (
    <div className="card" data-testid="import-panel">
      <label>
        从 CSV 或 Excel（.xlsx）导入：
        <input type="file" aria-label="导入文件" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => e.target.files?.[0] && void read(e.target.files[0])} />
      </label>
      <p className="muted">表头：{fields.map((f) => `${f.header}${f.required ? '*' : ''}`).join('，')}（* 为必填）</p>
      {status && (status.error ? <ErrorNote message={status.text} /> : <p role="status">{status.text}</p>)}
      {parsed && (
        <div data-testid="import-preview">
          <p>
            {parsed.file}：有效 {parsed.rows.length} 行，错误 {parsed.errors.length} 处。
          </p>
          {parsed.errors.length > 0 && (
            <>
              <ErrorNote message="文件中有错误，未导入任何数据。请修改后重新选择文件。" />
              <ul data-testid="import-errors" className="error">
                {parsed.errors.slice(0, 200).map((e, i) => (
                  <li key={i}>{formatRowError(e)}</li>
                ))}
              </ul>
            </>
          )}
          <table>
            <thead>
              <tr>
                <th>行</th>
                {fields.map((f) => (
                  <th key={f.key}>{f.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {parsed.rows.slice(0, 50).map((r) => (
                <tr key={r.row}>
                  <td>{r.row}</td>
                  {fields.map((f) => (
                    <td key={f.key}>{show(r.values[f.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="primary" disabled={busy || parsed.errors.length > 0 || parsed.rows.length === 0} onClick={() => void confirmImport()}>
            确认导入 {parsed.rows.length} 行
          </button>{' '}
          <button type="button" onClick={() => setParsed(null)}>取消</button>
        </div>
      )}
    </div>
  );
}

function show(v: unknown): string {
  if (Array.isArray(v)) return v.join('；');
  if (typeof v === 'boolean') return v ? '是' : '否';
  return v == null ? '' : String(v);
}
