import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { PlatformDb, Tenant, TenantDb, TenantStatus } from '@tsunagu/platform/database';
import { AuditTrail } from '@tsunagu/platform/audit';
import type { CreateTenantInput, UpdateTenantSettingsInput } from './dto/tenant.inputs';
import { ONBOARDING_ITEM_GUIDE, OnboardingChecks, type OnboardingItem } from './onboarding';
import { OnboardingItemName, type OnboardingChecklist, type TenantOnboarding } from './tenant.model';
import {
  localGovernmentCodeTaken,
  onboardingIncomplete,
  tenantNotFound,
  tenantOffboarded,
  tenantSlugTaken,
} from './tenant.errors';

@Injectable()
export class TenantsService {
  constructor(
    private readonly platformDb: PlatformDb,
    private readonly tenantDb: TenantDb,
    private readonly onboarding: OnboardingChecks,
    private readonly audit: AuditTrail,
  ) {}

  /** Platform onboarding: a new municipality starts in ONBOARDING. */
  async createTenant(input: CreateTenantInput): Promise<Tenant> {
    return this.platformDb.run('onboarding: create a tenant', async (em) => {
      const clash = await em.findOne(Tenant, {
        $or: [{ slug: input.slug }, { localGovernmentCode: input.localGovernmentCode }],
      });
      if (clash) {
        throw clash.slug === input.slug
          ? tenantSlugTaken(input.slug)
          : localGovernmentCodeTaken(input.localGovernmentCode);
      }
      const tenant = em.create(Tenant, {
        slug: input.slug,
        nameJa: input.nameJa.normalize('NFC'),
        nameEn: input.nameEn,
        localGovernmentCode: input.localGovernmentCode,
        prefecture: input.prefecture,
        timezone: input.timezone ?? 'Asia/Tokyo',
        fiscalYearStartMonth: input.fiscalYearStartMonth ?? 4,
        status: TenantStatus.ONBOARDING,
      });
      try {
        await em.flush();
        await this.audit.recordOnPlatformPath(
          em,
          null,
          'tenant.created',
          { type: 'tenant', id: tenant.id },
          { slug: tenant.slug },
        );
      } catch (error) {
        // Two concurrent requests for the same slug: the unique constraint decides.
        if (error instanceof UniqueConstraintViolationException) {
          throw violatedConstraint(error) === 'tenant_slug_unique'
            ? tenantSlugTaken(input.slug)
            : localGovernmentCodeTaken(input.localGovernmentCode);
        }
        throw error;
      }
      return tenant;
    });
  }

  async listTenants(): Promise<Tenant[]> {
    return this.platformDb.run('onboarding: list tenants', (em) => em.find(Tenant, {}, { orderBy: { slug: 'asc' } }));
  }

  /**
   * Every tenant with its onboarding checklist, for the platform admin's list: the tenants are read
   * on the platform path, each checklist in that tenant's own transaction (one after the other).
   */
  async listTenantOnboarding(): Promise<TenantOnboarding[]> {
    const tenants = await this.listTenants();
    const result: TenantOnboarding[] = [];
    for (const tenant of tenants) {
      const items = await this.tenantDb.withTenant(tenant.id, (em) => this.onboarding.evaluate(em, tenant.id));
      result.push({ tenant, checklist: checklistOf(items) });
    }
    return result;
  }

  /**
   * Platform onboarding: the tenant goes live. While its onboarding checklist is incomplete this
   * needs a reason (the platform admin's, or the named act of a seed or test), recorded in the
   * platform audit chain with the items still open.
   */
  async activateTenant(slug: string, options: { reason?: string | null } = {}): Promise<Tenant> {
    const found = await this.platformDb.run('onboarding: find a tenant to activate', async (em) => {
      const tenant = await em.findOne(Tenant, { slug });
      if (!tenant) throw tenantNotFound();
      if (tenant.status === TenantStatus.OFFBOARDED) throw tenantOffboarded();
      return { id: tenant.id, status: tenant.status };
    });
    // The checklist reads the tenant's own tables, in its own transaction.
    const items = await this.tenantDb.withTenant(found.id, (em) => this.onboarding.evaluate(em, found.id));
    const open = Object.entries(items)
      .filter(([, done]) => !done)
      .map(([item]) => item);
    const reason = options.reason?.normalize('NFC') || null;
    if (open.length > 0 && !reason) throw onboardingIncomplete(open);
    return this.platformDb.run('onboarding: activate a tenant', async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: found.id });
      if (tenant.status === TenantStatus.OFFBOARDED) throw tenantOffboarded();
      tenant.status = TenantStatus.ACTIVE;
      await em.flush();
      await this.audit.recordOnPlatformPath(
        em,
        null,
        'tenant.activated',
        { type: 'tenant', id: tenant.id },
        {
          slug,
          ...(open.length > 0 ? { onboardingIncomplete: open.join(',') } : {}),
          ...(reason ? { reason } : {}),
        },
      );
      return tenant;
    });
  }

  /** The tenant of the current request. */
  async currentTenant(): Promise<Tenant> {
    const tenant = await this.tenantDb.em.findOne(Tenant, { id: this.tenantDb.tenantId });
    if (!tenant) throw tenantNotFound();
    return tenant;
  }

  async updateSettings(input: UpdateTenantSettingsInput): Promise<Tenant> {
    const tenant = await this.currentTenant();
    if (input.nameJa !== undefined) tenant.nameJa = input.nameJa.normalize('NFC');
    if (input.nameEn !== undefined) tenant.nameEn = input.nameEn;
    if (input.prefecture !== undefined) tenant.prefecture = input.prefecture;
    if (input.timezone !== undefined) tenant.timezone = input.timezone;
    if (input.fiscalYearStartMonth !== undefined) tenant.fiscalYearStartMonth = input.fiscalYearStartMonth;
    if (input.mfaRequiredRoles !== undefined) tenant.mfaRequiredRoles = [...new Set(input.mfaRequiredRoles)];
    await this.tenantDb.em.flush();
    await this.audit.record(
      'tenant.settings.updated',
      { type: 'tenant', id: tenant.id },
      {
        fields: Object.keys(input).sort().join(','),
      },
    );
    return tenant;
  }

  async onboardingChecklist(): Promise<OnboardingChecklist> {
    return checklistOf(await this.onboarding.evaluate(this.tenantDb.em, this.tenantDb.tenantId));
  }
}

function checklistOf(items: Record<OnboardingItem, boolean>): OnboardingChecklist {
  return {
    ...items,
    complete: Object.values(items).every(Boolean),
    items: (Object.entries(items) as [OnboardingItem, boolean][]).map(([item, done]) => ({
      item: item as OnboardingItemName,
      done,
      missing: done ? null : ONBOARDING_ITEM_GUIDE[item].missing,
      fixWith: ONBOARDING_ITEM_GUIDE[item].fixWith,
    })),
  };
}

/** The constraint a unique violation names (copied from the driver's error by MikroORM). */
function violatedConstraint(error: UniqueConstraintViolationException): string | undefined {
  return (error as UniqueConstraintViolationException & { constraint?: string }).constraint;
}
