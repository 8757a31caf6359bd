import type { LinkVerdict } from '@/lib/db/records';
import { observationKey, type Observation } from './observation';
import { PRODUCT_POLICY, type VerdictPolicy } from './policy';

export interface Classification {
  verdict: LinkVerdict;
  /** Plain Chinese: what happened. */
  reason: string;
  /** Plain Chinese: what the inspector should do. */
  advice: string;
}

/** Marks the reason of a link not checked because its host was paused; the status view groups on it. */
export const HOST_PAUSED_PREFIX = '该网站连续请求失败，已暂停检查';

const CONFIRM = '请在浏览器中手动打开确认；确认无法访问后再计为不可用链接。';
const FIX = '计为不可用链接，请网站维护单位删除或更正该链接。';

function describe(obs: Observation): { reason: string; advice: string } {
  switch (obs.kind) {
    case 'ok':
      return { reason: obs.redirected ? `可以访问（经跳转后返回 ${obs.status}）` : `可以访问（${obs.status}）`, advice: '' };
    case 'http':
      return describeStatus(obs.status);
    case 'dns':
      return { reason: '域名无法解析（DNS 失败），任何访问者都打不开', advice: FIX };
    case 'refused':
      return { reason: '服务器拒绝连接（端口未开放）', advice: FIX };
    case 'blocked-port':
      return { reason: '链接使用了浏览器禁止访问的端口，访问者无法打开', advice: FIX };
    case 'redirect-loop':
      return { reason: '循环跳转或跳转次数过多，页面永远打不开', advice: FIX };
    case 'bad-scheme':
      return {
        reason: obs.viaRedirect ? `跳转到了非网页地址（${obs.scheme}），访问者无法打开` : `不是网页地址（${obs.scheme}），访问者无法打开`,
        advice: FIX,
      };
    case 'invalid-url':
      return { reason: '链接地址格式错误，无法打开', advice: FIX };
    case 'timeout':
      return { reason: '15 秒内没有响应（已重试）', advice: `可能是网站临时缓慢或限制了访问。${CONFIRM}` };
    case 'reset':
      return { reason: '连接被重置或安全连接（TLS）失败（已重试）', advice: `可能是网络或防火墙原因。${CONFIRM}` };
    case 'network':
      return { reason: `网络错误（${obs.detail}）`, advice: CONFIRM };
    case 'soft-404':
      return { reason: `页面返回 200，但内容显示不存在（${obs.evidence}）`, advice: `这是“软 404”。${CONFIRM}` };
    case 'redirect-home':
      return { reason: '链接被跳转到网站首页，原内容可能已不存在', advice: CONFIRM };
    case 'host-paused':
      return { reason: `${HOST_PAUSED_PREFIX}（${obs.host}），该链接未检查`, advice: '稍后重新检查；不要计为不可用链接。' };
  }
}

function describeStatus(status: number): { reason: string; advice: string } {
  if (status === 404) return { reason: '页面不存在（404）', advice: FIX };
  if (status === 410) return { reason: '页面已被删除（410）', advice: FIX };
  if (status === 401 || status === 403) {
    return { reason: `服务器拒绝访问（${status}），可能是防火墙拦截了自动检查`, advice: CONFIRM };
  }
  if (status === 429) return { reason: '服务器提示访问过于频繁（429），重试后仍然如此', advice: `稍后再检查。${CONFIRM}` };
  if (status === 999 || status === 412) return { reason: `服务器拦截了访问（${status}），可能是防护或验证页面`, advice: CONFIRM };
  if (status >= 500) return { reason: `服务器错误（${status}），重试后仍然如此`, advice: `可能是临时故障。${CONFIRM}` };
  return { reason: `服务器返回错误状态（${status}）`, advice: CONFIRM };
}

/** Observation → verdict + Chinese reason + advice, under a verdict policy (indicators §7.1). */
export function classify(obs: Observation, policy: VerdictPolicy = PRODUCT_POLICY): Classification {
  const { reason, advice } = describe(obs);
  const verdict = policy[observationKey(obs)];
  return { verdict, reason, advice: verdict === 'ok' ? '' : advice };
}
