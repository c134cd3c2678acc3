import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { AccessService } from '@tsunagu/platform/auth';
import { Tenant, TenantDb } from '@tsunagu/platform/database';
import { todayIn } from '@tsunagu/platform/calendar';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { AttributesService } from './attributes.service';
import { AudienceService } from './audience.service';
import {
  AudienceSchemaModel,
  CreateRegistrantAttributeInput,
  DeleteRegistrantAttributeInput,
  FamilyProfileModel,
  RegistrantAttributeModel,
  TestRecipientChannelInput,
  TestRecipientChannelModel,
  TestRecipientLinkCodeModel,
  UpdateFamilyProfileInput,
  UpdateRegistrantAttributeInput,
} from './audience.models';
import { SegmentInput } from './segment.models';
import { TestRecipientsService } from './test-recipients.service';

@ArgsType()
class AudienceCountArgs {
  @Field(() => ID, { nullable: true, description: "One channel's families; every channel of the tenant when left out" })
  @IsOptional()
  @IsUUID()
  channelId?: string | null;

  @Field(() => SegmentInput, { nullable: true, description: 'Everyone when left out' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SegmentInput)
  segment?: SegmentInput | null;
}

/** Families' attributes, tags, segments' counts and test recipients. */
@Resolver()
export class AudienceResolver {
  constructor(
    private readonly attributes: AttributesService,
    private readonly audience: AudienceService,
    private readonly recipients: TestRecipientsService,
    private readonly tenantDb: TenantDb,
    private readonly access: AccessService,
  ) {}

  @RequirePermission(Permission.ReadAudienceSchema)
  @Query(() => AudienceSchemaModel, { description: "The tenant's family attributes and the tags in use" })
  audienceSchema(): Promise<AudienceSchemaModel> {
    return this.attributes.schema();
  }

  @RequirePermission(Permission.CountAudience)
  @Query(() => Int, {
    description:
      "How many families (not blocked) the segment reaches today in the tenant's zone; 0 is an answer, not an error (a broadcast refuses it)",
  })
  async audienceCount(@Args() args: AudienceCountArgs): Promise<number> {
    const em = this.tenantDb.em;
    const tenant = await em.findOneOrFail(Tenant, { id: this.tenantDb.tenantId }, { fields: ['timezone'] });
    return this.audience.count(em, args.channelId ?? null, args.segment ?? null, todayIn(tenant.timezone));
  }

  @RequirePermission(Permission.ManageRegistrantAttributes)
  @Mutation(() => RegistrantAttributeModel, { description: 'Add a family attribute; audited' })
  createRegistrantAttribute(@Args('input') input: CreateRegistrantAttributeInput): Promise<RegistrantAttributeModel> {
    return this.attributes.create(input);
  }

  @RequirePermission(Permission.ManageRegistrantAttributes)
  @Mutation(() => RegistrantAttributeModel, { description: 'Change a family attribute; audited' })
  updateRegistrantAttribute(@Args('input') input: UpdateRegistrantAttributeInput): Promise<RegistrantAttributeModel> {
    return this.attributes.update(input);
  }

  @RequirePermission(Permission.ManageRegistrantAttributes)
  @Mutation(() => Boolean, { description: "Delete a family attribute and every family's values of it; audited" })
  async deleteRegistrantAttribute(@Args('input') input: DeleteRegistrantAttributeInput): Promise<boolean> {
    await this.attributes.delete(input.id);
    return true;
  }

  @RequirePermission(Permission.ReadConsultations)
  @Query(() => FamilyProfileModel, { description: "A family's attribute values and tags (the family card)" })
  familyProfile(@Args('registrantId', { type: () => ID }) registrantId: string): Promise<FamilyProfileModel> {
    return this.attributes.profile(registrantId);
  }

  @RequirePermission(Permission.EditFamilyProfiles)
  @Mutation(() => FamilyProfileModel, { description: "Set a family's attribute values and tags; audited" })
  updateFamilyProfile(@Args('input') input: UpdateFamilyProfileInput): Promise<FamilyProfileModel> {
    // The answer shows the family's data: consultation content.
    this.access.authorize(this.access.current(), Permission.ReadConsultations);
    return this.attributes.updateProfile(input);
  }

  @RequirePermission(Permission.ManageOwnTestRecipient)
  @Query(() => [TestRecipientChannelModel], {
    description: "The tenant's channels with the staff linked as test recipients",
  })
  testRecipients(): Promise<TestRecipientChannelModel[]> {
    return this.recipients.list(this.access.current().userId);
  }

  @RequirePermission(Permission.ManageOwnTestRecipient)
  @Mutation(() => TestRecipientLinkCodeModel, {
    description:
      'A one-time code (15 minutes) to send to the channel from your own LINE, to receive test broadcasts; audited',
  })
  createTestRecipientLinkCode(@Args('input') input: TestRecipientChannelInput): Promise<TestRecipientLinkCodeModel> {
    return this.recipients.createCode(this.access.current().userId, input.channelId);
  }

  @RequirePermission(Permission.ManageOwnTestRecipient)
  @Mutation(() => Boolean, { description: 'Unlink your own LINE account from the channel; audited' })
  unlinkTestRecipient(@Args('input') input: TestRecipientChannelInput): Promise<boolean> {
    return this.recipients.unlink(this.access.current().userId, input.channelId);
  }
}
