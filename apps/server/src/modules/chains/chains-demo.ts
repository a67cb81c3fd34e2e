import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import { tableOf } from '../../spreadsheet/read-table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findActiveUnitNames } from '../org/units.repository.ts';
import { findChains, replaceDesignations } from './chains.repository.ts';
import { importChains } from './chains-import.ts';

/**
 * The demo city's chain map (fictional, shaped on the seed's "20 chains, 6+3+X"): six leading
 * chains, three emerging, eleven more; each with an upstream, midstream and downstream segment,
 * a responsible unit and the counties designated to host it. Idempotent.
 */
const LEADING = '六大主导产业';
const EMERGING = '三大新兴产业';
const OTHER = 'X 特色产业';

const CHAINS: [group: string, chain: string, up: string, mid: string, down: string, expert: string, hosts: string[]][] =
  [
    [LEADING, '高端纺织', '化纤原料', '纺纱织造', '品牌服装与家纺', '王建国', ['澜城区', '澜江经济技术开发区']],
    [LEADING, '机电装备', '基础零部件', '整机制造', '运维服务', '李卫东', ['江北区', '澜江经济技术开发区']],
    [LEADING, '绿色食品', '种养基地', '精深加工', '冷链与品牌', '张秀兰', ['白鹭县']],
    [LEADING, '新材料', '基础化工原料', '高性能材料', '材料应用', '陈志强', ['澜江高新技术产业开发区']],
    [LEADING, '新能源', '电池材料', '电池与组件', '储能与应用', '刘海涛', ['云台县', '澜江高新技术产业开发区']],
    [LEADING, '电子信息', '电子元器件', '整机与模组', '软件与信息服务', '赵明', ['青禾县']],
    [EMERGING, '生物医药', '原料药', '制剂与器械', '医药流通', '孙丽', ['澜江高新技术产业开发区']],
    [EMERGING, '数字经济', '数据基础设施', '平台与算法', '数字化应用', '周斌', ['湖滨新区']],
    [EMERGING, '节能环保', '环保材料', '节能装备', '环境服务', '吴敏', ['江北区']],
    [OTHER, '现代物流', '物流园区', '多式联运', '供应链服务', '郑伟', ['澜城区']],
    [OTHER, '文化旅游', '文旅资源', '景区运营', '文创消费', '冯洁', ['湖滨新区']],
    [OTHER, '现代农业', '种业', '设施农业', '农产品电商', '何平', ['白鹭县', '云台县']],
    [OTHER, '电子商务', '货源基地', '电商平台', '直播与快递', '许静', ['青禾县']],
    [OTHER, '健康养老', '康养资源', '医养结合', '养老服务', '高峰', ['湖滨新区']],
    [OTHER, '汽车零部件', '铸锻件', '总成部件', '售后市场', '马超', ['江北区']],
    [OTHER, '集成电路', '材料与设备', '设计与制造', '封装测试', '罗晨', ['澜江高新技术产业开发区']],
    [OTHER, '智能家居', '智能模组', '家居整机', '全屋方案', '梁宇', ['澜城区']],
    [OTHER, '光伏', '硅料硅片', '电池片与组件', '光伏电站', '宋涛', ['云台县']],
    [OTHER, '氢能', '制氢', '储运与加注', '燃料电池应用', '唐磊', ['澜江经济技术开发区']],
    [OTHER, '航空航天', '航空材料', '部件制造', '通航运营', '韩冰', ['澜江经济技术开发区']],
  ];

/** Each chain's designated host units: where a project of that chain fits the industry positioning. */
export const DEMO_CHAIN_HOSTS: Record<string, string[]> = Object.fromEntries(
  CHAINS.map(([, chain, , , , , hosts]) => [chain, hosts]),
);

const HEADERS = ['产业链分组', '产业链', '环节', '上中下游', '首席专家', '智库单位', '责任单位'];

export type DemoChainsResult = { chains: number; segments: number; designations: number };

/** Loads the demo chain map into a city that has the demo units (loadDemoCity); safe to run again. */
export async function loadChainsDemo(database: Database, ctx: RequestContext): Promise<DemoChainsResult> {
  const units = new Set((await findActiveUnitNames(database.db)).map((u) => u.name));
  const rows = CHAINS.flatMap(([group, chain, up, mid, down, expert, hosts]) =>
    (
      [
        [up, '上游'],
        [mid, '中游'],
        [down, '下游'],
      ] as const
    ).map(([segment, stream]) => [
      group,
      chain,
      segment,
      stream,
      expert,
      `${chain}产业研究院`,
      units.has(hosts[0]!) ? hosts[0]! : '',
    ]),
  );
  const report = await importChains(database, ctx, tableOf(HEADERS, rows), { dryRun: false, fileName: 'demo-chains' });
  if (report.errors.length) throw new AppError('INTERNAL', { errors: report.errors });
  const unitIds = new Map((await findActiveUnitNames(database.db)).map((u) => [u.name, u.id]));
  const chains = new Map((await findChains(database.db)).map((c) => [c.name, c.id]));
  let designations = 0;
  await database.db.transaction(async (tx) => {
    for (const [, chain, , , , , hosts] of CHAINS) {
      const ids = hosts.map((h) => unitIds.get(h)).filter((id): id is number => id !== undefined);
      await replaceDesignations(tx, chains.get(chain)!, ids, null);
      designations += ids.length;
    }
    await recordAudit(tx, ctx, { action: 'chain.designate', entityType: 'chain', after: { demo: true, designations } });
  });
  return { chains: CHAINS.length, segments: rows.length, designations };
}
