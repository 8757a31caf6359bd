import { z } from 'zod';
import { columnClassSchema, isoDateSchema } from '@/lib/db/records';

// The scanner runs in the page (untrusted). Everything it returns is parsed with these schemas in the
// background before it is used or stored, so every string and array is bounded.
const str = (max: number) => z.string().max(max);

export const listItemSchema = z.object({
  title: str(500),
  url: str(4000).nullable(),
  /** Resolved calendar date, `YYYY-MM-DD`, or null when the item carries no date. */
  date: isoDateSchema.nullable(),
  /** The date text as written on the page (`[03-29]`, `2021年3月29日` …). */
  rawDate: str(100).nullable(),
  /** True when the year was inferred (year-less `03-29`). */
  yearInferred: z.boolean(),
});
export type ListItem = z.infer<typeof listItemSchema>;

export const listRoleSchema = z.enum(['main', 'sidebar', 'nav', 'footer', 'other']);

/** One list (candidate column) found on the page. */
export const pageListSchema = z.object({
  /** CSS selector of the list container, used to highlight it on the page. */
  selector: str(2000),
  /** Frame path when the list is inside a same-origin iframe (selector of the iframe), else null. */
  frameSelector: str(2000).nullable(),
  heading: str(200).nullable(),
  role: listRoleSchema,
  itemCount: z.number().int().nonnegative(),
  datedCount: z.number().int().nonnegative(),
  items: z.array(listItemSchema).max(500),
  /** Newest date not after the monitoring date. */
  lastUpdate: isoDateSchema.nullable(),
  /** Dates after the monitoring date: ignored for the check, flagged for review (indicators §5). */
  futureDates: z.array(isoDateSchema).max(100),
});
export type PageList = z.infer<typeof pageListSchema>;

export const footerIdentitySchema = z.object({
  siteIdCode: str(20).nullable(),
  /** Every place a code was found: meta, footer text, 找错 widget. */
  siteIdCodeSources: z.array(z.object({ source: z.enum(['meta', 'footer', 'jiucuo']), value: str(40) })).max(20),
  siteIdCodeWarnings: z.array(str(300)).max(20),
  siteName: str(200).nullable(),
  icp: str(100).nullable(),
  policeRecord: str(100).nullable(),
  sponsor: str(200).nullable(),
  hasConacLogo: z.boolean(),
  hasJiucuo: z.boolean(),
  hasContact: z.boolean(),
});
export type FooterIdentity = z.infer<typeof footerIdentitySchema>;

export const linkTargetSchema = z.object({
  /** Absolute URL as resolved against the document base (not yet normalised). */
  url: str(4000),
  kind: z.enum(['a', 'img', 'iframe', 'attachment', 'script-url', 'area', 'other']),
  text: str(300),
  selector: str(2000),
  hidden: z.boolean(),
  /** Set when the target is not checked: javascript:, mailto:, tel:, bare #. */
  skipReason: str(200).nullable(),
  /** Selector of the same-origin iframe holding the element, when it is inside one (link checker). */
  frameSelector: str(2000).nullable().optional(),
});
export type LinkTarget = z.infer<typeof linkTargetSchema>;

/** What the content script returns for one page. */
export const pageScanSchema = z.object({
  url: str(4000),
  title: str(500),
  /** Monitoring date (监测时间点) the scan was judged against. */
  checkDate: isoDateSchema,
  meta: z.record(str(100), str(2000)),
  breadcrumb: z.array(str(200)).max(20),
  columnName: str(200).nullable(),
  columnClass: columnClassSchema,
  pageKind: z.enum(['home', 'column', 'article', 'other']),
  pubDate: isoDateSchema.nullable(),
  lists: z.array(pageListSchema).max(300),
  /** Index into `lists` of the page's main content list, or null. */
  mainListIndex: z.number().int().nonnegative().nullable(),
  placeholders: z.array(str(100)).max(20),
  pagination: z.object({ total: z.number().int().nullable(), pages: z.number().int().nullable() }).nullable(),
  identity: footerIdentitySchema,
  links: z.array(linkTargetSchema).max(50_000),
  warnings: z.array(str(500)).max(50),
  durationMs: z.number().nonnegative(),
  /** Milliseconds per scanner stage (lists, blank, links, identity), for the benchmark. */
  timings: z.record(str(40), z.number()).optional(),
});
export type PageScan = z.infer<typeof pageScanSchema>;
