import { Module } from '@nestjs/common';
import { TenantsModule } from '@tsunagu/tenants';
import { HsdsService } from './hsds.service';
import { PartnerDirectory } from './partner-directory';
import { PartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';
import { ServiceCategoriesService } from './service-categories.service';

@Module({
  imports: [TenantsModule],
  providers: [PartnersService, ServiceCategoriesService, HsdsService, PartnersResolver, PartnerDirectory],
  exports: [PartnerDirectory, PartnersService, ServiceCategoriesService],
})
export class PartnersModule {}
