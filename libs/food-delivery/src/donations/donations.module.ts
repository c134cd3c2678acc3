import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { DonationsResolver } from './donations.resolver';
import { DonationsService } from './donations.service';

@Module({
  imports: [AuthModule],
  providers: [DonationsService, DonationsResolver],
  exports: [DonationsService],
})
export class DonationsModule {}
