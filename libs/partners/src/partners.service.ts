import { randomUUID } from 'node:crypto';
import { ref } from '@mikro-orm/core';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { connectionFromRows, decodeCursor, encodeCursor, isUuid, type Connection } from '@tsunagu/platform/graphql';
import { OnboardingChecks } from '@tsunagu/tenants';
import type {
  CreatePartnerContactInput,
  CreatePartnerLocationInput,
  CreatePartnerOrganizationInput,
  CreatePartnerServiceInput,
  PartnerAddressInput,
  PartnerOrganizationFilter,
  PhoneInput,
  UpdatePartnerContactInput,
  UpdatePartnerLocationInput,
  UpdatePartnerOrganizationInput,
  UpdatePartnerServiceInput,
} from './dto/partner.inputs';
import {
  loadDirectory,
  toContactModel,
  toLocationModel,
  toOrganizationModel,
  toServiceModel,
  type DirectoryEntry,
} from './directory.loader';
import {
  PartnerContact,
  PartnerLocation,
  PartnerLocationType,
  PartnerOrganization,
  PartnerService,
  PartnerServiceAtLocation,
  PartnerServiceCategory,
  PartnerServiceStatus,
  type PartnerAddress,
  type PartnerPhone,
} from './partner.entities';
import type {
  PartnerContactModel,
  PartnerLocationModel,
  PartnerOrganizationModel,
  PartnerServiceModel,
} from './partner.models';
import { ServiceCategoriesService } from './service-categories.service';
import { likePattern, matchKey, optionalText, requiredText } from './text';

const NAME_MAX = 200;

/** A keyset position in the list: names in code point order (`collate "C"`, alike in both databases), then id. */
interface Position {
  name: string;
  id: string;
}
const parsePosition = (value: unknown): Position | undefined => {
  const v = value as Partial<Position> | null;
  return typeof v?.name === 'string' && typeof v.id === 'string' && isUuid(v.id)
    ? { name: v.name, id: v.id }
    : undefined;
};

/**
 * The tenant's partner directory: organisations, services, locations and contacts. Every edit is
 * audited; bad input is refused before anything is written (and the request's transaction is
 * rolled back on any error).
 */
