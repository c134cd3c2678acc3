import { Module } from '@nestjs/common';
import { AuthModule } from '@tsunagu/platform/auth';
import { ReportingModule } from '@tsunagu/reporting';
import { ProgrammesResolver } from './programmes.resolver';
import { ProgrammesService } from './programmes.service';

@Module({
  imports: [AuthModule, ReportingModule],
  providers: [ProgrammesService, ProgrammesResolver],
  exports: [ProgrammesService],
})
export class ProgrammesModule {}
