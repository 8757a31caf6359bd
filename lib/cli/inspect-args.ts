import { isCalendarDate } from '@/lib/dates/calendar';

export interface InspectArgs {
  startUrl: string;
  depth: number;
  at: string | null;
  out: string;
  links: boolean;
}

export const USAGE = '用法：npm run inspect -- <起始网址> [--depth N] [--at YYYY-MM-DD] [--out 目录] [--no-links]';

/** Parses the inspect command line; bad input is a thrown Error with a Chinese message (exit code 2). */
export function parseInspectArgs(argv: string[]): InspectArgs {
  const args: InspectArgs = { startUrl: '', depth: 1, at: null, out: 'inspect-out', links: true };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`参数 ${a} 缺少取值。\n${USAGE}`);
      return v;
    };
    if (a === '--depth') {
      const d = Number(value());
      if (!Number.isInteger(d) || d < 0 || d > 5) throw new Error('--depth 应为 0 到 5 之间的整数。');
      args.depth = d;
    } else if (a === '--at') {
      const d = value();
      if (!isCalendarDate(d)) throw new Error(`--at 应为有效日期 YYYY-MM-DD，收到：${d}`);
      args.at = d;
    } else if (a === '--out') args.out = value();
    else if (a === '--no-links') args.links = false;
    else if (a.startsWith('--')) throw new Error(`未知参数：${a}\n${USAGE}`);
    else if (!args.startUrl) args.startUrl = a;
    else throw new Error(`多余的参数：${a}\n${USAGE}`);
  }
  if (!args.startUrl) throw new Error(`缺少起始网址。\n${USAGE}`);
  let url: URL;
  try {
    url = new URL(args.startUrl);
  } catch {
    throw new Error(`起始网址无效：${args.startUrl}`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error('起始网址必须以 http:// 或 https:// 开头。');
  args.startUrl = url.href;
  return args;
}
