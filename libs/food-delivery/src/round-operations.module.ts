import { Module } from '@nestjs/common';
import { CaseRecordsModule } from '@tsunagu/case-records';
import { RoundOperationsResolver } from './round-operations.resolver';
import { RoundOperationsService } from './round-operations.service';

/** A round's operations (packing, assignment, outcomes, observations, the courier file). */
@Module({
  imports: [CaseRecordsModule],
  providers: [RoundOperationsService, RoundOperationsResolver],
  exports: [RoundOperationsService],
})
export class RoundOperationsModule {}
