import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InspectorDB } from '@/lib/db/schema';
import { parseRegistryCsv } from '@/lib/registries/parse-csv';
import { parseRegistryXlsx } from '@/lib/registries/parse-xlsx';
import { formatRowError } from '@/lib/registries/parse-table';
import { importRegistry } from '@/lib/registries/import-registry';
import { registryTable, tableToCsv } from '@/lib/registries/export-registry';
import { tableToXlsx } from '@/lib/registries/export-xlsx';

let n = 0;
const ctx = { now: new Date('2026-11-20T02:00:00Z'), newId: () => `id-${++n}` };

async function xlsxOf(rows: unknown[][]): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('网站');
  for (const r of rows) sheet.addRow(r);
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

describe('parseRegistryCsv', () => {
  it('reads a clean sites file with a BOM, several URLs and a 是/否 column', () => {
    const csv = '\uFEFF网站名称,网站标识码,网址,主办单位,承办单位,是否门户,备注\n青山县人民政府,3607990001,"www.qsx.gov.test; https://qsx.gov.test/",青山县人民政府办公室,县大数据中心,是,\n县教育局,BM12345678,jyj.qsx.gov.test,,,否,部门网站\n';
    const r = parseRegistryCsv('sites', csv);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.values)).toEqual([
      { name: '青山县人民政府', siteIdCode: '3607990001', origins: ['http://www.qsx.gov.test', 'https://qsx.gov.test'], sponsor: '青山县人民政府办公室', responsibleUnit: '县大数据中心', isPortal: true, notes: '' },
      { name: '县教育局', siteIdCode: 'bm12345678', origins: ['http://jyj.qsx.gov.test'], sponsor: null, responsibleUnit: null, isPortal: false, notes: '部门网站' },
    ]);
  });

  it('names the row and field of every malformed value, in Chinese', () => {
    const csv = '部门,账号名称,平台,最近发布日期\n县教育局,青山教育,微信,2026/11/3\n县卫健局,,微博,2026-11-01\n县财政局,青山财政,快手,2026-13-01\n县教育局,青山教育,微信公众号,\n';
    const r = parseRegistryCsv('accounts', csv);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.values).toMatchObject({ platform: '微信公众号', lastPostDate: '2026-11-03' });
    expect(r.errors.map(formatRowError)).toEqual([
      '第3行「账号名称」：不能为空',
      '第4行「平台」：应为 微信公众号、微博、今日头条、抖音号、其他 之一',
      '第4行「最近发布日期」：日期无效，应为 YYYY-MM-DD',
      '第5行：与第2行重复',
    ]);
  });

  it('rejects a file without a required header, and broken quoting', () => {
    expect(parseRegistryCsv('letters', '单位,季度\n县交通局,2026Q4\n').errors.map(formatRowError)).toEqual(['第1行「超期次数」：表头缺少「超期次数」列']);
    const broken = parseRegistryCsv('letters', '单位,超期次数,季度\n"县交通局,3,2026Q4\n');
    expect(broken.errors.some((e) => e.message.startsWith('CSV 格式错误'))).toBe(true);
  });

  it('reads quarters written the Chinese way', () => {
    const r = parseRegistryCsv('letters', '单位,超期次数,季度\n州交通运输局,3,2021年一季度\n绿春县,4,2021Q1\n');
    expect(r.rows.map((x) => x.values.quarter)).toEqual(['2021Q1', '2021Q1']);
  });
});

