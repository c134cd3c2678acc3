import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { TenantsModule } from '@tsunagu/tenants';
import { ChannelsResolver } from './channels.resolver';
import { ChannelsService } from './channels.service';
import { WebhookController } from './webhook.controller';
import { WebhookService } from './webhook.service';
import { StoredWebhookEvents } from './stored-events';
import { LineMessagingClient } from './line-messaging.client';
import { SetAsideWebhookEvents } from './set-aside-events.service';
import { SetAsideWebhookEventsResolver } from './set-aside-events.resolver';

@Module({
  imports: [TenantsModule, AuthModule],
  controllers: [WebhookController],
  providers: [
    ChannelsService,
    ChannelsResolver,
    WebhookService,
    StoredWebhookEvents,
    LineMessagingClient,
    SetAsideWebhookEvents,
    SetAsideWebhookEventsResolver,
  ],
  exports: [ChannelsService, WebhookService, StoredWebhookEvents, LineMessagingClient],
})
export class ChannelsModule {}
