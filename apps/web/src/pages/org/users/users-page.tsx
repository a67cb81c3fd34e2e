import { UserList } from '../../../features/org/components/user-list.tsx';

export function UsersPage() {
  return <UserList />;
}
