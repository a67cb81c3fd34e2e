import { policyOf } from '../../http/policy.ts';

export const rotationsPolicy = policyOf('rotation.read', 'rotation.manage', 'rotation.handover');
