import { Module } from '@nestjs/common';
import { ChannelsModule } from '@tsunagu/channels';
import { AuthModule } from '@tsunagu/platform/auth';
import { CannedResponsesService } from './canned-responses.service';
import { CategoriesService } from './categories.service';
import { LineEventProcessor } from './event-processor';
import { FamilyRecords } from './family-records';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';
import { InboxLiveResolver } from './live.resolver';
import { NotificationsService } from './notifications.service';
import { MediaController } from './media.controller';
import { MediaService } from './media.service';
import { InboxSettingsResolver } from './inbox-settings.resolver';
import { OutboundService } from './outbound.service';
import { RegistrantProfiles } from './registrant-profiles';
import { TriageResolver } from './triage.resolver';
import { TriageService } from './triage.service';
import { TriageSettingsService } from './triage-settings.service';

@Module({
  imports: [AuthModule, ChannelsModule],
  controllers: [MediaController],
  providers: [
    LineEventProcessor,
    InboxService,
    InboxResolver,
    InboxLiveResolver,
    OutboundService,
    RegistrantProfiles,
    TriageService,
    TriageSettingsService,
    NotificationsService,
    TriageResolver,
    MediaService,
    CategoriesService,
    CannedResponsesService,
    InboxSettingsResolver,
    FamilyRecords,
  ],
  exports: [LineEventProcessor, FamilyRecords, NotificationsService, CategoriesService, OutboundService],
})
export class ConversationsModule {}
