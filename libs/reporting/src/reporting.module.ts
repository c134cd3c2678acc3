import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { TenantsModule } from '@tsunagu/tenants';
import { ReportDeliveryService } from './report-delivery.service';
import { ReportScopes } from './report-scopes';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [AuthModule, TenantsModule],
  providers: [ReportsService, ReportDeliveryService, ReportsResolver, ReportScopes],
  exports: [ReportsService, ReportDeliveryService, ReportScopes],
})
export class ReportingModule {}
