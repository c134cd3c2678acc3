import { Module } from '@nestjs/common';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsResolver } from './channels.resolver';
import { ChannelsService } from './channels.service';
import { WebhookController } from './webhook.controller';
import { WebhookService } from './webhook.service';
import { StoredWebhookEvents } from './stored-events';

@Module({
  imports: [TenantsModule],
  controllers: [WebhookController],
  providers: [ChannelsService, ChannelsResolver, WebhookService, StoredWebhookEvents],
  exports: [ChannelsService, WebhookService, StoredWebhookEvents],
})
export class ChannelsModule {}
