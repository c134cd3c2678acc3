import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '@tsunagu/platform/auth';
import { DownloadLinkModel, type DownloadLink } from '@tsunagu/platform/downloads';
import { ForbiddenError } from '@tsunagu/platform/errors';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  CaseRecordSettingsModel,
  EraseFamilyInput,
  ExportFamilyRecordInput,
  FamilyErasureModel,
  FamilyErasurePlanModel,
  UpdateCaseRecordSettingsInput,
} from './family-rights.models';
import { FamilyRightsService } from './family-rights.service';
import { CaseRetentionService } from './retention.service';

/**
 * Retention settings and a family's rights (disclosure and erasure). Exporting or erasing a family
 * is a tenant admin's act (`tenant:family-rights:manage`) that also needs reading its content:
 * only an admin who also counsels (a platform admin under emergency access reads, but never exports
 * or erases); anyone else gets FORBIDDEN.
 */
@Resolver()
export class FamilyRightsResolver {
  constructor(
    private readonly retention: CaseRetentionService,
    private readonly rights: FamilyRightsService,
    private readonly access: AccessService,
  ) {}

  @RequirePermission(Permission.UpdateTenantSettings)
  @Query(() => CaseRecordSettingsModel)
  async caseRecordSettings(): Promise<CaseRecordSettingsModel> {
    return { retentionYears: (await this.retention.settings()).retentionYears };
  }

  @RequirePermission(Permission.UpdateTenantSettings)
  @Mutation(() => CaseRecordSettingsModel, { description: 'How long closed cases are kept; audited' })
  async updateCaseRecordSettings(
    @Args('input') input: UpdateCaseRecordSettingsInput,
  ): Promise<CaseRecordSettingsModel> {
    return { retentionYears: (await this.retention.updateSettings(input.retentionYears)).retentionYears };
  }

  @RequirePermission(Permission.ManageFamilyRights)
  @Query(() => FamilyErasurePlanModel, { description: 'What erasing a family deletes and keeps, before confirming' })
  async familyErasurePlan(
    @Args('registrantId', { type: () => ID }) registrantId: string,
  ): Promise<FamilyErasurePlanModel> {
    this.requireContent();
    return this.rights.erasurePlan(registrantId);
  }

  @RequirePermission(Permission.ManageFamilyRights)
  @Mutation(() => DownloadLinkModel, {
    description:
      "Everything held about a family, for a disclosure request: a ZIP archive of a workbook and the conversation's media (a download link); audited",
  })
  async exportFamilyRecord(@Args('input') input: ExportFamilyRecordInput): Promise<DownloadLink> {
    this.requireContent();
    return this.rights.export(input.registrantId);
  }

  @RequirePermission(Permission.ManageFamilyRights)
  @Mutation(() => FamilyErasureModel, {
    description:
      "Erase a family, all or nothing, keeping what the city must keep; BAD_USER_INPUT unless `confirmation` is the family's display name; audited",
  })
  async eraseFamily(@Args('input') input: EraseFamilyInput): Promise<FamilyErasureModel> {
    this.requireContent();
    return this.rights.erase(input.registrantId, input.confirmation);
  }

  /**
   * The family's content is read: the caller must also read consultations and case records here
   * (`COUNSELLOR_ROLE_REQUIRED`: a tenant admin who does not counsel holds the permission, not the content).
   */
  private requireContent(): void {
    const granted = this.access.permissions(this.access.current());
    if (![Permission.ReadConsultations, Permission.ReadCaseRecords].every((p) => granted.includes(p))) {
      throw new ForbiddenError(
        'COUNSELLOR_ROLE_REQUIRED',
        "Exporting or erasing a family reads its content: it needs a counsellor's role in this tenant too",
      );
    }
  }
}
