import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { CaseRecordFieldsResolver, CaseRecordsResolver, FamilyCaseResolver } from './case-records.resolver';
import { CaseRecordsService } from './case-records.service';
import { RecordsImportService } from './import/records-import.service';

@Module({
  imports: [AuthModule, ConversationsModule],
  providers: [
    CaseRecordsService,
    RecordsImportService,
    CaseRecordsResolver,
    CaseRecordFieldsResolver,
    FamilyCaseResolver,
  ],
  exports: [CaseRecordsService, RecordsImportService],
})
export class CaseRecordsModule {}
