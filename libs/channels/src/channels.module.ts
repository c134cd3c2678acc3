import { Module } from '@nestjs/common';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsResolver } from './channels.resolver';
import { ChannelsService } from './channels.service';

@Module({
  imports: [TenantsModule],
  providers: [ChannelsService, ChannelsResolver],
  exports: [ChannelsService],
})
export class ChannelsModule {}
