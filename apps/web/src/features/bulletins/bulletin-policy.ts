import type { Role } from '@zhaoshang/shared';
import { may } from '../../components/policy.ts';

/** The office drafts, redrafts, annotates and publishes bulletins. */
export const canDraftBulletins = (role: Role) => may({ role }, 'bulletin.draft');

/** Office and leaders read drafts too; units see published bulletins only. */
export const canReadDrafts = (role: Role) => may({ role }, 'bulletin.readDraft');