@Injectable()
export class PartnersService implements OnModuleInit {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly categories: ServiceCategoriesService,
    private readonly onboarding: OnboardingChecks,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      item: 'partners',
      isComplete: async (em, tenantId) =>
        (await em.count(PartnerService, { tenant: tenantId, status: PartnerServiceStatus.ACTIVE })) > 0,
    });
  }

  /**
   * The areas the tenant's services cover, each once (areas that match alike, as the `area` filter
   * compares them, count as one, spelt as the first in code point order), in code point order.
   */
  async areas(): Promise<string[]> {
    const rows = await this.tenantDb.em.execute<{ area: string }[]>(
      `select area from (
         select min(a collate "C") as area
         from partner_service s cross join unnest(s.service_areas) a
         where s.tenant_id = ?
         group by lower(normalize(a, NFKC))
       ) areas order by area collate "C"`,
      [this.tenantDb.tenantId],
    );
    return rows.map((row) => row.area);
  }

  async organizations(
    filter: PartnerOrganizationFilter | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<Connection<PartnerOrganizationModel>> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const where: string[] = ['o.tenant_id = ?'];
    const params: unknown[] = [tenantId];
    if (filter?.search) {
      // Both sides NFKC-normalised: full-width ＤＶ finds DV.
      const pattern = likePattern(filter.search.normalize('NFKC').trim());
      where.push(`(normalize(o.name, NFKC) ilike ? escape '!' or exists (
        select 1 from partner_service n where n.organization_id = o.id and normalize(n.name, NFKC) ilike ? escape '!'))`);
      params.push(pattern, pattern);
    }
    // The service conditions hold for one same service: "a service for 3-year-olds in 中央区".
    const service: string[] = [];
    if (filter?.status) {
      service.push('s.status = ?');
      params.push(filter.status);
    }
    if (filter?.age != null) {
      service.push('(s.minimum_age is null or s.minimum_age <= ?) and (s.maximum_age is null or s.maximum_age >= ?)');
      params.push(filter.age, filter.age);
    }
    if (filter?.categoryId) {
      service.push(
        'exists (select 1 from partner_service_category sc where sc.service_id = s.id and sc.category_id = ?)',
      );
      params.push(filter.categoryId);
    }
    if (filter?.area) {
      service.push('exists (select 1 from unnest(s.service_areas) a where lower(normalize(a, NFKC)) = ?)');
      params.push(matchKey(filter.area));
    }
    if (service.length) {
      where.push(
        `exists (select 1 from partner_service s where s.organization_id = o.id and ${service.join(' and ')})`,
      );
    }
    if (after) {
      const position = decodeCursor(after, parsePosition);
      where.push('(o.name collate "C", o.id) > (?::text collate "C", ?::uuid)');
      params.push(position.name, position.id);
    }
    params.push(first + 1);
    const rows = await em.execute<Position[]>(
      `select o.id, o.name from partner_organization o where ${where.join(' and ')}
       order by o.name collate "C", o.id limit ?`,
      params,
    );
    const page = rows.slice(0, first).map((r) => r.id);
    const organizations = page.length
      ? await em.find(PartnerOrganization, { tenant: tenantId, id: { $in: page } })
      : [];
    const entries = new Map(
      (await loadDirectory(em, tenantId, organizations)).map((entry) => [entry.organization.id, entry]),
    );
    return connectionFromRows(
      rows,
      first,
      (row) => encodeCursor({ name: row.name, id: row.id }),
      (row) => toOrganizationModel(entries.get(row.id) as DirectoryEntry),
    );
  }

  async organization(id: string): Promise<PartnerOrganizationModel> {
    const [entry] = await loadDirectory(this.tenantDb.em, this.tenantDb.tenantId, [await this.findOrganization(id)]);
    return toOrganizationModel(entry);
  }

  async createOrganization(input: CreatePartnerOrganizationInput): Promise<PartnerOrganizationModel> {
    const em = this.tenantDb.em;
    const organization = em.create(PartnerOrganization, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      name: requiredText(input.name, 'name', NAME_MAX),
      description: optionalText(input.description),
      email: optionalText(input.email),
      website: optionalText(input.website),
      phones: phonesOf(input.phones),
    });
    await em.flush();
    await this.audit.record(
      'partner_organization.created',
      { type: 'partner_organization', id: organization.id },
      { name: organization.name },
    );
    return this.organization(organization.id);
  }

  async updateOrganization(input: UpdatePartnerOrganizationInput): Promise<PartnerOrganizationModel> {
    const organization = await this.findOrganization(input.id);
    if (input.name !== undefined) organization.name = requiredText(input.name, 'name', NAME_MAX);
    if (input.description !== undefined) organization.description = optionalText(input.description);
    if (input.email !== undefined) organization.email = optionalText(input.email);
    if (input.website !== undefined) organization.website = optionalText(input.website);
    if (input.phones !== undefined) organization.phones = phonesOf(input.phones);
    await this.tenantDb.em.flush();
    await this.audit.record(
      'partner_organization.updated',
      { type: 'partner_organization', id: organization.id },
      { fields: changedFields(input) },
    );
    return this.organization(organization.id);
  }

  async createService(input: CreatePartnerServiceInput): Promise<PartnerServiceModel> {
    const em = this.tenantDb.em;
    const organization = await this.findOrganization(input.organizationId);
    checkAges(input.minimumAge ?? null, input.maximumAge ?? null);
    const categories = await this.checkedCategories(input.categoryIds ?? []);
    const locations = await this.checkedLocations(organization.id, input.locationIds ?? []);
    const service = em.create(PartnerService, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      organization,
      name: requiredText(input.name, 'name', NAME_MAX),
      status: input.status ?? PartnerServiceStatus.ACTIVE,
      ...serviceDetails(input),
    });
    this.link(service, categories, locations);
    await em.flush();
    await this.audit.record(
      'partner_service.created',
      { type: 'partner_service', id: service.id },
      { organizationId: organization.id, name: service.name },
    );
    return this.serviceModel(service);
  }

  async updateService(input: UpdatePartnerServiceInput): Promise<PartnerServiceModel> {
    const em = this.tenantDb.em;
    const service = await em.findOne(PartnerService, { id: input.id, tenant: this.tenantDb.tenantId });
    if (!service) throw new NotFoundError('PARTNER_SERVICE_NOT_FOUND', 'No such partner service');
    const minimumAge = input.minimumAge !== undefined ? input.minimumAge : (service.minimumAge ?? null);
    const maximumAge = input.maximumAge !== undefined ? input.maximumAge : (service.maximumAge ?? null);
    checkAges(minimumAge, maximumAge);
    const categories = input.categoryIds !== undefined ? await this.checkedCategories(input.categoryIds ?? []) : null;
    const locations =
      input.locationIds !== undefined
        ? await this.checkedLocations(service.organization.id, input.locationIds ?? [])
        : null;
    if (input.name !== undefined) service.name = requiredText(input.name, 'name', NAME_MAX);
    if (input.status !== undefined) {
      if (input.status === null)
        throw new BadUserInputError([{ field: 'status', messages: ['status cannot be null'] }]);
      service.status = input.status;
    }
    Object.assign(service, serviceDetails(input));
    if (categories) await em.nativeDelete(PartnerServiceCategory, { service: service.id });
    if (locations) await em.nativeDelete(PartnerServiceAtLocation, { service: service.id });
    this.link(service, categories, locations);
    await em.flush();
    await this.audit.record(
      'partner_service.updated',
      { type: 'partner_service', id: service.id },
      { fields: changedFields(input) },
    );
    return this.serviceModel(service);
  }

  async createLocation(input: CreatePartnerLocationInput): Promise<PartnerLocationModel> {
    const em = this.tenantDb.em;
    const organization = await this.findOrganization(input.organizationId);
    const location = em.create(PartnerLocation, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      organization,
      type: input.type,
      name: optionalText(input.name),
      description: optionalText(input.description),
      url: optionalText(input.url),
      address: input.address ? addressOf(input.address) : null,
    });
    checkLocation(location);
    await em.flush();
    await this.audit.record(
      'partner_location.created',
      { type: 'partner_location', id: location.id },
      { organizationId: organization.id },
    );
    return toLocationModel(location);
  }

  async updateLocation(input: UpdatePartnerLocationInput): Promise<PartnerLocationModel> {
    const em = this.tenantDb.em;
    const location = await em.findOne(PartnerLocation, { id: input.id, tenant: this.tenantDb.tenantId });
    if (!location) throw new NotFoundError('PARTNER_LOCATION_NOT_FOUND', 'No such partner location');
    if (input.type !== undefined) {
      if (input.type === null) throw new BadUserInputError([{ field: 'type', messages: ['type cannot be null'] }]);
      location.type = input.type;
    }
    if (input.name !== undefined) location.name = optionalText(input.name);
    if (input.description !== undefined) location.description = optionalText(input.description);
    if (input.url !== undefined) location.url = optionalText(input.url);
    if (input.address !== undefined) location.address = input.address ? addressOf(input.address) : null;
    checkLocation(location);
    await em.flush();
    await this.audit.record(
      'partner_location.updated',
      { type: 'partner_location', id: location.id },
      { fields: changedFields(input) },
    );
    return toLocationModel(location);
  }

  async createContact(input: CreatePartnerContactInput): Promise<PartnerContactModel> {
    const em = this.tenantDb.em;
    const organization = await this.findOrganization(input.organizationId);
    const contact = em.create(PartnerContact, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      organization,
      service: input.serviceId ? ref(await this.checkedService(organization.id, input.serviceId)) : null,
      name: optionalText(input.name),
      title: optionalText(input.title),
      department: optionalText(input.department),
      email: optionalText(input.email),
      phones: phonesOf(input.phones),
    });
    checkContact(contact);
    await em.flush();
    await this.audit.record(
      'partner_contact.created',
      { type: 'partner_contact', id: contact.id },
      { organizationId: organization.id },
    );
    return toContactModel(contact);
  }

  async updateContact(input: UpdatePartnerContactInput): Promise<PartnerContactModel> {
    const em = this.tenantDb.em;
    const contact = await em.findOne(PartnerContact, { id: input.id, tenant: this.tenantDb.tenantId });
    if (!contact) throw new NotFoundError('PARTNER_CONTACT_NOT_FOUND', 'No such partner contact');
    if (input.serviceId !== undefined) {
      contact.service = input.serviceId
        ? ref(await this.checkedService(contact.organization.id, input.serviceId))
        : null;
    }
    if (input.name !== undefined) contact.name = optionalText(input.name);
    if (input.title !== undefined) contact.title = optionalText(input.title);
    if (input.department !== undefined) contact.department = optionalText(input.department);
    if (input.email !== undefined) contact.email = optionalText(input.email);
    if (input.phones !== undefined) contact.phones = phonesOf(input.phones);
    checkContact(contact);
    await em.flush();
    await this.audit.record(
      'partner_contact.updated',
      { type: 'partner_contact', id: contact.id },
      { fields: changedFields(input) },
    );
    return toContactModel(contact);
  }

  private async findOrganization(id: string): Promise<PartnerOrganization> {
    const organization = await this.tenantDb.em.findOne(PartnerOrganization, { id, tenant: this.tenantDb.tenantId });
    if (!organization) throw new NotFoundError('PARTNER_ORGANIZATION_NOT_FOUND', 'No such partner organisation');
    return organization;
  }

  private async serviceModel(service: PartnerService): Promise<PartnerServiceModel> {
    const [entry] = await loadDirectory(this.tenantDb.em, this.tenantDb.tenantId, [
      await this.findOrganization(service.organization.id),
    ]);
    const own = entry.services.find((s) => s.service.id === service.id);
    if (!own) throw new Error('the service just written is not in its organisation');
    return toServiceModel(own);
  }

  private async checkedCategories(ids: string[]): Promise<string[]> {
    const { found, unknown } = await this.categories.resolve(ids);
    if (unknown.length) {
      throw new BadUserInputError([
        { field: 'categoryIds', messages: [`not service categories of this tenant: ${unknown.join(', ')}`] },
      ]);
    }
    return found.map((c) => c.id);
  }

  private async checkedLocations(organizationId: string, ids: string[]): Promise<string[]> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return [];
    const found = await this.tenantDb.em.find(PartnerLocation, {
      id: { $in: wanted },
      organization: organizationId,
      tenant: this.tenantDb.tenantId,
    });
    if (found.length !== wanted.length) {
      const known = new Set(found.map((l) => l.id));
      throw new BadUserInputError([
        {
          field: 'locationIds',
          messages: [`not locations of this organisation: ${wanted.filter((id) => !known.has(id)).join(', ')}`],
        },
      ]);
    }
    return wanted;
  }

  private async checkedService(organizationId: string, serviceId: string): Promise<PartnerService> {
    const service = await this.tenantDb.em.findOne(PartnerService, {
      id: serviceId,
      organization: organizationId,
      tenant: this.tenantDb.tenantId,
    });
    if (!service) {
      throw new BadUserInputError([
        { field: 'serviceId', messages: ['serviceId must be a service of this organisation'] },
      ]);
    }
    return service;
  }

  /** Adds the links of a service (after the old ones were deleted, on update). */
  private link(service: PartnerService, categoryIds: string[] | null, locationIds: string[] | null): void {
    const em = this.tenantDb.em;
    const tenant = em.getReference(Tenant, this.tenantDb.tenantId);
    for (const categoryId of categoryIds ?? []) {
      em.create(PartnerServiceCategory, { tenant, service, category: categoryId });
    }
    for (const locationId of locationIds ?? []) {
      em.create(PartnerServiceAtLocation, { tenant, service, location: locationId });
    }
  }
}

