import { policyOf } from '../../http/policy.ts';

export const bulletinsPolicy = policyOf('bulletin.list', 'bulletin.readDraft', 'bulletin.draft', 'bulletin.publish');
