import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { PartnersModule } from '@tsunagu/partners';
import { ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [AuthModule, ConversationsModule, PartnersModule],
  providers: [ReferralsService, ReferralsResolver],
})
export class ReferralsModule {}