export function phonesOf(phones: PhoneInput[] | null | undefined): PartnerPhone[] {
  return (phones ?? []).map((p) => ({
    id: randomUUID(),
    number: p.number.trim(),
    type: p.type ?? null,
    description: optionalText(p.description),
  }));
}

export function addressOf(address: PartnerAddressInput): PartnerAddress {
  return {
    postalCode: address.postalCode.replace(/^(\d{3})(\d{4})$/, '$1-$2'),
    prefecture: requiredText(address.prefecture, 'address.prefecture', 10),
    city: requiredText(address.city, 'address.city', 100),
    addressLine: requiredText(address.addressLine, 'address.addressLine', 200),
  };
}

/** The optional fields of a service that the input sets (left out: unchanged; null: cleared). */
function serviceDetails(input: CreatePartnerServiceInput | UpdatePartnerServiceInput): Partial<PartnerService> {
  const details: Partial<PartnerService> = {};
  if (input.description !== undefined) details.description = optionalText(input.description);
  if (input.eligibilityDescription !== undefined)
    details.eligibilityDescription = optionalText(input.eligibilityDescription);
  if (input.minimumAge !== undefined) details.minimumAge = input.minimumAge;
  if (input.maximumAge !== undefined) details.maximumAge = input.maximumAge;
  if (input.feesDescription !== undefined) details.feesDescription = optionalText(input.feesDescription);
  if (input.languages !== undefined) details.languages = [...new Set(input.languages ?? [])];
  if (input.serviceAreas !== undefined) details.serviceAreas = areasOf(input.serviceAreas ?? []);
  if (input.url !== undefined) details.url = optionalText(input.url);
  if (input.email !== undefined) details.email = optionalText(input.email);
  return details;
}

