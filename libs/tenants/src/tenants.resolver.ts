import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OwnTransactions, Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { ActivateTenantInput, CreateTenantInput, UpdateTenantSettingsInput } from './dto/tenant.inputs';
import { OnboardingChecklist, TenantModel, TenantOnboarding } from './tenant.model';
import { TenantsService } from './tenants.service';

@Resolver(() => TenantModel)
export class TenantsResolver {
  constructor(private readonly tenantsService: TenantsService) {}

  @RequirePermission(Permission.ListTenants)
  @Query(() => [TenantModel], { description: 'Every tenant (platform admins)' })
  tenants(): Promise<TenantModel[]> {
    return this.tenantsService.listTenants();
  }

  // Each tenant's checklist is read in that tenant's own transaction.
  @RequirePermission(Permission.ListTenants)
  @OwnTransactions()
  @Query(() => [TenantOnboarding], { description: 'Every tenant with its onboarding checklist (platform admins)' })
  tenantOnboarding(): Promise<TenantOnboarding[]> {
    return this.tenantsService.listTenantOnboarding();
  }

  @RequirePermission(Permission.ReadTenant)
  @Query(() => TenantModel, { description: 'The tenant of this request' })
  tenant(): Promise<TenantModel> {
    return this.tenantsService.currentTenant();
  }

  @RequirePermission(Permission.ReadOnboardingChecklist)
  @Query(() => OnboardingChecklist, { description: 'What the tenant of this request still has to configure' })
  onboardingChecklist(): Promise<OnboardingChecklist> {
    return this.tenantsService.onboardingChecklist();
  }

  @RequirePermission(Permission.CreateTenant)
  @Mutation(() => TenantModel, { description: 'Onboard a municipality; it starts in ONBOARDING' })
  createTenant(@Args('input') input: CreateTenantInput): Promise<TenantModel> {
    return this.tenantsService.createTenant(input);
  }

  @RequirePermission(Permission.UpdateTenantSettings)
  @Mutation(() => TenantModel, { description: "Change the settings of this request's tenant" })
  updateTenantSettings(@Args('input') input: UpdateTenantSettingsInput): Promise<TenantModel> {
    return this.tenantsService.updateSettings(input);
  }

  // The onboarding checklist is read in the tenant's own transaction.
  @RequirePermission(Permission.ActivateTenant)
  @OwnTransactions()
  @Mutation(() => TenantModel, { description: 'Put a tenant in service' })
  activateTenant(@Args('input') input: ActivateTenantInput): Promise<TenantModel> {
    return this.tenantsService.activateTenant(input.slug, { reason: input.reason });
  }
}
