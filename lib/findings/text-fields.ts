import type { Finding } from '@/lib/db/records';

/** The fields an inspector reads, searched by the free-text filter of the findings log. */
export function textFieldsOf(f: Finding): string[] {
  const fields = [f.siteName, f.siteIdCode, f.pageUrl, f.pageTitle, f.targetUrl, f.detail, f.department, f.suggestion, f.statusReason, f.evidence.quote, f.columnPath.join('>')];
  return fields.filter((v): v is string => typeof v === 'string');
}

/** Free-text match over those fields (case-insensitive); `needle` is already trimmed and lower-cased. */
export function matchesText(f: Finding, needle: string): boolean {
  return textFieldsOf(f).some((v) => v.toLowerCase().includes(needle));
}

/** The needle of a free-text filter, or null when the filter is empty. */
export function needleOf(text: string | undefined): string | null {
  const t = text?.trim().toLowerCase();
  return t ? t : null;
}

// Joins the fields so that a needle never matches across two of them (the search box cannot type U+0000).
const SEP = '\u0000';

/** All text fields of a finding as one lower-case string: a search is then one `includes` per finding. */
export function haystackOf(f: Finding): string {
  return textFieldsOf(f).join(SEP).toLowerCase();
}

/** `matchesText` on a precomputed haystack (a needle holding the separator falls back to the field-by-field test). */
export function haystackMatches(hay: string, f: Finding, needle: string): boolean {
  return needle.includes(SEP) ? matchesText(f, needle) : hay.includes(needle);
}
