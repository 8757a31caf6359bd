import type { AccountVerdict, SiteVerdict } from '@/lib/rules/verdict';

/** One attachment table (附件1–4, indicators §10.2). Cells are plain text. */
export interface ReportTable {
  number: 1 | 2 | 3 | 4;
  title: string;
  headers: string[];
  rows: string[][];
  /** 注：数据采样时间为… / 注：检测时间为… */
  note: string | null;
}

/** A text block of the notice body, in reading order. */
export interface ReportBlock {
  kind: 'heading' | 'paragraph' | 'right';
  text: string;
}

/** Everything the renderers need; text only, no markup. */
export interface ReportModel {
  quarter: string;
  quarterLabel: string;
  title: string;
  issuer: string;
  addressees: string;
  opening: string;
  overview: string[];
  problems: string[];
  requirements: string[];
  closing: string;
  attachmentList: string[];
  signDate: string;
  figures: {
    websites: { total: number; passed: number; rate: string };
    media: { total: number; failed: number; rate: string; byPlatform: { platform: string; label: string; count: number }[] };
  };
  tables: ReportTable[];
  ruleSet: { id: string; version: string };
  verdicts: { sites: SiteVerdict[]; accounts: AccountVerdict[] };
}

/** The body of the notice as ordered blocks (shared by the docx, html and preview renderers). */
export function bodyBlocks(m: ReportModel): ReportBlock[] {
  const p = (text: string): ReportBlock => ({ kind: 'paragraph', text });
  const h = (text: string): ReportBlock => ({ kind: 'heading', text });
  const blocks: ReportBlock[] = [
    p(m.addressees),
    p(m.opening),
    h('一、总体情况'),
    ...m.overview.map(p),
    h('二、主要问题'),
    ...m.problems.map(p),
    h('三、有关要求'),
    ...m.requirements.map(p),
    p(m.closing),
    ...m.attachmentList.map((text, i) => p(i === 0 ? `附件：${text}` : `　　　${text}`)),
    { kind: 'right', text: m.issuer },
    { kind: 'right', text: m.signDate },
    p('（此件公开发布）'),
  ];
  return blocks.filter((b) => b.text !== '');
}
