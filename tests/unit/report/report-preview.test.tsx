// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPreview } from '@/components/report/ImportPreview';
import { ReportPreview } from '@/components/report/ReportPreview';
import { buildReport } from '@/lib/report/build-report';
import { inputFromBundles } from '@/lib/report/input-from-bundles';
import { loadHonghe } from './honghe';

afterEach(cleanup);

describe('report components', () => {
  it('the preview shows the figures and the attachment rows, rendering page-derived names as text only', () => {
    const input = inputFromBundles([loadHonghe()], '2021Q1');
    const sites = input.sites.map((s) => (s.siteIdCode === '5325010002' ? { ...s, name: '<b id="x">个旧</b>' } : s));
    const { container } = render(<ReportPreview model={buildReport({ ...input, sites })} />);
    expect(screen.getByTestId('report-preview').textContent).toContain('总体合格率95.06%');
    expect(screen.getByTestId('report-attachment-3').querySelectorAll('tbody tr')).toHaveLength(12);
    expect(screen.getByTestId('report-attachment-1').textContent).toContain('<b id="x">个旧</b>');
    expect(container.querySelector('#x')).toBeNull();
  });

  it('the import preview lists counts per table and the conflicts', () => {
    render(<ImportPreview migratedFrom={0} plan={{ tables: { findings: { added: 2, updated: 1, unchanged: 3, conflicts: 1 } }, conflicts: [{ table: 'findings', id: 'f1', label: '个旧市人民政府 空白栏目', reason: '本地记录较新，保留本地版本' }], settings: 'added', missingScreenshots: 1 }} />);
    expect(screen.getByTestId('import-row-findings').textContent).toBe('问题记录2131');
    expect(screen.getByTestId('import-conflicts').textContent).toContain('问题记录「个旧市人民政府 空白栏目」：本地记录较新，保留本地版本');
    expect(screen.getByText('该问题包为第 0 版格式，已自动迁移。')).toBeTruthy();
    expect(screen.getByText('有 1 张截图未包含在文件中，将不导入。')).toBeTruthy();
  });
});
