import { definePolicy } from '../../http/policy.ts';

export const assessmentPolicy = definePolicy({
  'kpi.read': ['office', 'leader'],
  'scheme.manage': ['office'],
  'bulletin.list': ['office', 'leader', 'unit_manager', 'unit_staff'],
  'bulletin.readDraft': ['office', 'leader'],
  'bulletin.draft': ['office'],
  'bulletin.publish': ['office'],
  'foreignCapital.manage': ['office'],
  'dashboard.read': ['office', 'leader'],
});
