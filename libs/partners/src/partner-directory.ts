import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TenantDb } from '@tsunagu/platform/database';
import { PartnerContact, PartnerOrganization, PartnerService } from './partner.entities';

/**
 * What other domains (referrals) may ask of the directory, in their own tenant transaction (`em`),
 * without reaching its entities.
 */
@Injectable()
export class PartnerDirectory {
  constructor(private readonly tenantDb: TenantDb) {}

  /** The organisation of the current tenant with this id, or null. */
  async organization(em: EntityManager, id: string): Promise<{ id: string; name: string } | null> {
    const organization = await em.findOne(PartnerOrganization, { id, tenant: this.tenantDb.tenantId });
    return organization ? { id: organization.id, name: organization.name } : null;
  }

  /** The service of the current tenant with this id, with its organisation, or null. */
  async service(em: EntityManager, id: string): Promise<{ id: string; organizationId: string } | null> {
    const service = await em.findOne(PartnerService, { id, tenant: this.tenantDb.tenantId });
    return service ? { id: service.id, organizationId: service.organization.id } : null;
  }

  /** Where to write to an organisation: its contacts' addresses and its own, each once (case-insensitive). */
  async contactEmails(em: EntityManager, organizationId: string): Promise<string[]> {
    const tenantId = this.tenantDb.tenantId;
    const organization = await em.findOne(PartnerOrganization, { id: organizationId, tenant: tenantId });
    if (!organization) return [];
    const contacts = await em.find(
      PartnerContact,
      { organization: organizationId, tenant: tenantId, email: { $ne: null } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    const seen = new Set<string>();
    const emails: string[] = [];
    for (const email of [...contacts.map((c) => c.email), organization.email]) {
      if (!email || seen.has(email.toLowerCase())) continue;
      seen.add(email.toLowerCase());
      emails.push(email);
    }
    return emails;
  }
}
