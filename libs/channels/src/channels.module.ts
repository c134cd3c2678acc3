import { Module } from '@nestjs/common';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsResolver } from './channels.resolver';
import { ChannelsService } from './channels.service';
import { WebhookController } from './webhook.controller';
import { WebhookService } from './webhook.service';

@Module({
  imports: [TenantsModule],
  controllers: [WebhookController],
  providers: [ChannelsService, ChannelsResolver, WebhookService],
  exports: [ChannelsService, WebhookService],
})
export class ChannelsModule {}