/** Area names, NFC and trimmed, each once (compared after NFKC). */
export function areasOf(areas: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of areas) {
    const area = requiredText(raw, 'serviceAreas', 50);
    if (seen.has(matchKey(area))) continue;
    seen.add(matchKey(area));
    result.push(area);
  }
  return result;
}

export function checkAges(minimumAge: number | null, maximumAge: number | null): void {
  if (minimumAge !== null && maximumAge !== null && minimumAge > maximumAge) {
    throw new BadUserInputError([{ field: 'maximumAge', messages: ['maximumAge must not be below minimumAge'] }]);
  }
}

export function checkLocation(location: Pick<PartnerLocation, 'type' | 'url'>): void {
  if (location.type === PartnerLocationType.VIRTUAL && !location.url) {
    throw new BadUserInputError([{ field: 'url', messages: ['a virtual location needs a url'] }]);
  }
}

export function checkContact(contact: Pick<PartnerContact, 'name' | 'email' | 'phones'>): void {
  if (!contact.name && !contact.email && contact.phones.length === 0) {
    throw new BadUserInputError([{ field: 'name', messages: ['a contact needs a name, an email or a phone'] }]);
  }
}

/** The fields an update named (its audit detail), without their values. */
function changedFields(input: object): string {
  return Object.keys(input)
    .filter((k) => k !== 'id')
    .sort()
    .join(',');
}
