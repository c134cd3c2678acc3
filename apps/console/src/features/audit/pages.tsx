import { useShell } from '../shell/useShell';
import { usePlatformShell } from '../platform/PlatformShell';
import { AuditTrail } from './AuditTrail';

/** The tenant's audit trail, for its admins (`/$tenant/audit`). */
export function TenantAuditPage() {
  const { tenant, can } = useShell();
  return <AuditTrail scope="tenant" timeZone={tenant.timezone} canExport={can('tenant:audit:export')} />;
}

/** The platform's own trail, for the platform admin (`/platform/audit`). */
export function PlatformAuditPage() {
  const { can } = usePlatformShell();
  return <AuditTrail scope="platform" timeZone="Asia/Tokyo" canExport={can('platform:audit:export')} />;
}
