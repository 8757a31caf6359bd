import type { FooterIdentity } from '@/lib/scan/types';
import { ui } from '@/lib/i18n';

/** Presence of the footer elements inspectors expect (indicators §8.2), with a button to record what is missing. */
export function FooterPresence({ identity, onRecord }: { identity: FooterIdentity; onRecord: () => void }) {
  const t = ui.scan;
  const rows: [string, boolean][] = [
    [ui.panel.siteIdCode, identity.siteIdCodeSources.some((s) => s.source === 'footer')],
    [t.conac, identity.hasConacLogo],
    [t.jiucuo, identity.hasJiucuo],
    [t.contact, identity.hasContact],
  ];
  const anyMissing = rows.some(([, ok]) => !ok) || !identity.icp || !identity.sponsor;
  return (
    <section className="card" aria-label={t.footer}>
      <h2>{t.footer}</h2>
      <p data-testid="footer-presence">
        {rows.map(([label, ok]) => (
          <span key={label} className={ok ? '' : 'missing'} style={{ marginRight: 10 }}>
            {label}：{ok ? t.present : t.missing}
          </span>
        ))}
      </p>
      {anyMissing && <button onClick={onRecord} data-testid="record-footer">{t.record}</button>}
    </section>
  );
}
