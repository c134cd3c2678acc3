import { Permission, PERMISSION_SCOPE, ROLE_PERMISSIONS } from '../permissions';
import { PlatformRole, TenantRole } from '../roles';

describe('the permission matrix', () => {
  it('gives every role an entry and every permission a scope', () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual(
      [...Object.values(PlatformRole), ...Object.values(TenantRole)].sort(),
    );
    for (const permission of Object.values(Permission)) expect(PERMISSION_SCOPE[permission]).toBeDefined();
  });

  it('keeps platform permissions with platform roles only', () => {
    const platformPermissions = Object.values(Permission).filter((p) => PERMISSION_SCOPE[p] === 'platform');
    for (const role of Object.values(TenantRole)) {
      expect(ROLE_PERMISSIONS[role].filter((p) => platformPermissions.includes(p))).toEqual([]);
    }
  });

  it('lets only tenant admins change tenant settings', () => {
    const allowed = Object.entries(ROLE_PERMISSIONS)
      .filter(([, permissions]) => permissions.includes(Permission.UpdateTenantSettings))
      .map(([role]) => role);
    expect(allowed).toEqual([TenantRole.TENANT_ADMIN]);
  });
});
