import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { CaseRecordFieldsResolver, CaseRecordsResolver, FamilyCaseResolver } from './case-records.resolver';
import { CaseRecordsService } from './case-records.service';
import { FamilyRightsResolver } from './family-rights.resolver';
import { FamilyRightsService } from './family-rights.service';
import { CaseRetentionService } from './retention.service';

@Module({
  imports: [AuthModule, ConversationsModule],
  providers: [
    CaseRecordsService,
    CaseRecordsResolver,
    CaseRecordFieldsResolver,
    FamilyCaseResolver,
    CaseRetentionService,
    FamilyRightsService,
    FamilyRightsResolver,
  ],
  exports: [CaseRecordsService, CaseRetentionService],
})
export class CaseRecordsModule {}
