import { randomBytes } from 'node:crypto';
import type { UnitKind } from '@zhaoshang/shared';
import type { Database } from '../../db/client.ts';
import type { RequestContext } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findUnitByName, insertUnitsBulk } from './units.repository.ts';
import { insertUser, usernameTaken } from './users.repository.ts';

/**
 * 澜江市 — a fictional Jiangsu prefecture-level city organised like the seed's "1+6+8"
 * system. Division codes use the unassigned 3299xx range so they can never be mistaken
 * for a real place.
 */
export const DEMO_CITY = '澜江市';
const GROUP = `${DEMO_CITY}招商引资工作领导小组`;
export const DEMO_OFFICE = `${DEMO_CITY}招商引资工作领导小组办公室`;

type DemoUnit = { name: string; kind: UnitKind; parentName: string | null; divisionCode: string | null };

const bureau = (city: string): DemoUnit => ({
  name: `${DEMO_CITY}驻${city}招商局`,
  kind: 'resident_bureau',
  parentName: DEMO_OFFICE,
  divisionCode: null,
});
const centre = (dept: string): DemoUnit => ({
  name: `${dept}招商服务中心`,
  kind: 'service_center',
  parentName: DEMO_OFFICE,
  divisionCode: null,
});

export const DEMO_UNITS: DemoUnit[] = [
  { name: GROUP, kind: 'leading_group', parentName: null, divisionCode: null },
  { name: DEMO_OFFICE, kind: 'office', parentName: GROUP, divisionCode: null },
  ...['北京', '上海', '深圳', '西安', '武汉', '重庆'].map(bureau),
  ...[
    '市商务局',
    '市发展改革委',
    '市工业和信息化局',
    '市科技局',
    '市农业农村局',
    '市市场监管局',
    '市台办',
    '市外办',
  ].map(centre),
  { name: '澜城区', kind: 'county', parentName: null, divisionCode: '329902' },
  { name: '江北区', kind: 'county', parentName: null, divisionCode: '329903' },
  { name: '云台县', kind: 'county', parentName: null, divisionCode: '329921' },
  { name: '白鹭县', kind: 'county', parentName: null, divisionCode: '329922' },
  { name: '青禾县', kind: 'county', parentName: null, divisionCode: '329923' },
  { name: '澜江经济技术开发区', kind: 'function_zone', parentName: null, divisionCode: null },
  { name: '澜江高新技术产业开发区', kind: 'function_zone', parentName: null, divisionCode: null },
  { name: '湖滨新区', kind: 'function_zone', parentName: '澜城区', divisionCode: null },
  { name: `${DEMO_CITY}发展和改革委员会`, kind: 'department', parentName: null, divisionCode: null },
  { name: `${DEMO_CITY}工业和信息化局`, kind: 'department', parentName: null, divisionCode: null },
];

/** A password that meets the policy: 16 characters from all four classes. */
export function generatePassword(): string {
  const body = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${body.slice(0, 6)}A7#${body.slice(6, 12)}k`;
}

export type DemoResult = { unitsCreated: number; accounts: { username: string; password: string; role: string }[] };

/**
 * Loads the demo city; idempotent: units and accounts that exist are left as they are.
 * The admin and auditor passwords are printed once and must be changed at first login.
 */
export async function loadDemoCity(
  database: Database,
  ctx: RequestContext,
  passwords: { admin?: string; auditor?: string },
  people: [username: string, displayName: string, role: string, unit: string][] = [],
): Promise<DemoResult> {
  const wanted: { username: string; displayName: string; role: string; password: string; unit?: string }[] = [
    { username: 'admin', displayName: '系统管理员', role: 'admin', password: passwords.admin ?? generatePassword() },
    {
      username: 'auditor',
      displayName: '安全审计员',
      role: 'auditor',
      password: passwords.auditor ?? generatePassword(),
    },
    ...people.map(([username, displayName, role, unit]) => ({
      username,
      displayName,
      role,
      unit,
      password: generatePassword(),
    })),
  ];
  const hashes = await Promise.all(wanted.map((a) => hashPassword(a.password)));
  return database.db.transaction(async (tx) => {
    const unitsCreated = await insertUnitsBulk(tx, DEMO_UNITS);
    const office = (await findUnitByName(tx, DEMO_OFFICE))!;
    const homeOf = async (a: { unit?: string }) => (a.unit ? (await findUnitByName(tx, a.unit))!.id : office.id);
    const accounts: DemoResult['accounts'] = [];
    for (const [i, a] of wanted.entries()) {
      if (await usernameTaken(tx, a.username)) continue;
      await insertUser(tx, {
        username: a.username,
        displayName: a.displayName,
        passwordHash: hashes[i]!,
        role: a.role,
        homeUnitId: await homeOf(a),
        mustChangePassword: true,
      });
      accounts.push({ username: a.username, password: a.password, role: a.role });
    }
    if (unitsCreated || accounts.length) {
      await recordAudit(tx, ctx, {
        action: 'demo.load',
        entityType: 'organisation',
        after: { city: DEMO_CITY, unitsCreated, accounts: accounts.map((a) => a.username) },
      });
    }
    return { unitsCreated, accounts };
  });
}
