import { Module } from '@nestjs/common';
import { ChannelsModule } from '@tsunagu/channels';
import { LineEventProcessor } from './event-processor';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';
import { MediaController } from './media.controller';
import { MediaService } from './media.service';
import { OutboundService } from './outbound.service';

@Module({
  imports: [ChannelsModule],
  controllers: [MediaController],
  providers: [LineEventProcessor, InboxService, InboxResolver, OutboundService, MediaService],
  exports: [LineEventProcessor],
})
export class ConversationsModule {}
