import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { AssessmentSharing } from './assessment-share';
import { CaseRecordFieldsResolver, CaseRecordsResolver, FamilyCaseResolver } from './case-records.resolver';
import { CaseRecordsService } from './case-records.service';
import { FamilyRightsResolver } from './family-rights.resolver';
import { FamilyRightsService } from './family-rights.service';
import { CaseRetentionService } from './retention.service';
import { CounsellorTasksResolver } from './counsellor-tasks.resolver';
import { CounsellorTasksService } from './counsellor-tasks.service';
import { RecordsImportController } from './import/records-import.controller';
import { RecordsImportService } from './import/records-import.service';

@Module({
  imports: [AuthModule, ConversationsModule],
  controllers: [RecordsImportController],
  providers: [
    CaseRecordsService,
    RecordsImportService,
    CaseRecordsResolver,
    CaseRecordFieldsResolver,
    FamilyCaseResolver,
    AssessmentSharing,
    CaseRetentionService,
    FamilyRightsService,
    FamilyRightsResolver,
    CounsellorTasksService,
    CounsellorTasksResolver,
  ],
  exports: [CaseRecordsService, RecordsImportService, AssessmentSharing, CaseRetentionService, CounsellorTasksService],
})
export class CaseRecordsModule {}
