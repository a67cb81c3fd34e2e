import { policyOf } from '../../http/policy.ts';

export const chainsPolicy = policyOf('chain.read', 'chain.manage', 'chain.placeCompany');
