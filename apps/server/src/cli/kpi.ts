import type { Database } from '../db/client.ts';
import { computeWindowKpi, kpiContractJson } from '../modules/kpi/kpi.service.ts';
import { CliError, cliContext, type Out } from './runtime.ts';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);

/** `kpi --from --to [--json]`: the indicators of contract.md, for the city and every credited unit. */
export async function kpiCommand(
  database: Database,
  from: string | undefined,
  to: string | undefined,
  out: Out,
): Promise<number> {
  if (!from || !to) throw new CliError('缺少参数：zhaoshang kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]');
  const w = { from, to };
  const { result, units } = await computeWindowKpi(database, cliContext('kpi'), w);
  const json = kpiContractJson(w, result, units);
  const line = (label: string, v: (typeof json)['city']) =>
    [
      String(v.signedCount).padStart(6),
      String(v.signedAmountWan).padStart(16),
      ...[v.contractRate, v.registrationRate, v.readyRate, v.fitShareCount, v.fitShareAmount].map((r) =>
        pct(r).padStart(9),
      ),
      `  ${label}`,
    ].join(' ');
  const human = [
    `考核指标 ${from} 至 ${to}（签约日期在此期间的项目；阶段日期截至 ${to}）`,
    [
      '签约数',
      '签约额(万元)'.padStart(13),
      '   合同率',
      '   注册率',
      '达开工条件',
      '定位(个数)',
      '定位(金额)',
      '  单位（角色）',
    ].join(' '),
    line('全市', json.city),
    ...json.units.map((u) => line(`${u.unit}（${u.role === 'host' ? '承载' : '招引'}）`, u)),
    `上年同期（${result.lastYearWindow.from} 至 ${result.lastYearWindow.to}）全市：签约 ${json.city.lastYear.signedCount} 个，合同率 ${pct(json.city.lastYear.contractRate)}，注册率 ${pct(json.city.lastYear.registrationRate)}，达到开工条件率 ${pct(json.city.lastYear.readyRate)}`,
  ];
  out.print(human.join('\n'), json);
  return 0;
}
