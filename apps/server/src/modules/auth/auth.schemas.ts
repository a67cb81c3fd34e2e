import { ROLES, UNIT_KINDS } from '@zhaoshang/shared';
import { z } from 'zod';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const meSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unit: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(UNIT_KINDS) }),
  mustChangePassword: z.boolean(),
  passwordChangeReason: z.enum(['first_login', 'expired']).nullable(),
});

export const sessionResponse = z.object({ user: meSchema, csrfToken: z.string() });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
