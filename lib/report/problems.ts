import type { Account, Finding } from '@/lib/db/records';
import type { AccountVerdict, SiteVerdict } from '@/lib/rules/verdict';
import type { ReportTable } from './model';
import { PLATFORMS, type ReportInput } from './report-input';

const KIND_WORDS: [Finding['kind'][], string][] = [
  [['empty-column'], '空白栏目'],
  [['stale-column', 'undated-column'], '栏目超期未更新'],
  [['wording-error'], '表述错误'],
  [['dead-link'], '错误链接'],
];

/** 个旧市人民政府 → 个旧 (county/city governments), else the name itself. */
function shortSite(name: string): { short: string; county: boolean } {
  const m = /^(.{2,}?)[市县区]人民政府$/.exec(name);
  return m ? { short: m[1]!, county: true } : { short: name, county: false };
}

function sitesSentence(failed: SiteVerdict[]): string {
  const byPhrase = new Map<string, SiteVerdict[]>();
  for (const v of failed) for (const h of v.vetoes.slice(0, 1)) byPhrase.set(h.phrase, [...(byPhrase.get(h.phrase) ?? []), v]);
  return [...byPhrase]
    .map(([phrase, list]) => {
      const names = list.map((v) => shortSite(v.siteName));
      const who = names.every((n) => n.county) ? `${names.map((n) => n.short).join('、')}等${list.length}县市人民政府网站` : `${names.map((n) => n.short).join('、')}等${list.length}个政府网站`;
      const blank = /^空白栏目超过(\d+)$/.exec(phrase);
      return blank ? `${who}空白栏目都超过${blank[1]}个` : `${who}存在“${phrase}”问题`;
    })
    .join('；');
}

/** 二、主要问题: generated paragraphs naming sites, columns, accounts and units, grouped as in the seed (§10.1). */
export function problemParagraphs(input: ReportInput, v: { sites: SiteVerdict[]; accounts: AccountVerdict[] }, tables: ReportTable[], accounts: Account[]): string[] {
  const short = input.settings.jurisdiction.short;
  const confirmed = input.findings.filter((f) => f.quarter === input.quarter && f.status === 'confirmed');
  const kinds = new Set(confirmed.map((f) => f.kind));
  const words = KIND_WORDS.filter(([ks]) => ks.some((k) => kinds.has(k))).map(([, w]) => w);
  const out: string[] = [];

  const failed = v.sites.filter((s) => !s.passed);
  const examples: string[] = [];
  if (failed.length) examples.push(sitesSentence(failed));
  const cols = tables.find((t) => t.number === 2)!.rows;
  const colText = cols.map((r) => `由${r[1]}负责维护的“${r[2]!.split('>').filter((s) => s !== '首页').join('—')}”栏目更新不达标`);
  if (colText.length) examples.push(`${short}人民政府门户网站中，${colText.join('，')}`);
  if (words.length || examples.length) {
    out.push(`（一）政府网站运维保障亟需加强。部分政府网站运维保障不到位，${words.length ? `${words.join('、')}等问题不同程度存在` : '存在不同程度的问题'}。${examples.length ? `如${examples.join('；')}。` : ''}`);
  }

  const byId = new Map(accounts.map((a) => [a.id, a]));
  const firstPerPlatform = PLATFORMS.flatMap((p) => {
    const hit = v.accounts.find((x) => !x.passed && byId.get(x.accountId)?.platform === p.platform);
    return hit ? [{ p, a: byId.get(hit.accountId)! }] : [];
  });
  if (firstPerPlatform.length) {
    out.push(`（二）政务新媒体监管仍需加强。部分政务新媒体主管单位落实监管责任不到位，部分政务新媒体日常建设管理不严，内容更新“严重逾期”的问题仍较为突出。如${firstPerPlatform.map(({ p, a }) => `${p.named}“${a.name}”`).join('，')}。`);
  }

  const units = tables.find((t) => t.number === 4)!.rows.map((r) => r[1]);
  const mediaUnanswered = v.accounts.some((a) => a.unanswered > 0);
  if (units.length || mediaUnanswered) {
    const parts = ['（三）网民互动不够主动及时。有的单位回应社会关切不够主动及时，对网民诉求重视不够'];
    if (units.length) parts.push(`，存在超期办理网民信件的情况，如${units.join('、')}`);
    if (mediaUnanswered) parts.push('；部分政务新媒体虽已提供互动功能，但未及时答复公众咨询、留言');
    out.push(`${parts.join('')}。`);
  }
  return out.length ? out : ['本季度检查未发现需要通报的问题。'];
}
