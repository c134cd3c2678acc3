import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { TenantsModule } from '@tsunagu/tenants';
import { SecondmentCalendar } from './secondment-calendar.service';
import { SecondmentsResolver } from './secondments.resolver';
import { SecondmentsService } from './secondments.service';

@Module({
  imports: [AuthModule, TenantsModule],
  providers: [SecondmentsService, SecondmentsResolver, SecondmentCalendar],
})
export class SecondmentsModule {}
