import { Module } from '@nestjs/common';
import { ChannelsModule } from '@tsunagu/channels';
import { LineEventProcessor } from './event-processor';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';
import { OutboundService } from './outbound.service';

@Module({
  imports: [ChannelsModule],
  providers: [LineEventProcessor, InboxService, InboxResolver, OutboundService],
  exports: [LineEventProcessor],
})
export class ConversationsModule {}
