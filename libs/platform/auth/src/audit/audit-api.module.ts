import { Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service';
import { AuditResolver } from './audit.resolver';

/**
 * The GraphQL face of the audit trail: `auditEvents`, `verifyAuditChain`, `exportAuditEvents`.
 * It relies on the global AuditModule (the trail), DownloadsModule and DatabaseModule.
 */
@Module({ providers: [AuditQueryService, AuditResolver] })
export class AuditApiModule {}
