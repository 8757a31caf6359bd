import { useEffect, useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { db } from '@/lib/hooks/db';
import { useSettings } from '@/lib/hooks/use-settings';
import { DEFAULT_RULE_SET, resolveRuleSet } from '@/lib/rules/active-rule-set';
import { ruleEntries, valueAt, withOverride } from '@/lib/settings/rule-entries';
import { saveSettings, settingsSchema, type Settings } from '@/lib/settings/settings';
import { ui } from '@/lib/i18n';

const LINK_FIELDS: { key: Exclude<keyof Settings['links'], 'policy'>; label: string }[] = [
  { key: 'perHost', label: '每个网站同时请求数' },
  { key: 'minGapMs', label: '同一网站请求间隔（毫秒）' },
  { key: 'globalLimit', label: '总并发请求数' },
  { key: 'timeoutMs', label: '超时（毫秒）' },
  { key: 'retries', label: '重试次数' },
  { key: 'pauseAfterFailures', label: '连续失败多少次后暂停该网站' },
  { key: 'cacheTtlHours', label: '检查结果缓存（小时）' },
];

/** Settings: inspector, default quarter and 监测时间点, rule windows/thresholds (overrides), link politeness, language. */
export function SettingsView() {
  const stored = useSettings();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    if (stored && !draft) setDraft(stored);
  }, [stored, draft]);
  if (!draft) return <p className="muted">{ui.common.loading}</p>;
  const { ruleSet, error: ruleError } = resolveRuleSet(draft.ruleOverrides);
  const set = (patch: Partial<Settings>) => setDraft({ ...draft, ...patch });
  const save = async () => {
    const parsed = settingsSchema.safeParse(draft);
    if (!parsed.success) return setStatus({ text: `设置无效：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`, error: true });
    if (resolveRuleSet(parsed.data.ruleOverrides).error) return setStatus({ text: '规则覆盖无效，请检查数值。', error: true });
    await saveSettings(db, parsed.data);
    setStatus({ text: '设置已保存。', error: false });
  };
  return (
    <section aria-label={ui.dashboard.tabs.settings} style={{ maxWidth: 900 }}>
      <div className="card" style={{ display: 'grid', gridTemplateColumns: '200px 1fr', gap: 6 }}>
        <label htmlFor="s-inspector">检查员姓名</label>
        <input id="s-inspector" value={draft.inspector} onChange={(e) => set({ inspector: e.target.value })} />
        <label htmlFor="s-quarter">默认季度（留空 = 按监测时间点）</label>
        <input id="s-quarter" placeholder="2026Q4" value={draft.quarter ?? ''} onChange={(e) => set({ quarter: e.target.value.trim() || null })} />
        <label htmlFor="s-check">监测时间点（留空 = 当天）</label>
        <input id="s-check" type="date" value={draft.checkDate ?? ''} onChange={(e) => set({ checkDate: e.target.value || null })} />
        <label htmlFor="s-locale">界面语言</label>
        <select id="s-locale" value={draft.locale} onChange={() => set({ locale: 'zh-CN' })}>
          <option value="zh-CN">简体中文</option>
        </select>
      </div>
      <h2>链接检查频率（礼貌访问）</h2>
      <div className="card" style={{ display: 'grid', gridTemplateColumns: '260px 120px', gap: 6 }}>
        {LINK_FIELDS.map((f) => (
          <label key={f.key} style={{ display: 'contents' }}>
            <span>{f.label}</span>
            <input type="number" aria-label={f.label} value={draft.links[f.key]} onChange={(e) => set({ links: { ...draft.links, [f.key]: Number(e.target.value) } })} />
          </label>
        ))}
        <label style={{ display: 'contents' }}><span>判定口径</span><select aria-label="判定口径" value={draft.links.policy} onChange={(e) => set({ links: { ...draft.links, policy: e.target.value === 'vendor' ? 'vendor' : 'product' } })}><option value="product">本产品（仅确定打不开的计为不可用）</option><option value="vendor">监测厂商（404、403 计为不可用）</option></select></label>
      </div>
      <h2>规则（{DEFAULT_RULE_SET.title}）</h2>
      <p className="muted">「已核实」来自公开文本；「待确认」为最佳理解，可按本省要求修改。修改后保存为覆盖值，清空恢复默认。</p>
      {ruleError && <ErrorNote message={ruleError} />}
      <table data-testid="rule-table">
        <thead>
          <tr>
            <th>指标</th>
            <th>取值</th>
            <th>默认</th>
            <th>依据</th>
          </tr>
        </thead>
        <tbody>
          {ruleEntries(DEFAULT_RULE_SET).map((entry) => {
            const override = valueAt(draft.ruleOverrides, entry.path);
            const label = entry.path.join('.');
            return (
              <tr key={label}>
                <td>{entry.label}</td>
                <td>
                  <input
                    type="number"
                    aria-label={entry.label}
                    style={{ width: 70 }}
                    value={String(valueAt(ruleSet, entry.path) ?? '')}
                    onChange={(e) => set({ ruleOverrides: withOverride(draft.ruleOverrides, entry.path, e.target.value === '' ? undefined : Number(e.target.value)) })}
                  />{' '}
                  {entry.unit} {override !== undefined && <span className="badge">已覆盖</span>}
                </td>
                <td>{String(valueAt(DEFAULT_RULE_SET, entry.path))}</td>
                <td>
                  <span className={`badge ${entry.verified ? 'ok' : 'empty'}`}>{entry.verified ? '已核实' : '待确认'}</span> {entry.source}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <button type="button" className="primary" onClick={() => void save()}>保存设置</button>{' '}
        <button type="button" onClick={() => set({ ruleOverrides: {} })}>规则恢复默认</button>
      </p>
      {status && (status.error ? <ErrorNote message={status.text} /> : <p role="status">{status.text}</p>)}
    </section>
  );
}
