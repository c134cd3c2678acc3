import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { PartnersModule } from '@tsunagu/partners';
import { CaseRecordsModule } from '@tsunagu/case-records';
import { FamilyResolver } from './family.resolver';
import { ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [AuthModule, ConversationsModule, PartnersModule, CaseRecordsModule],
  providers: [ReferralsService, ReferralsResolver, FamilyResolver],
})
export class ReferralsModule {}
