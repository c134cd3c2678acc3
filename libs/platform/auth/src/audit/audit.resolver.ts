import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DownloadLinkModel } from '@tsunagu/platform/downloads';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { AuditQueryService } from './audit-query.service';
import { AuditChainVerification, AuditEventConnection, AuditEventsArgs, ExportAuditEventsInput } from './audit.models';

@Resolver()
export class AuditResolver {
  constructor(private readonly auditQuery: AuditQueryService) {}

  @RequirePermission(Permission.ReadAuditTrail)
  @Query(() => AuditEventConnection, {
    description: "This tenant's audit trail, newest first; the read is itself audited (`audit.viewed`)",
  })
  auditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.auditQuery.list(this.auditQuery.tenantChain(), args.filter, args.first, args.after);
  }

  @RequirePermission(Permission.ReadAuditTrail)
  @Query(() => AuditChainVerification, {
    description: "Recompute this tenant's audit chain: an edited or deleted event breaks it (`audit.verified`)",
  })
  verifyAuditChain(): Promise<AuditChainVerification> {
    return this.auditQuery.verify(this.auditQuery.tenantChain());
  }

  @RequirePermission(Permission.ExportAuditTrail)
  @Mutation(() => DownloadLinkModel, {
    description:
      'The matching audit events as a CSV file (UTF-8 with BOM, Japanese headers); audited (`audit.exported`)',
  })
  exportAuditEvents(@Args('input') input: ExportAuditEventsInput): Promise<DownloadLinkModel> {
    return this.auditQuery.export(this.auditQuery.tenantChain(), input.filter);
  }

  @RequirePermission(Permission.ReadPlatformAuditTrail)
  @Query(() => AuditEventConnection, {
    description:
      "The platform's audit trail (sign-ins, onboarding, emergency access), newest first; the read is itself " +
      'audited there (`audit.viewed`)',
  })
  platformAuditEvents(@Args() args: AuditEventsArgs): Promise<AuditEventConnection> {
    return this.auditQuery.list(this.auditQuery.platformChain(), args.filter, args.first, args.after);
  }

  @RequirePermission(Permission.ReadPlatformAuditTrail)
  @Query(() => AuditChainVerification, {
    description: "Recompute the platform's audit chain (`audit.verified`)",
  })
  verifyPlatformAuditChain(): Promise<AuditChainVerification> {
    return this.auditQuery.verify(this.auditQuery.platformChain());
  }

  @RequirePermission(Permission.ExportPlatformAuditTrail)
  @Mutation(() => DownloadLinkModel, {
    description:
      "The platform's matching audit events as a CSV file (UTF-8 with BOM, Japanese headers, times in Japan); " +
      'audited (`audit.exported`)',
  })
  exportPlatformAuditEvents(@Args('input') input: ExportAuditEventsInput): Promise<DownloadLinkModel> {
    return this.auditQuery.export(this.auditQuery.platformChain(), input.filter);
  }
}
