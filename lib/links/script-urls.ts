// Government CMSs often hide the target of a link in script: `javascript:window.open('…')`,
// `onclick="location.href='…'"`. These patterns pull the first quoted URL out of such code.
const PATTERNS: RegExp[] = [
  /window\.open\s*\(\s*(['"])(.*?)\1/i,
  /(?:window\.|document\.|self\.|top\.|parent\.)?location(?:\.href)?\s*=\s*(['"])(.*?)\1/i,
  /location\.(?:assign|replace)\s*\(\s*(['"])(.*?)\1/i,
  /\bopen(?:Window|Win|Url|Link)?\s*\(\s*(['"])(.*?)\1/i,
];

/** The URL a snippet of link script navigates to, or null when it names none (`void(0)`, `history.back()`). */
export function urlFromScript(code: string): string | null {
  for (const re of PATTERNS) {
    const found = re.exec(code)?.[2]?.trim();
    if (found && !/^javascript:/i.test(found)) return found;
  }
  return null;
}
