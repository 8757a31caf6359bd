import { isCalendarDate } from '@/lib/dates/calendar';
import { platformSchema, type ColumnClass, type Platform } from '@/lib/db/records';

/** The four registries an inspector keeps (sites, columns, 政务新媒体 accounts, overdue-letter tallies). */
export type RegistryKind = 'sites' | 'columns' | 'accounts' | 'letters';

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };
export interface FieldSpec {
  key: string;
  /** Column header as written in the spreadsheet (also the export header). */
  header: string;
  aliases?: string[];
  required?: boolean;
  parse: (raw: string) => Parsed;
}

const ok = (value: unknown): Parsed => ({ ok: true, value });
const text = (max: number) => (raw: string): Parsed => (raw.length > max ? { ok: false, error: `不能超过${max}个字` } : ok(raw));
const optional = (max: number) => (raw: string): Parsed => (raw ? text(max)(raw) : ok(null));

// 网站标识码: 10 digits, or bm + 8 digits for 部门 sites (indicators §8.1).
const siteIdCode = (raw: string): Parsed =>
  !raw ? ok(null) : /^(\d{10}|bm\d{8})$/i.test(raw) ? ok(raw.replace(/^BM/i, 'bm')) : { ok: false, error: '应为10位数字，或 bm 加8位数字' };

const urls = (raw: string): Parsed => {
  const parts = raw.split(/[\s;；,，]+/).filter(Boolean);
  const origins: string[] = [];
  for (const p of parts) {
    try {
      const u = new URL(/^https?:\/\//i.test(p) ? p : `http://${p}`);
      origins.push(u.origin);
    } catch {
      return { ok: false, error: `「${p.slice(0, 60)}」不是有效网址` };
    }
  }
  return ok([...new Set(origins)]);
};

const url = (raw: string): Parsed => {
  try {
    const u = new URL(raw);
    return /^https?:$/.test(u.protocol) ? ok(u.href) : { ok: false, error: '应以 http:// 或 https:// 开头' };
  } catch {
    return { ok: false, error: '不是有效网址' };
  }
};

const date = (raw: string): Parsed => {
  if (!raw) return ok(null);
  const v = raw.replace(/[./年月]/g, '-').replace(/日$/, '').replace(/-(\d)(?!\d)/g, '-0$1');
  return isCalendarDate(v) ? ok(v) : { ok: false, error: '日期无效，应为 YYYY-MM-DD' };
};

const yesNo = (raw: string): Parsed =>
  !raw || /^(否|no|n|false|0)$/i.test(raw) ? ok(false) : /^(是|yes|y|true|1)$/i.test(raw) ? ok(true) : { ok: false, error: '应填「是」或「否」' };

const platformAliases: Record<string, Platform> = { 微信: '微信公众号', 公众号: '微信公众号', 头条: '今日头条', 头条号: '今日头条', 抖音: '抖音号' };
const platform = (raw: string): Parsed => {
  const v = platformAliases[raw] ?? raw;
  return platformSchema.safeParse(v).success ? ok(v) : { ok: false, error: `应为 ${platformSchema.options.join('、')} 之一` };
};

const classes: Record<string, ColumnClass> = { 动态: 'dynamic', 动态要闻: 'dynamic', 通知公告: 'notice', 政策文件: 'notice', 人事规划: 'personnel', 互动: 'interaction', 政务咨询: 'interaction', 其他: 'other' };
const columnClass = (raw: string): Parsed => (!raw ? ok('other') : classes[raw] ? ok(classes[raw]) : { ok: false, error: `应为 ${Object.keys(classes).join('、')} 之一` });

const count = (raw: string): Parsed => (/^\d{1,6}$/.test(raw) ? ok(Number(raw)) : { ok: false, error: '应为非负整数' });
const quarter = (raw: string): Parsed => {
  const m = /^(\d{4})\s*(?:Q|年第?|-)?\s*([1-4一二三四])\s*(?:季度)?$/i.exec(raw);
  const n = m ? ({ 一: '1', 二: '2', 三: '3', 四: '4' } as Record<string, string>)[m[2]!] ?? m[2] : null;
  return m ? ok(`${m[1]}Q${n}`) : { ok: false, error: '季度格式应为 2021Q1 或 2021年一季度' };
};
const path = (raw: string): Parsed => ok(raw ? raw.split(/\s*[>＞»—]\s*/).filter(Boolean).slice(0, 20) : []);

/** Field specs per registry, in export column order. */
export const registryFields: Record<RegistryKind, FieldSpec[]> = {
  sites: [
    { key: 'name', header: '网站名称', required: true, parse: text(200) },
    { key: 'siteIdCode', header: '网站标识码', parse: siteIdCode },
    { key: 'origins', header: '网址', aliases: ['网站地址', '域名'], parse: urls },
    { key: 'sponsor', header: '主办单位', parse: optional(200) },
    { key: 'responsibleUnit', header: '承办单位', aliases: ['负责单位', '责任单位'], parse: optional(200) },
    { key: 'isPortal', header: '是否门户', aliases: ['门户网站'], parse: yesNo },
    { key: 'notes', header: '备注', parse: text(2000) },
  ],
  columns: [
    { key: 'siteIdCode', header: '网站标识码', parse: siteIdCode },
    { key: 'name', header: '栏目名称', required: true, parse: text(200) },
    { key: 'url', header: '栏目地址', aliases: ['栏目网址', '网址'], required: true, parse: url },
    { key: 'path', header: '栏目路径', aliases: ['栏目位置'], parse: path },
    { key: 'department', header: '责任部门', required: true, parse: text(200) },
    { key: 'columnClass', header: '栏目类别', parse: columnClass },
  ],
  accounts: [
    { key: 'department', header: '部门', aliases: ['主办单位', '开设单位'], required: true, parse: text(200) },
    { key: 'name', header: '账号名称', aliases: ['政务新媒体账号', '账号'], required: true, parse: text(200) },
    { key: 'platform', header: '平台', aliases: ['新媒体平台'], required: true, parse: platform },
    { key: 'url', header: '账号地址', parse: (raw) => (raw ? url(raw) : ok(null)) },
    { key: 'lastPostDate', header: '最近发布日期', aliases: ['最近更新日期'], parse: date },
    { key: 'notes', header: '备注', parse: text(2000) },
  ],
  letters: [
    { key: 'unit', header: '单位', required: true, parse: text(200) },
    { key: 'count', header: '超期次数', required: true, parse: count },
    { key: 'quarter', header: '季度', required: true, parse: quarter },
    { key: 'notes', header: '备注', parse: text(2000) },
  ],
};

/** Chinese names of the registries. */
export const registryNames: Record<RegistryKind, string> = { sites: '网站', columns: '栏目', accounts: '政务新媒体账号', letters: '信件超期' };

/** The identity of a registry row: importing a row with the same key updates the existing record. */
export function registryKey(kind: RegistryKind, v: Record<string, unknown>): string {
  switch (kind) {
    case 'sites':
      return v.siteIdCode ? `code:${String(v.siteIdCode)}` : `name:${String(v.name)}`;
    case 'columns':
      return String(v.url);
    case 'accounts':
      return `${String(v.platform)}|${String(v.name)}`;
    case 'letters':
      return `${String(v.unit)}|${String(v.quarter)}`;
  }
}
