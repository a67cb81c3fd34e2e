import type { Role, UnitKind } from '@zhaoshang/shared';

export type Unit = {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  divisionCode: string | null;
  active: boolean;
  version: number;
  userCount: number;
};

export type UnitInput = { name: string; kind: UnitKind; parentId?: number | null; divisionCode?: string | null };

export type UnitPatch = Partial<UnitInput> & { version: number; active?: boolean };

export type UnitRef = { id: number; name: string };

export type User = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The unit the user belongs to. */
  homeUnit: UnitRef;
  /** Where the user works today: differs from homeUnit during a secondment. */
  unit: UnitRef;
  disabled: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
};

export type UserStatus = 'active' | 'disabled' | 'locked';

export const USER_STATUSES: readonly UserStatus[] = ['active', 'disabled', 'locked'];

export type UserSort = 'username' | '-username' | 'lastLoginAt' | '-lastLoginAt' | 'createdAt' | '-createdAt';

export type UserListParams = {
  q?: string;
  unitId?: number;
  role?: Role;
  status?: UserStatus;
  page: number;
  pageSize: number;
  sort?: UserSort;
};

export type UserInput = { username: string; displayName: string; password: string; role: Role; unitId: number };

export type UserPatch = { version: number; displayName?: string; role?: Role; unitId?: number; disabled?: boolean };

export type Secondment = {
  id: number;
  userId: number;
  fromUnit: UnitRef;
  toUnit: UnitRef;
  startDate: string;
  endDate: string;
  note: string | null;
  createdAt: string;
};

export type SecondmentInput = { toUnitId: number; startDate: string; endDate: string; note?: string };

export type Paged<T> = { items: T[]; total: number };