describe('parseRegistryXlsx', () => {
  it('reads an xlsx generated with exceljs, with real dates and numbers, and flags malformed rows', async () => {
    const data = await xlsxOf([
      ['部门', '账号名称', '平台', '最近发布日期'],
      ['县教育局', '青山教育', '微信公众号', new Date(Date.UTC(2026, 10, 3))],
      ['县卫健局', '青山卫健', '抖音', '2026-11-01'],
      ['县财政局', '青山财政', '微博', 'last week'],
    ]);
    const r = await parseRegistryXlsx('accounts', data);
    expect(r.rows.map((x) => [x.values.name, x.values.platform, x.values.lastPostDate])).toEqual([
      ['青山教育', '微信公众号', '2026-11-03'],
      ['青山卫健', '抖音号', '2026-11-01'],
    ]);
    expect(r.errors.map(formatRowError)).toEqual(['第4行「最近发布日期」：日期无效，应为 YYYY-MM-DD']);
  });

  it('reads numeric cells as text and reports a file that is not xlsx', async () => {
    const r = await parseRegistryXlsx('letters', await xlsxOf([['单位', '超期次数', '季度'], ['州交通运输局', 3, '2021Q1'], ['建水县', -1, '2021Q1']]));
    expect(r.rows.map((x) => x.values.count)).toEqual([3]);
    expect(r.errors.map(formatRowError)).toEqual(['第3行「超期次数」：应为非负整数']);
    const junk = await parseRegistryXlsx('letters', new TextEncoder().encode('not a zip').buffer as ArrayBuffer);
    expect(junk.errors[0]!.message).toContain('无法读取 Excel 文件');
  });
});

describe('importRegistry and export', () => {
  it('adds, then updates by key, and exports in the import format (CSV and xlsx round trip)', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    const first = parseRegistryCsv('sites', '网站名称,网站标识码,网址\n青山县人民政府,3607990001,www.qsx.gov.test\n');
    expect(await importRegistry(db, 'sites', first.rows, ctx)).toEqual({ added: 1, updated: 0 });
    const second = parseRegistryCsv('sites', '网站名称,网站标识码,网址,主办单位\n青山县人民政府（新）,3607990001,www.qsx.gov.test,县政府办\n');
    expect(await importRegistry(db, 'sites', second.rows, ctx)).toEqual({ added: 0, updated: 1 });
    const sites = await db.sites.toArray();
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatchObject({ name: '青山县人民政府（新）', sponsor: '县政府办', origins: ['http://www.qsx.gov.test'] });

    const cols = parseRegistryCsv('columns', '网站标识码,栏目名称,栏目地址,栏目路径,责任部门,栏目类别\n3607990001,工作动态,http://www.qsx.gov.test/xwzx/gzdt/,首页>新闻中心>工作动态,县政府办,动态\n');
    await importRegistry(db, 'columns', cols.rows, ctx);
    const table = registryTable('columns', await db.columns.toArray(), new Map(sites.map((s) => [s.id, s.siteIdCode ?? ''])));
    expect(table[1]).toEqual(['3607990001', '工作动态', 'http://www.qsx.gov.test/xwzx/gzdt/', '首页>新闻中心>工作动态', '县政府办', '动态']);
    expect(parseRegistryCsv('columns', tableToCsv(table)).rows[0]!.values).toEqual(cols.rows[0]!.values);
    const again = await parseRegistryXlsx('columns', await tableToXlsx('columns', table));
    expect(again.errors).toEqual([]);
    expect(again.rows[0]!.values).toEqual(cols.rows[0]!.values);
  });

  it('rolls the whole import back when one record fails to store', async () => {
    const db = new InspectorDB(crypto.randomUUID());
    const rows = parseRegistryCsv('letters', '单位,超期次数,季度\n州交通运输局,3,2021Q1\n建水县,1,2021Q1\n').rows;
    rows[1]!.values.count = -5; // as if corrupted after validation: the record schema rejects it inside the transaction
    await expect(importRegistry(db, 'letters', rows, ctx)).rejects.toThrow();
    expect(await db.letters.count()).toBe(0);
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8 and falls back to GBK (Excel on Chinese Windows)', async () => {
    const { decodeCsvBytes } = await import('@/lib/registries/parse-csv');
    expect(decodeCsvBytes(new TextEncoder().encode('单位,超期次数').buffer as ArrayBuffer)).toBe('单位,超期次数');
    // "单位" in GBK
    expect(decodeCsvBytes(new Uint8Array([0xb5, 0xa5, 0xce, 0xbb]).buffer)).toBe('单位');
  });
});
