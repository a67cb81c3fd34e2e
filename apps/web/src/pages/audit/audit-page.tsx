import { AuditLog } from '../../features/audit/components/audit-log.tsx';

export function AuditPage() {
  return <AuditLog />;
}
