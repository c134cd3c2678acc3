import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { CaseRecordFieldsResolver, CaseRecordsResolver, FamilyCaseResolver } from './case-records.resolver';
import { CaseRecordsService } from './case-records.service';
import { AssessmentSharing } from './assessment-share';

@Module({
  imports: [AuthModule, ConversationsModule],
  providers: [CaseRecordsService, CaseRecordsResolver, CaseRecordFieldsResolver, FamilyCaseResolver, AssessmentSharing],
  exports: [CaseRecordsService, AssessmentSharing],
})
export class CaseRecordsModule {}
