import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '@/lib/cli/report';
import { docxText } from './office-text';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run report', () => {
  it('writes report.docx, report.xlsx, report.html and the CSVs from a bundle', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['tests/fixtures/honghe-2021q1.bundle.json', '--quarter', '2021Q1', '--out', dir])).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['attachment1.csv', 'attachment2.csv', 'attachment3.csv', 'attachment4.csv', 'report.docx', 'report.html', 'report.xlsx', 'summary.csv']);
    expect(docxText(new Uint8Array(readFileSync(path.join(dir, 'report.docx')))).paragraphs.join('')).toContain('合格率78.6%');
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('总体合格率95.06%');
  });

  it('fails with a Chinese message and exit code 1 on bad input', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    writeFileSync(path.join(dir, 'bad.json'), '{"format":"something-else","version":1}');
    expect(await main([path.join(dir, 'bad.json'), '--out', dir])).toBe(1);
    expect(String(err.mock.calls[0]![0])).toContain('不是巡检助手问题包');
    expect(await main(['tests/fixtures/honghe-2021q1.bundle.json'])).toBe(1);
    expect(await main(['tests/fixtures/honghe-2021q1.bundle.json', '--quarter', '2021-1', '--out', dir])).toBe(1);
    expect(await main([path.join(dir, 'missing.json'), '--out', dir])).toBe(1);
  });
});
