import { Module } from '@nestjs/common';
import { ChannelsModule } from '@tsunagu/channels';
import { CannedResponsesService } from './canned-responses.service';
import { CategoriesService } from './categories.service';
import { LineEventProcessor } from './event-processor';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';
import { InboxSettingsResolver } from './inbox-settings.resolver';
import { OutboundService } from './outbound.service';

@Module({
  imports: [ChannelsModule],
  providers: [
    LineEventProcessor,
    InboxService,
    InboxResolver,
    OutboundService,
    CategoriesService,
    CannedResponsesService,
    InboxSettingsResolver,
  ],
  exports: [LineEventProcessor],
})
export class ConversationsModule {}
