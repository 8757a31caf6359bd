import { useState } from 'react';
import { ErrorNote } from '@/components/common/ErrorNote';
import { todayInChina } from '@/lib/dates/calendar';
import { findingDraftSchema } from '@/lib/findings/draft';
import { accountDraft, judgeAccountStale, mediaPlatformOf } from '@/lib/findings/media-check';
import { db } from '@/lib/hooks/db';
import { useAccounts } from '@/lib/hooks/use-registries';
import { useSettings } from '@/lib/hooks/use-settings';
import type { TargetTab } from '@/lib/hooks/use-target-tab';
import { ui } from '@/lib/i18n';
import { sendRequest } from '@/lib/messaging/send';
import { resolveRuleSet } from '@/lib/rules/active-rule-set';

/**
 * 政务新媒体 check in the browser (indicators §9): on an account's page the inspector picks the registry account and
 * the latest post date seen; older than the stale window (14 days) before the monitoring date → account-stale.
 */
export function MediaSection({ tab }: { tab: TargetTab | null | undefined }) {
  const t = ui.panelRegistry;
  const platform = tab ? mediaPlatformOf(tab.url) : null;
  const [open, setOpen] = useState(false);
  const accounts = useAccounts();
  const settings = useSettings();
  const [accountId, setAccountId] = useState('');
  const [lastPost, setLastPost] = useState('');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  if (!tab || !settings) return null;
  if (!platform && !open) {
    return (
      <p>
        <button type="button" onClick={() => setOpen(true)}>{t.mediaOpen}</button>
      </p>
    );
  }
  const { ruleSet } = resolveRuleSet(settings.ruleOverrides);
  const checkDate = settings.checkDate ?? todayInChina(new Date());
  const sorted = [...(accounts ?? [])].sort((a, b) => Number(b.platform === platform) - Number(a.platform === platform));
  const account = sorted.find((a) => a.id === accountId) ?? null;

  const record = async (kind: 'account-stale' | 'account-unresponsive', detail: string) => {
    if (!account) return null;
    const reply = await sendRequest({ type: 'finding/flag', finding: findingDraftSchema.parse(accountDraft(account, kind, { pageUrl: tab.url, pageTitle: tab.title, checkDate, lastPostDate: lastPost || null, detail })) });
    return reply.ok ? null : reply.error;
  };
  const checkStale = async () => {
    if (!account || !lastPost) return;
    const verdict = judgeAccountStale(lastPost, checkDate, ruleSet.media.staleWindow);
    // Keep the registry current: the latest post date seen on screen (never moved backwards).
    await db.transaction('rw', db.accounts, async () => {
      const row = await db.accounts.get(account.id);
      if (row && (!row.lastPostDate || row.lastPostDate < lastPost)) await db.accounts.update(account.id, { lastPostDate: lastPost, updatedAt: new Date().toISOString() });
    });
    if (!verdict.stale) return setStatus({ text: t.fresh(verdict.daysSince), error: false });
    const detail = `「${account.name}」（${account.platform}）最新发布于 ${lastPost}，监测时间点 ${checkDate} 前 ${ruleSet.media.staleWindow.amount} 天内无更新`;
    const error = await record('account-stale', detail);
    setStatus(error ? { text: error, error: true } : { text: t.stale(verdict.daysSince, ruleSet.media.staleWindow.amount), error: false });
  };
  const unresponsive = async () => {
    const error = await record('account-unresponsive', `「${account!.name}」（${account!.platform}）互动回应差：${note.trim() || t.unresponsiveHint}`);
    setStatus(error ? { text: error, error: true } : { text: t.recorded, error: false });
  };

  return (
    <section className="card" aria-label={t.mediaTitle} data-testid="media-check">
      <h2>{t.mediaTitle}{platform ? ` · ${platform}` : ''}</h2>
      {accounts && accounts.length === 0 ? (
        <p className="muted">{t.noAccounts}</p>
      ) : (
        <div style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: 4 }}>
          <label htmlFor="m-account">{t.account}</label>
          <select id="m-account" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
            <option value="">{t.accountPick}</option>
            {sorted.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}（{a.platform}，{a.department}）
              </option>
            ))}
          </select>
          <label htmlFor="m-last">{t.lastPost}</label>
          <input id="m-last" type="date" value={lastPost} max={checkDate} onChange={(e) => setLastPost(e.target.value)} />
          <span />
          <button type="button" className="primary" disabled={!account || !lastPost} onClick={() => void checkStale()}>{t.checkStale}</button>
          <label htmlFor="m-note">{t.unresponsive}</label>
          <input id="m-note" placeholder={t.unresponsiveHint} value={note} onChange={(e) => setNote(e.target.value)} />
          <span />
          <button type="button" disabled={!account} onClick={() => void unresponsive()}>{t.unresponsive}</button>
        </div>
      )}
      {status && (status.error ? <ErrorNote message={status.text} /> : <p role="status">{status.text}</p>)}
    </section>
  );
}
