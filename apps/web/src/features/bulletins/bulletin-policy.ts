import type { Role } from '@zhaoshang/shared';

/** The office drafts, redrafts, annotates and publishes bulletins. */
export const canDraftBulletins = (role: Role) => role === 'office';

/** Office and leaders read drafts too; units see published bulletins only. */
export const canReadDrafts = (role: Role) => role === 'office' || role === 'leader';
