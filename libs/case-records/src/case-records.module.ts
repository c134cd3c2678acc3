import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ConversationsModule } from '@tsunagu/conversations';
import { CaseRecordFieldsResolver, CaseRecordsResolver, FamilyCaseResolver } from './case-records.resolver';
import { CaseRecordsService } from './case-records.service';

@Module({
  imports: [AuthModule, ConversationsModule],
  providers: [CaseRecordsService, CaseRecordsResolver, CaseRecordFieldsResolver, FamilyCaseResolver],
  exports: [CaseRecordsService],
})
export class CaseRecordsModule {}
