import { isCalendarDate, ROLES, UNIT_KINDS } from '@zhaoshang/shared';
import { z } from 'zod';
import { messageKey } from '../../http/validation.ts';

const name = z.string().trim().min(1).max(100);
const id = z.coerce.number().int().positive();
const date = z.string().refine(isCalendarDate, messageKey('validation.date'));
const ref = z.object({ id: z.number().int(), name: z.string() });

export const idParams = z.strictObject({ id });

export const unitSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().nullable(),
  divisionCode: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  userCount: z.number().int(),
});

export const listUnitsQuery = z.strictObject({ includeInactive: z.enum(['true', 'false']).optional() });
export const divisionCode = z.string().regex(/^\d{6}(\d{6})?$/, messageKey('org.divisionCode'));

export const createUnitBody = z.strictObject({
  name,
  kind: z.enum(UNIT_KINDS),
  parentId: z.number().int().positive().nullable().optional(),
  divisionCode: divisionCode.nullable().optional(),
});

export const updateUnitBody = createUnitBody
  .partial()
  .extend({ version: z.number().int().positive(), active: z.boolean().optional() })
  .strict();

export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  homeUnit: ref,
  unit: ref,
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

export const listUsersQuery = z.strictObject({
  q: z.string().max(100).optional(),
  unitId: id.optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(['active', 'disabled', 'locked']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['username', '-username', 'lastLoginAt', '-lastLoginAt', 'createdAt', '-createdAt']).default('username'),
});

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, messageKey('org.username'));

export const createUserBody = z.strictObject({
  username,
  displayName: name,
  password: z.string().min(1).max(256),
  role: z.enum(ROLES),
  unitId: z.number().int().positive(),
});

export const updateUserBody = z.strictObject({
  version: z.number().int().positive(),
  displayName: name.optional(),
  role: z.enum(ROLES).optional(),
  unitId: z.number().int().positive().optional(),
  disabled: z.boolean().optional(),
});

export const resetPasswordBody = z.strictObject({ password: z.string().min(1).max(256) });

export const secondmentSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  fromUnit: ref,
  toUnit: ref,
  startDate: z.string(),
  endDate: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

export const createSecondmentBody = z.strictObject({
  toUnitId: z.number().int().positive(),
  startDate: date,
  endDate: date,
  note: z.string().max(500).nullable().optional(),
});
