import type { EntityManager } from '@mikro-orm/postgresql';
import {
  PartnerContact,
  PartnerLocation,
  PartnerService,
  PartnerServiceAtLocation,
  type PartnerOrganization,
  type PartnerPhone,
} from './partner.entities';
import type {
  PartnerContactModel,
  PartnerLocationModel,
  PartnerOrganizationModel,
  PartnerServiceModel,
  PhoneModel,
  ServiceCategoryModel,
} from './partner.models';
import { byDisplayOrder } from './service-categories.service';
import { japaneseOrder } from './text';

/** A service with what is linked to it. */
export interface ServiceEntry {
  service: PartnerService;
  categories: ServiceCategoryModel[];
  locationIds: string[];
}

/** An organisation with everything it owns, as the list, the detail and the HSDS export need it. */
export interface DirectoryEntry {
  organization: PartnerOrganization;
  services: ServiceEntry[];
  locations: PartnerLocation[];
  contacts: PartnerContact[];
}

/**
 * Loads what the organisations own in a fixed number of queries (services, their categories, their
 * locations, the locations, the contacts), whatever the number of organisations: no query per row.
 */
export async function loadDirectory(
  em: EntityManager,
  tenantId: string,
  organizations: PartnerOrganization[],
): Promise<DirectoryEntry[]> {
  if (organizations.length === 0) return [];
  const organizationIds = organizations.map((o) => o.id);
  // One after another: the queries share the request's one transaction connection.
  const services = await em.find(PartnerService, { tenant: tenantId, organization: { $in: organizationIds } });
  const byCreation = { orderBy: { createdAt: 'asc', id: 'asc' } } as const;
  const locations = await em.find(
    PartnerLocation,
    { tenant: tenantId, organization: { $in: organizationIds } },
    byCreation,
  );
  const contacts = await em.find(
    PartnerContact,
    { tenant: tenantId, organization: { $in: organizationIds } },
    byCreation,
  );
  const serviceIds = services.map((s) => s.id);
  const categoryRows = serviceIds.length
    ? await em.execute<{ service_id: string; id: string; name: string; sort_order: number }[]>(
        `select l.service_id, c.id, c.name, c.sort_order from partner_service_category l
         join service_category c on c.id = l.category_id
         where l.tenant_id = ? and l.service_id = any(array[?]::uuid[])`,
        [tenantId, serviceIds],
      )
    : [];
  const atLocations = serviceIds.length
    ? await em.find(PartnerServiceAtLocation, { tenant: tenantId, service: { $in: serviceIds } })
    : [];
  const categoriesOf = groupBy(
    categoryRows.map((r) => ({
      serviceId: r.service_id,
      category: { id: r.id, name: r.name, sortOrder: r.sort_order },
    })),
    (r) => r.serviceId,
  );
  const locationIdsOf = groupBy(atLocations, (l) => l.service.id);
  const servicesOf = groupBy(services, (s) => s.organization.id);
  const locationsOf = groupBy(locations, (l) => l.organization.id);
  const contactsOf = groupBy(contacts, (c) => c.organization.id);
  return organizations.map((organization) => ({
    organization,
    services: (servicesOf.get(organization.id) ?? [])
      .sort((a, b) => japaneseOrder(a.name, b.name) || a.id.localeCompare(b.id))
      .map((service) => ({
        service,
        categories: (categoriesOf.get(service.id) ?? []).map((r) => r.category).sort(byDisplayOrder),
        locationIds: (locationIdsOf.get(service.id) ?? []).map((l) => l.location.id).sort(),
      })),
    locations: locationsOf.get(organization.id) ?? [],
    contacts: contactsOf.get(organization.id) ?? [],
  }));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function toPhoneModels(phones: PartnerPhone[]): PhoneModel[] {
  return phones.map((p) => ({ id: p.id, number: p.number, type: p.type ?? null, description: p.description ?? null }));
}

export function toServiceModel(entry: ServiceEntry): PartnerServiceModel {
  const s = entry.service;
  return {
    id: s.id,
    organizationId: s.organization.id,
    name: s.name,
    description: s.description ?? null,
    status: s.status,
    eligibilityDescription: s.eligibilityDescription ?? null,
    minimumAge: s.minimumAge ?? null,
    maximumAge: s.maximumAge ?? null,
    feesDescription: s.feesDescription ?? null,
    languages: s.languages,
    serviceAreas: s.serviceAreas,
    url: s.url ?? null,
    email: s.email ?? null,
    categories: entry.categories,
    locationIds: entry.locationIds,
  };
}

export function toLocationModel(location: PartnerLocation): PartnerLocationModel {
  return {
    id: location.id,
    organizationId: location.organization.id,
    type: location.type,
    name: location.name ?? null,
    description: location.description ?? null,
    url: location.url ?? null,
    address: location.address ?? null,
  };
}

export function toContactModel(contact: PartnerContact): PartnerContactModel {
  return {
    id: contact.id,
    organizationId: contact.organization.id,
    serviceId: contact.service?.id ?? null,
    name: contact.name ?? null,
    title: contact.title ?? null,
    department: contact.department ?? null,
    email: contact.email ?? null,
    phones: toPhoneModels(contact.phones),
  };
}

export function toOrganizationModel(entry: DirectoryEntry): PartnerOrganizationModel {
  const o = entry.organization;
  return {
    id: o.id,
    name: o.name,
    description: o.description ?? null,
    email: o.email ?? null,
    website: o.website ?? null,
    phones: toPhoneModels(o.phones),
    services: entry.services.map(toServiceModel),
    locations: entry.locations.map(toLocationModel),
    contacts: entry.contacts.map(toContactModel),
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
