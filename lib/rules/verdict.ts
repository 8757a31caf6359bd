import type { Account, ColumnRecord, Finding, Site } from '@/lib/db/records';
import { columnKey } from './column-counters';
import { accountKeyOf, judgeAccount } from './media-verdict';
import type { RuleSet } from './rule-set-schema';
import { judgeSite } from './site-verdict';
import type { AccountVerdict, SiteVerdict } from './verdict-types';

export type { AccountVerdict, SiteVerdict, VetoHit, WarningHit } from './verdict-types';

export interface QuarterInput {
  quarter: string;
  sites: Site[];
  accounts: Account[];
  columns: ColumnRecord[];
  findings: Finding[];
  /** 监测时间点 of the quarter's check: the availability week ends here (indicators §5). */
  checkDate: string;
}

/** Finding → site: by site id, else by 网站标识码. */
function siteIndex(sites: Site[]) {
  const byId = new Map(sites.map((s) => [s.id, s]));
  const byCode = new Map(sites.filter((s) => s.siteIdCode).map((s) => [s.siteIdCode!, s]));
  return (f: Finding) => (f.siteId ? byId.get(f.siteId) : undefined) ?? (f.siteIdCode ? byCode.get(f.siteIdCode) : undefined);
}

/** Verdicts of every site in operation and every account for one quarter (indicators §2, §3, §9). */
export function judgeQuarter(input: QuarterInput, rs: RuleSet): { sites: SiteVerdict[]; accounts: AccountVerdict[] } {
  const findSite = siteIndex(input.sites);
  const perSite = new Map<string, Finding[]>();
  const perAccount = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (f.quarter !== input.quarter || f.status !== 'confirmed') continue;
    const accountId = accountKeyOf(f);
    if (accountId) {
      const list = perAccount.get(accountId);
      if (list) list.push(f);
      else perAccount.set(accountId, [f]);
      continue;
    }
    const site = findSite(f);
    if (site) {
      const list = perSite.get(site.id);
      if (list) list.push(f);
      else perSite.set(site.id, [f]);
    }
  }
  const columns = new Map(input.columns.map((c) => [columnKey({ pageUrl: c.url }), c]));
  const sites = input.sites
    .filter((s) => s.inOperation)
    .map((site) => judgeSite({ site, quarter: input.quarter, findings: perSite.get(site.id) ?? [], columns, checkDate: input.checkDate }, rs));
  const accounts = input.accounts
    .filter((a) => a.inOperation)
    .map((a) => judgeAccount(a, input.quarter, perAccount.get(a.id) ?? [], rs));
  return { sites, accounts };
}
