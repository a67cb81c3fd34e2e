import { definePolicy } from '../../http/policy.ts';

export const bulletinsPolicy = definePolicy({
  'bulletin.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'bulletin.readDraft': ['office', 'leader'],
  'bulletin.draft': ['office'],
  'bulletin.publish': ['office'],
});
