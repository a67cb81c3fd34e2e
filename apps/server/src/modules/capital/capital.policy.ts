import { policyOf } from '../../http/policy.ts';

export const capitalPolicy = policyOf('capital.read', 'capital.record', 'capital.import');
