// 网站标识码 validation (indicators §8.1): format, GB/T 2260 province prefix, 0000 sequence, agreement of sources.
const PROVINCES: Record<string, string> = {
  '11': '北京', '12': '天津', '13': '河北', '14': '山西', '15': '内蒙古', '21': '辽宁', '22': '吉林', '23': '黑龙江',
  '31': '上海', '32': '江苏', '33': '浙江', '34': '安徽', '35': '福建', '36': '江西', '37': '山东', '41': '河南',
  '42': '湖北', '43': '湖南', '44': '广东', '45': '广西', '46': '海南', '50': '重庆', '51': '四川', '52': '贵州',
  '53': '云南', '54': '西藏', '61': '陕西', '62': '甘肃', '63': '青海', '64': '宁夏', '65': '新疆', '71': '台湾',
  '81': '香港', '82': '澳门',
};

/** Trim, drop inner spaces, lower-case a leading BM (indicators §8.1 step 1). */
export function normaliseSiteIdCode(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/^BM/i, 'bm').slice(0, 40);
}

/** The province a 10-digit code's region prefix names, or null. */
export function provinceOf(code: string): string | null {
  return /^\d{10}$/.test(code) ? (PROVINCES[code.slice(0, 2)] ?? null) : null;
}

/** Warnings for the inspector (never findings): format, region prefix, 0000 sequence, disagreeing sources. */
export function validateSiteIdCode(sources: { source: string; value: string }[]): string[] {
  const warnings: string[] = [];
  const label: Record<string, string> = { meta: '页面标签', footer: '页脚', jiucuo: '“我为政府网站找错”入口' };
  const distinct = [...new Set(sources.map((s) => s.value))];
  for (const code of distinct) {
    if (!/^(?:\d{10}|bm\d{8})$/.test(code)) {
      warnings.push(`标识码格式异常：${code}（应为10位数字或bm加8位数字）`);
      continue;
    }
    if (/^\d{10}$/.test(code)) {
      if (!provinceOf(code) || code.slice(2, 6) === '9999') warnings.push(`标识码 ${code} 的前6位不是已知的行政区划代码（GB/T 2260），请核对`);
      if (code.endsWith('0000')) warnings.push(`标识码 ${code} 的顺序号为0000，通常只见于样稿页面，请核对`);
    }
  }
  if (distinct.length > 1) {
    const detail = sources.map((s) => `${label[s.source] ?? s.source} ${s.value}`).join('，');
    warnings.push(`页面上的标识码不一致：${detail}`);
  }
  return warnings.slice(0, 20);
}
