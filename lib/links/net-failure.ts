import type { Observation } from './observation';

type Failure = Extract<Observation, { kind: 'dns' | 'refused' | 'blocked-port' | 'redirect-loop' | 'bad-scheme' | 'timeout' | 'reset' | 'network' }>;

// Chromium's net error names (seen through webRequest.onErrorOccurred, because fetch() in a service worker only says
// "Failed to fetch") and Node's socket error codes (undici puts them in `cause.code`), mapped to one vocabulary.
const CODES: [RegExp, Failure['kind']][] = [
  [/NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ENOTFOUND|EAI_AGAIN|EAI_NONAME/, 'dns'],
  [/CONNECTION_REFUSED|ECONNREFUSED|ADDRESS_UNREACHABLE|EHOSTUNREACH|ENETUNREACH/, 'refused'],
  [/UNSAFE_PORT|bad port/i, 'blocked-port'],
  [/TOO_MANY_REDIRECTS|redirect count exceeded/i, 'redirect-loop'],
  [/UNSAFE_REDIRECT|scheme must be a HTTP|URL scheme must be/i, 'bad-scheme'],
  [/TIMED_OUT|ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT/, 'timeout'],
  [/CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE|ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed|SSL|CERT_|TLS|EPROTO/i, 'reset'],
];

/** Names a network failure from a Chromium net error (`net::ERR_…`) or a thrown fetch error. */
export function describeFailure(error: unknown, netError: string | null): Failure {
  const texts = [netError ?? '', ...errorTexts(error)];
  for (const [re, kind] of CODES) {
    if (texts.some((t) => re.test(t))) return kind === 'bad-scheme' ? { kind, scheme: '非网页协议', viaRedirect: true } : ({ kind } as Failure);
  }
  return { kind: 'network', detail: (netError ?? texts.find(Boolean) ?? '未知错误').slice(0, 120) };
}

function errorTexts(error: unknown): string[] {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (typeof e !== 'object') {
      out.push(String(e));
      break;
    }
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') out.push(code);
    if (typeof message === 'string') out.push(message);
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}
