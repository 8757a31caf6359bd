import { useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { db } from '@/lib/hooks/db';
import { registryFields, type RegistryKind } from '@/lib/registries/fields';
import { formatRowError, parseTable } from '@/lib/registries/parse-table';
import { saveRegistryRow } from '@/lib/registries/save-row';

/** Adds or edits one registry record, validated exactly like an imported row. */
export function RegistryEditor({ kind, initial, replaceId, onDone }: { kind: RegistryKind; initial: string[] | null; replaceId: string | null; onDone: () => void }) {
  const fields = registryFields[kind];
  const [values, setValues] = useState<string[]>(initial ?? fields.map(() => ''));
  const [errors, setErrors] = useState<string[]>([]);
  const save = async () => {
    const parsed = parseTable(kind, [fields.map((f) => f.header), values]);
    if (parsed.errors.length > 0 || !parsed.rows[0]) return setErrors(parsed.errors.map((e) => formatRowError({ ...e, row: 1 }).replace(/^第1行/, '')));
    try {
      await saveRegistryRow(db, kind, parsed.rows[0], replaceId, { now: new Date(), newId: () => crypto.randomUUID() });
      onDone();
    } catch (cause) {
      setErrors([`保存失败：${cause instanceof Error ? cause.message : String(cause)}`]);
    }
  };
  return (
    <form
      className="card"
      data-testid="registry-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 4, maxWidth: 640 }}
    >
      {fields.map((f, i) => (
        <label key={f.key} style={{ display: 'contents' }}>
          <span>
            {f.header}
            {f.required ? '*' : ''}
          </span>
          <input aria-label={f.header} value={values[i] ?? ''} onChange={(e) => setValues(values.map((v, j) => (j === i ? e.target.value : v)))} />
        </label>
      ))}
      <span />
      <span style={{ display: 'flex', gap: 6 }}>
        <button type="submit" className="primary">保存</button>
        <button type="button" onClick={onDone}>取消</button>
      </span>
      {errors.length > 0 && (
        <div style={{ gridColumn: '1 / -1' }}>
          {errors.map((e) => (
            <ErrorNote key={e} message={e} />
          ))}
        </div>
      )}
    </form>
  );
}
