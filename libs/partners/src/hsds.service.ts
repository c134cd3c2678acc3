import { Injectable } from '@nestjs/common';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { BadUserInputError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { loadDirectory } from './directory.loader';
import { organizationToHsds, readHsdsOrganization, type HsdsObject, type ImportedOrganization } from './hsds';
import {
  PartnerContact,
  PartnerLocation,
  PartnerOrganization,
  PartnerService,
  PartnerServiceAtLocation,
  PartnerServiceCategory,
} from './partner.entities';
import type { HsdsImportErrorModel, HsdsImportResultModel } from './partner.models';
import { ServiceCategoriesService } from './service-categories.service';
import { japaneseOrder } from './text';

/** A row found by its HSDS id: the id it was imported with, or our id (a record we exported). */
type Identified = { id: string; hsdsId?: string | null };

/** Thrown inside one organisation's savepoint: that organisation is reported, the others go on. */
class RecordError extends Error {}

/** The partner directory as HSDS 3.0 JSON, out and in. */
@Injectable()
export class HsdsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
    private readonly categories: ServiceCategoriesService,
  ) {}

  /** Every organisation of the tenant, by name, with its services, locations and contacts. */
  async export(): Promise<HsdsObject[]> {
    const em = this.tenantDb.em;
    const tenantId = this.tenantDb.tenantId;
    const organizations = (await em.find(PartnerOrganization, { tenant: tenantId })).sort(
      (a, b) => japaneseOrder(a.name, b.name) || a.id.localeCompare(b.id),
    );
    return (await loadDirectory(em, tenantId, organizations)).map(organizationToHsds);
  }

  /**
   * Imports each organisation on its own (a savepoint each): one that fails is reported and leaves
   * nothing behind, the others are written. An organisation (or service, location, contact) whose
   * HSDS id the tenant already has is updated; what the file leaves out of an organisation stays.
   */
  async import(records: unknown[]): Promise<HsdsImportResultModel> {
    refuseOversizedImport(records);
    const result: HsdsImportResultModel = { created: 0, updated: 0, errors: [] };
    for (const [index, record] of records.entries()) {
      const id = hsdsIdOf(record);
      const read = readHsdsOrganization(record);
      if ('errors' in read) {
        result.errors.push({ index, id, messages: read.errors });
        continue;
      }
      try {
        const outcome = await this.tenantDb.em.transactional((em) => this.write(em, read.organization));
        result[outcome.created ? 'created' : 'updated'] += 1;
        await this.audit.record(
          outcome.created ? 'partner_organization.created' : 'partner_organization.updated',
          { type: 'partner_organization', id: outcome.id },
          { source: 'hsds_import' },
        );
      } catch (error) {
        result.errors.push(importError(index, id, error));
      }
    }
    return result;
  }

  private async write(em: EntityManager, file: ImportedOrganization): Promise<{ id: string; created: boolean }> {
    const tenantId = this.tenantDb.tenantId;
    const tenant = em.getReference(Tenant, tenantId);
    const [existing] = await findByHsdsId(em, PartnerOrganization, tenantId, [file.id]);
    const organization = existing ?? em.create(PartnerOrganization, { tenant, hsdsId: file.id, name: file.name });
    Object.assign(organization, {
      name: file.name,
      description: file.description,
      email: file.email,
      website: file.website,
      phones: file.phones,
    });

    const ours = async <T extends Identified & { organization: { id: string } }>(
      entity: new () => T,
      ids: string[],
      kind: string,
    ): Promise<Map<string, T>> => {
      const rows = await findByHsdsId(em, entity, tenantId, ids);
      for (const row of rows) {
        if (row.organization.id !== organization.id) {
          throw new RecordError(`${kind} ${row.hsdsId ?? row.id} belongs to another organisation of this tenant`);
        }
      }
      return new Map(rows.map((row) => [row.hsdsId ?? row.id, row]));
    };

    const locations = await ours(
      PartnerLocation,
      file.locations.map((l) => l.id),
      'location',
    );
    const locationIds = new Map<string, string>();
    for (const l of file.locations) {
      const location =
        locations.get(l.id) ?? em.create(PartnerLocation, { tenant, organization, hsdsId: l.id, type: l.type });
      Object.assign(location, {
        type: l.type,
        name: l.name,
        description: l.description,
        url: l.url,
        address: l.address,
      });
      locationIds.set(l.id, location.id);
    }

    const services = await ours(
      PartnerService,
      file.services.map((s) => s.id),
      'service',
    );
    const serviceIds = new Map<string, PartnerService>();
    for (const s of file.services) {
      const { categoryNames, locationIds: at, id, ...fields } = s;
      const service = services.get(id) ?? em.create(PartnerService, { tenant, organization, hsdsId: id, name: s.name });
      Object.assign(service, fields);
      serviceIds.set(id, service);
      await em.flush();
      // The file says which categories and locations the service has: its links are replaced.
      await em.nativeDelete(PartnerServiceCategory, { service: service.id });
      await em.nativeDelete(PartnerServiceAtLocation, { service: service.id });
      for (const name of categoryNames) {
        const category = await this.categories.findOrCreateByName(em, tenantId, name);
        em.create(PartnerServiceCategory, { tenant, service, category });
      }
      for (const locationId of at) {
        em.create(PartnerServiceAtLocation, { tenant, service, location: locationIds.get(locationId) as string });
      }
    }

    const contacts = await ours(
      PartnerContact,
      file.contacts.map((c) => c.id),
      'contact',
    );
    for (const c of file.contacts) {
      const { id, serviceId, ...fields } = c;
      const contact = contacts.get(id) ?? em.create(PartnerContact, { tenant, organization, hsdsId: id });
      Object.assign(contact, { ...fields, service: serviceId ? serviceIds.get(serviceId) : null });
    }
    await em.flush();
    return { id: organization.id, created: !existing };
  }
}

