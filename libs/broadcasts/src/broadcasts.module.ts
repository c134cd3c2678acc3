import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { BroadcastAudience } from './broadcast-audience';
import { BroadcastQuota } from './broadcast-quota';
import { BroadcastSchedule } from './broadcast-schedule';
import { BroadcastTests } from './broadcast-tests';
import { BroadcastsResolver } from './broadcasts.resolver';
import { BroadcastsService } from './broadcasts.service';

@Module({
  imports: [AuthModule],
  providers: [
    BroadcastsService,
    BroadcastsResolver,
    BroadcastAudience,
    BroadcastQuota,
    BroadcastSchedule,
    BroadcastTests,
  ],
  exports: [BroadcastsService],
})
export class BroadcastsModule {}
