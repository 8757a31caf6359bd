import type { SiteVerdict } from '@/lib/rules/verdict';

/** Per-site verdicts behind the report: 合格/不合格, the rule text that failed it (id and version), counters, 预警. */
export function VerdictList({ verdicts }: { verdicts: SiteVerdict[] }) {
  return (
    <table data-testid="site-verdicts">
      <thead>
        <tr><th>网站</th><th>网站标识码</th><th>结论</th><th>否决依据</th><th>C1/C2/C3</th><th>预警</th></tr>
      </thead>
      <tbody>
        {verdicts.map((v) => (
          <tr key={v.siteId}>
            <td>{v.siteName}</td>
            <td>{v.siteIdCode ?? ''}</td>
            <td className={v.passed ? '' : 'missing'}>{v.passed ? '合格' : '不合格'}</td>
            <td>{v.vetoes.map((h) => `${h.ruleText}（${h.ruleId} · ${h.ruleSetVersion}）`).join('；')}</td>
            <td>{`${v.counters.combinedStale}/${v.counters.shouldUpdate}/${v.counters.blank}`}</td>
            <td>{v.warnings.map((w) => w.text).join('；')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
