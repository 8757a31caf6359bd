import type { FooterIdentity } from '@/lib/scan/types';
import { ui } from '@/lib/i18n';

/** The site's identity as read from meta tags and footer. */
export function IdentityCard({ identity }: { identity: FooterIdentity }) {
  const t = ui.panel;
  const rows: [string, string | null, string][] = [
    [t.siteName, identity.siteName, 'site-name'],
    [t.siteIdCode, identity.siteIdCode, 'site-id-code'],
    [t.sponsor, identity.sponsor, 'sponsor'],
    [t.icp, identity.icp, 'icp'],
    [t.policeRecord, identity.policeRecord, 'police-record'],
  ];
  return (
    <section className="card" aria-label={t.identity}>
      <h2>{t.identity}</h2>
      <dl className="kv">
        {rows.map(([label, value, testId]) => (
          <div key={testId}>
            <dt>{label}</dt>
            <dd data-testid={testId} className={value ? '' : 'missing'}>
              {value ?? t.notFound}
            </dd>
          </div>
        ))}
      </dl>
      {identity.siteIdCodeWarnings.map((w) => (
        <p key={w} className="warn">
          {w}
        </p>
      ))}
    </section>
  );
}
