import { Module } from '@nestjs/common';
import { OnboardingChecks } from './onboarding';
import { TenantsResolver } from './tenants.resolver';
import { TenantsService } from './tenants.service';

@Module({
  providers: [TenantsService, TenantsResolver, OnboardingChecks],
  exports: [TenantsService, OnboardingChecks],
})
export class TenantsModule {}
