import { policyOf } from '../../http/policy.ts';

export const qualityGatePolicy = policyOf('gate.read', 'gate.criteria', 'gate.decide');
