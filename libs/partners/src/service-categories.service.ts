import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { claimTenantDefaults, Tenant, TenantDb } from '@tsunagu/platform/database';
import { ConflictError, NotFoundError } from '@tsunagu/platform/errors';
import { AuditTrail } from '@tsunagu/platform/audit';
import { ServiceCategory } from './partner.entities';
import type { ServiceCategoryModel } from './partner.models';
import { japaneseOrder, matchKey, requiredText } from './text';

/** What a tenant's taxonomy starts with; admins and the programme office rename, reorder or delete them. */
export const DEFAULT_SERVICE_CATEGORIES = ['子育て相談', '生活困窮', 'DV・虐待', '障害・発達', '食支援', '医療・保健'];

const DEFAULTS_KIND = 'service_categories';
const NAME_MAX = 50;
/** Gap between sort orders, so that a category can be slotted between two others. */
const SORT_STEP = 10;

/**
 * The tenant's service categories (HSDS taxonomy terms). A tenant gets the default set the first
 * time it lists or uses them, once (`tenant_defaults_applied`): deleting them all does not bring them back.
 */
@Injectable()
export class ServiceCategoriesService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<ServiceCategoryModel[]> {
    return (await this.withDefaults(this.tenantDb.em, this.tenantDb.tenantId))
      .map(toCategoryModel)
      .sort(byDisplayOrder);
  }

  async create(name: string): Promise<ServiceCategoryModel> {
    const em = this.tenantDb.em;
    const existing = await this.withDefaults(em, this.tenantDb.tenantId);
    const category = em.create(ServiceCategory, {
      tenant: em.getReference(Tenant, this.tenantDb.tenantId),
      ...named(name, existing),
      sortOrder: Math.max(0, ...existing.map((c) => c.sortOrder)) + SORT_STEP,
    });
    await this.flushUnique();
    await this.audit.record(
      'service_category.created',
      { type: 'service_category', id: category.id },
      { name: category.name },
    );
    return toCategoryModel(category);
  }

  async update(
    id: string,
    changes: { name?: string | null; sortOrder?: number | null },
  ): Promise<ServiceCategoryModel> {
    const categories = await this.withDefaults(this.tenantDb.em, this.tenantDb.tenantId);
    const category = categories.find((c) => c.id === id);
    if (!category) throw categoryNotFound();
    if (changes.name != null) {
      Object.assign(
        category,
        named(
          changes.name,
          categories.filter((c) => c !== category),
        ),
      );
    }
    if (changes.sortOrder != null) category.sortOrder = changes.sortOrder;
    await this.flushUnique();
    await this.audit.record(
      'service_category.updated',
      { type: 'service_category', id },
      { name: category.name, sortOrder: category.sortOrder },
    );
    return toCategoryModel(category);
  }

  /** Deletes the category; its links to services go with it (foreign key `on delete cascade`). */
  async delete(id: string): Promise<void> {
    const deleted = await this.tenantDb.em.nativeDelete(ServiceCategory, { id, tenant: this.tenantDb.tenantId });
    if (deleted === 0) throw categoryNotFound();
    await this.audit.record('service_category.deleted', { type: 'service_category', id }, {});
  }

  /**
   * The categories with these ids, locked until commit (`for share`) so that none is deleted between
   * this check and the write that links them; ids that are not this tenant's categories are returned apart.
   */
  async resolve(ids: string[]): Promise<{ found: ServiceCategory[]; unknown: string[] }> {
    const em = this.tenantDb.em;
    await this.withDefaults(em, this.tenantDb.tenantId);
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return { found: [], unknown: [] };
    const found = await em.find(
      ServiceCategory,
      { id: { $in: wanted }, tenant: this.tenantDb.tenantId },
      { lockMode: LockMode.PESSIMISTIC_READ },
    );
    const known = new Set(found.map((c) => c.id));
    return { found, unknown: wanted.filter((id) => !known.has(id)) };
  }

  /** The category of this name (compared after NFKC and lower-casing), created when there is none. */
  async findOrCreateByName(em: EntityManager, tenantId: string, rawName: string): Promise<ServiceCategory> {
    const categories = await this.withDefaults(em, tenantId);
    const name = requiredText(rawName, 'name', NAME_MAX);
    const existing = categories.find((c) => c.nameKey === matchKey(name));
    if (existing) return existing;
    const category = em.create(ServiceCategory, {
      tenant: em.getReference(Tenant, tenantId),
      name,
      nameKey: matchKey(name),
      sortOrder: Math.max(0, ...categories.map((c) => c.sortOrder)) + SORT_STEP,
    });
    await em.flush();
    await this.audit.record('service_category.created', { type: 'service_category', id: category.id }, { name });
    return category;
  }

  /** The tenant's categories, after giving it the defaults if it never had any. */
  async withDefaults(em: EntityManager, tenantId: string): Promise<ServiceCategory[]> {
    const categories = await em.find(ServiceCategory, { tenant: tenantId });
    if (categories.length > 0) return categories;
    if (!(await claimTenantDefaults(em, tenantId, DEFAULTS_KIND)))
      return em.find(ServiceCategory, { tenant: tenantId });
    const defaults = DEFAULT_SERVICE_CATEGORIES.map((name, index) =>
      em.create(ServiceCategory, {
        tenant: em.getReference(Tenant, tenantId),
        name,
        nameKey: matchKey(name),
        sortOrder: (index + 1) * SORT_STEP,
      }),
    );
    await em.flush();
    return defaults;
  }

  /** A concurrent request may have taken the name since it was checked. */
  private async flushUnique(): Promise<void> {
    try {
      await this.tenantDb.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw nameTaken();
      throw error;
    }
  }
}

/** A cleaned name and its key; CONFLICT when another category already has it. */
function named(raw: string, others: ServiceCategory[]): Pick<ServiceCategory, 'name' | 'nameKey'> {
  const name = requiredText(raw, 'name', NAME_MAX);
  const nameKey = matchKey(name);
  if (others.some((c) => c.nameKey === nameKey)) throw nameTaken();
  return { name, nameKey };
}

export function toCategoryModel(category: Pick<ServiceCategory, 'id' | 'name' | 'sortOrder'>): ServiceCategoryModel {
  return { id: category.id, name: category.name, sortOrder: category.sortOrder };
}

/** By sort order, then by name as a Japanese reader expects. */
export function byDisplayOrder(a: ServiceCategoryModel, b: ServiceCategoryModel): number {
  return a.sortOrder - b.sortOrder || japaneseOrder(a.name, b.name);
}

const categoryNotFound = (): NotFoundError =>
  new NotFoundError('SERVICE_CATEGORY_NOT_FOUND', 'No such service category');

const nameTaken = (): ConflictError =>
  new ConflictError('SERVICE_CATEGORY_NAME_TAKEN', 'A service category with this name already exists', [
    { field: 'name', messages: ['another category has this name'] },
  ]);
