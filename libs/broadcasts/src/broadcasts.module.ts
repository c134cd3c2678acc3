import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ChannelsModule } from '@tsunagu/channels';
import { AudienceModule } from '@tsunagu/audience';
import { BroadcastAudience } from './broadcast-audience';
import { BroadcastDelivery } from './broadcast-delivery';
import { BroadcastQuota } from './broadcast-quota';
import { BroadcastSchedule } from './broadcast-schedule';
import { BroadcastStatisticsReader } from './broadcast-statistics';
import { BroadcastTests } from './broadcast-tests';
import { BroadcastsResolver } from './broadcasts.resolver';
import { BroadcastsService } from './broadcasts.service';

@Module({
  imports: [AuthModule, ChannelsModule, AudienceModule],
  providers: [
    BroadcastsService,
    BroadcastsResolver,
    BroadcastAudience,
    BroadcastQuota,
    BroadcastSchedule,
    BroadcastTests,
    BroadcastDelivery,
    BroadcastStatisticsReader,
  ],
  exports: [BroadcastsService, BroadcastDelivery],
})
export class BroadcastsModule {}
