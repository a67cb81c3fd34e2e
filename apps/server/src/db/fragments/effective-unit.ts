import { type SQL, sql } from 'drizzle-orm';

// The org, auth and notifications repositories join on it; kept with the schema so that no
// module's repository hands SQL to another's.

/**
 * The unit a person works in today: the unit of a secondment running today (Asia/Shanghai),
 * else their home unit. Computed, not stored, so the change happens on the secondment's dates.
 */
export function effectiveUnitIdSql(userAlias: SQL): SQL {
  return sql`coalesce((select s.to_unit_id from secondments s where s.user_id = ${userAlias}.id
      and s.start_date <= (now() at time zone 'Asia/Shanghai')::date
      and s.end_date >= (now() at time zone 'Asia/Shanghai')::date
      order by s.start_date desc, s.id desc limit 1), ${userAlias}.home_unit_id)`;
}
