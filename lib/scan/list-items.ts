import { findDates, resolveYearless, type FoundDate } from './dates';
import type { RawList } from './lists';
import { cssPath } from './selector';
import type { ListItem, PageList } from './types';

const MAX_ITEMS = 500;
const DATE_HEADER = /发布日期|发布时间|日期|时间|成文日期/;

/** Reads title, link and date of every item of a list and the list's newest date (indicators §4.4, §5). */
export function readList(raw: RawList, checkDate: string, frameSelector: string | null): PageList {
  const dateColumn = raw.items[0]?.tagName === 'TR' ? dateColumnOf(raw.container) : -1;
  const drafts = raw.items.map((item) => draftItem(item, dateColumn));
  const years = resolveYearless(drafts.map((d) => (d.found?.yearless ? d.found.value : null)), checkDate);
  const futureDates: string[] = [];
  let lastUpdate: string | null = null;
  let datedCount = 0;
  const items: ListItem[] = drafts.map((d, i) => {
    const date = d.found ? (d.found.yearless ? years[i]! : d.found.value) : null;
    if (date) {
      datedCount += 1;
      // indicators §5: dates after the monitoring date are ignored for the check and flagged for review.
      if (date > checkDate) futureDates.push(date);
      else if (!lastUpdate || date > lastUpdate) lastUpdate = date;
    }
    return { title: d.title, url: d.url, date, rawDate: d.found?.raw.slice(0, 100) ?? null, yearInferred: !!d.found?.yearless && !!date };
  });
  return {
    selector: cssPath(raw.container),
    frameSelector,
    heading: raw.heading,
    role: raw.role,
    itemCount: items.length,
    datedCount,
    items: items.slice(0, MAX_ITEMS),
    lastUpdate,
    futureDates: futureDates.slice(0, 100),
  };
}

interface Draft {
  title: string;
  url: string | null;
  found: FoundDate | null;
}

function draftItem(item: Element, dateColumn: number): Draft {
  const anchor = mainAnchor(item);
  const title = (anchor?.getAttribute('title') || anchor?.textContent || item.textContent || '').replace(/\s+/g, ' ').trim();
  let url: string | null = null;
  const href = anchor?.getAttribute('href');
  if (href) {
    try {
      url = new URL(href, item.ownerDocument.baseURI).href;
    } catch {
      url = null;
    }
  }
  return { title: title.slice(0, 500), url: url?.slice(0, 4000) ?? null, found: dateOf(item, anchor, dateColumn) };
}

/** The item's title link: the one with the longest text (skips "[置顶]", category tags and icons). */
function mainAnchor(item: Element): Element | null {
  if (item.tagName === 'A') return item;
  let best: Element | null = null;
  let bestLength = -1;
  for (const a of Array.from(item.querySelectorAll('a[href]'))) {
    const length = (a.getAttribute('title') || a.textContent || '').trim().length;
    if (length > bestLength) [best, bestLength] = [a, length];
  }
  return best;
}

/** The item's date: the 发布日期 cell, else the first date outside the title link, else one inside it. */
function dateOf(item: Element, anchor: Element | null, dateColumn: number): FoundDate | null {
  if (dateColumn >= 0) {
    const cell = item.children[dateColumn];
    const inCell = cell ? findDates(cell.textContent ?? '')[0] : undefined;
    if (inCell) return inCell;
  }
  let text = item.textContent ?? '';
  if (item.tagName === 'DT' && item.nextElementSibling?.tagName === 'DD') text += ` ${item.nextElementSibling.textContent ?? ''}`;
  const dates = findDates(text);
  if (dates.length <= 1 || !anchor || anchor === item) return dates[0] ?? null;
  const titleText = anchor.textContent ?? '';
  return dates.find((d) => !titleText.includes(d.raw)) ?? dates[0] ?? null;
}

/** Index of the 发布日期-like column in the table's header row, or -1. */
function dateColumnOf(container: Element): number {
  const table = container.closest('table');
  const header = table?.querySelector('tr');
  if (!header || !header.querySelector('th, td')) return -1;
  const cells = Array.from(header.children);
  if (cells.some((c) => c.querySelector('a[href]'))) return -1;
  return cells.findIndex((c) => DATE_HEADER.test(c.textContent ?? ''));
}