/** How much one import may write: it runs in one request's transaction, which others may wait on. */
export const MAX_IMPORT_SERVICES = 1000;
export const MAX_IMPORT_CATEGORY_NAMES = 100;

/** Refuses, before anything is written, a file with more services or category names than an import takes. */
function refuseOversizedImport(records: unknown[]): void {
  let services = 0;
  const categoryNames = new Set<string>();
  for (const record of records) {
    const list = (record as { services?: unknown } | null)?.services;
    if (!Array.isArray(list)) continue;
    services += list.length;
    for (const service of list) {
      const attributes = (service as { attributes?: unknown } | null)?.attributes;
      if (!Array.isArray(attributes)) continue;
      for (const attribute of attributes) {
        const name = (attribute as { taxonomy_term?: { name?: unknown } } | null)?.taxonomy_term?.name;
        if (typeof name === 'string') categoryNames.add(name);
      }
    }
  }
  if (services > MAX_IMPORT_SERVICES || categoryNames.size > MAX_IMPORT_CATEGORY_NAMES) {
    throw new BadUserInputError(
      [
        {
          field: 'organizations',
          messages: [
            `an import takes at most ${MAX_IMPORT_SERVICES} services and ${MAX_IMPORT_CATEGORY_NAMES} category names; split the file`,
          ],
        },
      ],
      'IMPORT_TOO_LARGE',
    );
  }
}

/** Rows of the tenant whose HSDS id is one of `ids`: imported with it, or exported from here with it. */
async function findByHsdsId<T extends Identified>(
  em: EntityManager,
  entity: new () => T,
  tenantId: string,
  ids: string[],
): Promise<T[]> {
  if (ids.length === 0) return [];
  return em.find(entity, {
    tenant: tenantId,
    $or: [{ hsdsId: { $in: ids } }, { id: { $in: ids } }],
  } as never);
}

function hsdsIdOf(record: unknown): string | null {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

function importError(index: number, id: string | null, error: unknown): HsdsImportErrorModel {
  if (error instanceof RecordError) return { index, id, messages: [error.message] };
  if (error instanceof UniqueConstraintViolationException) {
    return { index, id, messages: ['an id of this organisation is already used in this tenant'] };
  }
  // Whatever else the database refuses of one record is that record's error (its savepoint is
  // rolled back); the others still import. The message names the kind, never the SQL or values.
  if (error instanceof DriverException) {
    return { index, id, messages: [`the database refused this organisation (${error.name})`] };
  }
  throw error;
}
