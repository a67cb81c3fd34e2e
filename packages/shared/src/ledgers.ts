import { labelTable } from './messages/index.ts';

/** Innovation carriers (创新载体): 科技综合体, 孵化器, 众创空间, 众创社区, 星创天地. */
export const CARRIER_KINDS = ['complex', 'incubator', 'maker_space', 'maker_community', 'star_space'] as const;
export type CarrierKind = (typeof CARRIER_KINDS)[number];

/** The level that recognised a carrier. */
export const CARRIER_LEVELS = ['national', 'provincial', 'city'] as const;
export type CarrierLevel = (typeof CARRIER_LEVELS)[number];

export const CARRIER_STATUSES = ['active', 'revoked'] as const;
export type CarrierStatus = (typeof CARRIER_STATUSES)[number];

/** University–industry cooperation (产学研): 校地 (with a unit), 校企 (with a company), other. */
export const IUR_KINDS = ['school_local', 'school_enterprise', 'other'] as const;
export type IurKind = (typeof IUR_KINDS)[number];

export const CARRIER_KIND_LABELS = labelTable('label.carrierKind', CARRIER_KINDS);
export const CARRIER_LEVEL_LABELS = labelTable('label.carrierLevel', CARRIER_LEVELS);
export const CARRIER_STATUS_LABELS = labelTable('label.carrierStatus', CARRIER_STATUSES);
export const IUR_KIND_LABELS = labelTable('label.iurKind', IUR_KINDS);

/** A month as one number (year × 12 + month − 1): capital windows are ranges of it. */
export const monthIndex = (year: number, month: number) => year * 12 + month - 1;
