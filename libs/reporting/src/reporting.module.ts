import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { TenantsModule } from '@tsunagu/tenants';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [AuthModule, TenantsModule],
  providers: [ReportsService, ReportsResolver],
  exports: [ReportsService],
})
export class ReportingModule {}
