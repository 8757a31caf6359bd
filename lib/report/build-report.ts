import { judgeQuarter } from '@/lib/rules/verdict';
import { defaultTexts } from './default-texts';
import { dateCn, passRate, quarterCn, quarterRange } from './format';
import type { ReportModel } from './model';
import { problemParagraphs } from './problems';
import { PLATFORMS, type ReportInput } from './report-input';
import { failedAccountsTable, failedSitesTable, overdueLettersTable, problemColumnsTable } from './tables';

export type { ReportInput } from './report-input';

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/**
 * Compiles the quarterly 通报 (indicators §10) from the log: verdicts come from the rules engine applied to the
 * confirmed findings of the quarter (§2, §3, §9), never from stored verdicts. Pure: no clock, no DOM, no I/O.
 */
export function buildReport(input: ReportInput): ReportModel {
  const { settings: s, ruleSet: rs } = input;
  const period = s.samplingPeriod ?? quarterRange(input.quarter);
  const verdicts = judgeQuarter(
    { quarter: input.quarter, sites: input.sites, accounts: input.accounts, columns: input.columns, findings: input.findings, checkDate: period.end },
    rs,
  );
  const label = quarterCn(input.quarter, s.quarterStyle);
  const decimals = s.passRateDecimals ?? rs.report.passRateDecimals;
  const portals = input.sites.filter((x) => x.isPortal && x.inOperation);
  const tables = [
    failedSitesTable(label, verdicts.sites, period),
    problemColumnsTable(label, input, portals),
    failedAccountsTable(label, input.accounts, verdicts.accounts),
    overdueLettersTable(label, input),
  ];

  const siteTotal = verdicts.sites.length;
  const sitePassed = verdicts.sites.filter((v) => v.passed).length;
  const active = input.accounts.filter((a) => a.inOperation);
  const mediaFailed = verdicts.accounts.filter((v) => !v.passed).length;
  const byPlatform = PLATFORMS.map((p) => ({ platform: p.platform, label: p.short, count: active.filter((a) => a.platform === p.platform).length })).filter((p) => p.count > 0);
  const websites = { total: siteTotal, passed: sitePassed, rate: passRate(sitePassed, siteTotal, decimals.websites) };
  const media = { total: active.length, failed: mediaFailed, rate: passRate(active.length - mediaFailed, active.length, decimals.media), byPlatform };

  const defaults = defaultTexts(input, portals[0]?.name ?? `${s.jurisdiction.short}政府门户网站`);
  const platforms = byPlatform.length ? `（${byPlatform.map((p) => `${p.label}${p.count}个`).join('，')}）` : '';
  const overview = [
    `（一）政府网站普查情况。${label}，${s.jurisdiction.all}在运行政府网站${websites.total}个，普查中${websites.passed}个政府网站合格，合格率${websites.rate}。`,
    `（二）政府系统政务新媒体普查情况。${label}，${s.jurisdiction.all}纳入常态化监管的政府系统政务新媒体${media.total}个${platforms}，发现不合格${media.failed}个，总体合格率${media.rate}。`,
  ];

  return {
    quarter: input.quarter,
    quarterLabel: label,
    title: `${s.issuer}关于${label}${s.jurisdiction.all}政府网站和政府系统政务新媒体检查情况的通报`,
    issuer: s.issuer,
    addressees: s.addressees ?? defaults.addressees,
    opening: s.opening ?? defaults.opening,
    overview,
    problems: s.problems !== null ? lines(s.problems) : problemParagraphs(input, verdicts, tables, input.accounts),
    requirements: lines(s.requirements ?? defaults.requirements),
    closing: s.closing ?? defaults.closing,
    attachmentList: tables.map((t) => `${t.number}. ${t.title}`),
    signDate: s.signDate ? dateCn(s.signDate) : '',
    figures: { websites, media },
    tables,
    ruleSet: { id: rs.id, version: rs.version },
    verdicts,
  };
}
