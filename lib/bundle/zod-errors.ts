import type { z } from 'zod';
import { COLLECTIONS } from './bundle-schema';

const TYPE_NAMES: Record<string, string> = { string: '文本', number: '数字', boolean: '布尔值', object: '对象', array: '数组', null: '空值' };

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型错误，应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `取值${issue.input === undefined ? '' : `「${String(issue.input)}」`}无效，应为：${issue.values.map(String).join('、')}`;
    case 'too_big':
      return `超出上限（最多 ${String(issue.maximum)}）`;
    case 'too_small':
      return `低于下限（至少 ${String(issue.minimum)}）`;
    case 'unrecognized_keys':
      return `含有未知字段：${issue.keys.join('、')}`;
    default:
      // Our schemas carry Chinese messages for formats and refinements (日期格式应为 YYYY-MM-DD …).
      return /[\u4e00-\u9fff]/.test(issue.message) ? `${issue.message}${issue.input !== undefined && typeof issue.input !== 'object' ? `（实际为「${String(issue.input)}」）` : ''}` : '格式无效';
  }
}

/** Where an issue is: "第 3 条问题记录（findings[2]）的字段「checkDate」". */
function describePath(path: PropertyKey[]): string {
  const [head, index, ...rest] = path;
  const label = typeof head === 'string' ? COLLECTIONS[head as keyof typeof COLLECTIONS] : undefined;
  if (label && typeof index === 'number') {
    const field = rest.length ? `的字段「${rest.map(String).join('.')}」` : '';
    return `第 ${index + 1} 条${label}（${String(head)}[${index}]）${field}`;
  }
  return path.length ? `字段「${path.map(String).join('.')}」` : '文件顶层';
}

/** Chinese messages for the first few issues of a failed parse, each naming the record and field. */
export function formatIssues(error: z.ZodError, max = 5): string {
  const lines = error.issues.slice(0, max).map((i) => `${describePath(i.path)}：${describeIssue(i)}`);
  const more = error.issues.length > max ? `\n……另有 ${error.issues.length - max} 处错误` : '';
  return lines.join('\n') + more;
}
