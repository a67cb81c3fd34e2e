import type { Role, UnitKind } from '@zhaoshang/shared';

export type PasswordChangeReason = 'first_login' | 'expired' | null;

/** The signed-in user as /auth/me describes them. */
export type Me = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit: { id: number; name: string; kind: UnitKind };
  mustChangePassword: boolean;
  passwordChangeReason: PasswordChangeReason;
};

export type SessionResponse = { user: Me; csrfToken: string };

export type Credentials = { username: string; password: string };

export type PasswordChange = { currentPassword: string; newPassword: string };
