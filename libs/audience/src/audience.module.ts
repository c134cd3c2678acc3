import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ChannelsModule } from '@tsunagu/channels';
import { ConversationsModule } from '@tsunagu/conversations';
import { AttributesService } from './attributes.service';
import { AudienceResolver } from './audience.resolver';
import { AudienceService } from './audience.service';
import { SurveyHandler } from './survey';
import { TestRecipientsService } from './test-recipients.service';

@Module({
  imports: [AuthModule, ChannelsModule, ConversationsModule],
  providers: [AudienceService, AttributesService, TestRecipientsService, SurveyHandler, AudienceResolver],
  exports: [AudienceService],
})
export class AudienceModule {}
