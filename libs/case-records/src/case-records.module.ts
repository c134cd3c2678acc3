import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { CaseRecordFieldsResolver, CaseRecordsResolver, FamilyCaseResolver } from './case-records.resolver';
import { CaseRecordsService } from './case-records.service';
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
  ],
  exports: [CaseRecordsService, RecordsImportService],
})
export class CaseRecordsModule {}
