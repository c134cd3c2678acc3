import { Injectable } from '@nestjs/common';
import { PlatformDb, Tenant } from '@tsunagu/platform/database';
import { AuditTrail } from '@tsunagu/platform/audit';
import { Membership } from './membership.entity';
import { hashPassword } from './passwords';
import { normalizeEmail } from './auth.service';
import type { PlatformRole, TenantRole } from '@tsunagu/platform/permissions';
import { User } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  platformRoles?: PlatformRole[];
}

/** Accounts and memberships. Platform path. */
@Injectable()
export class UsersService {
  constructor(
    private readonly platformDb: PlatformDb,
    private readonly audit: AuditTrail,
  ) {}

  async createUser(input: NewUser): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.platformDb.run('accounts: create a user', async (em) => {
      const user = em.create(User, {
        email: normalizeEmail(input.email),
        displayName: input.displayName,
        passwordHash,
        platformRoles: input.platformRoles ?? [],
      });
      await em.flush();
      return user;
    });
  }

  /**
   * The platform's own grant of a membership (the demo seed, tests): no invitation and no second
   * approval, recorded in the tenant's audit chain as such with `purpose`. For PARTNER_USER,
   * `partnerOrganizationId` binds the membership to that organisation (required for it to count).
   */
  async addMembership(
    userId: string,
    tenantId: string,
    role: TenantRole,
    partnerOrganizationId?: string,
    purpose = 'platform: a membership added directly',
  ): Promise<Membership> {
    return this.platformDb.run('accounts: add a membership', async (em) => {
      const membership = em.create(Membership, {
        user: em.getReference(User, userId),
        tenant: em.getReference(Tenant, tenantId),
        role,
        partnerOrganizationId: partnerOrganizationId ?? null,
      });
      await em.flush();
      await this.audit.recordOnPlatformPath(
        em,
        tenantId,
        'membership.granted',
        { type: 'membership', id: membership.id },
        { role, user: userId, grantedBy: 'platform', purpose },
      );
      return membership;
    });
  }

  async findByEmail(email: string): Promise<User | null> {
    return this.platformDb.run('accounts: find a user by email', (em) =>
      em.findOne(User, { email: normalizeEmail(email) }),
    );
  }
}
