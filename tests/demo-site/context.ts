import type { DateFormat } from './dates';

/** The virtual hosts served by the demo site (Chromium maps *.gov.test to 127.0.0.1). */
export const HOSTS = {
  main: 'www.qsx.gov.test',
  department: 'jyj.qsx.gov.test',
  other: 'www.other.gov.test',
} as const;

/** Everything a page template needs to render at request time. */
export interface RenderContext {
  /** The anchor date all relative dates are computed from, 'YYYY-MM-DD'. */
  today: string;
  port: number;
  /** A port that was free when the server started and has nothing listening on it. */
  closedPort: number;
  /** Scheme and authority the client used, e.g. 'http://www.qsx.gov.test:41234'. */
  origin: string;
  /** A date `offset` days before `today`, formatted. */
  d: (offsetDays: number, fmt?: DateFormat) => string;
  /** A full URL on one of the virtual hosts, with the server's real port. */
  url: (path: string, host?: string) => string;
}
