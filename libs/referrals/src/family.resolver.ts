import { Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AccessService } from '@tsunagu/platform/auth';
import { Permission } from '@tsunagu/platform/permissions';
import { ConversationModel } from '@tsunagu/conversations';
import { ReferralConsentModel, ReferralModel } from './referrals.models';
import { parts, toModel } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

/**
 * The family card of a conversation: its family's consents and referrals. Declared here, not in
 * conversations, which knows nothing of referrals. Resolved only when selected, one statement each
 * per conversation (the card shows one). Only the referring side (`MakeReferrals`) reads them:
 * anyone else who reads the conversation (a platform admin under emergency access) gets FORBIDDEN
 * on these fields, nullable so that the rest of the conversation still answers.
 */
@Resolver(() => ConversationModel)
export class FamilyResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [ReferralConsentModel], {
    nullable: true,
    description:
      "The family's consents, newest first, withdrawn ones included; FORBIDDEN (this field null) unless the caller makes referrals",
  })
  async consents(@Parent() conversation: ConversationModel): Promise<ReferralConsentModel[]> {
    this.access.authorize(this.access.current(), Permission.MakeReferrals);
    return this.service.familyConsents(conversation.registrant.id);
  }

  @ResolveField(() => [ReferralModel], {
    nullable: true,
    description: "The family's referrals, newest first; FORBIDDEN (this field null) unless the caller makes referrals",
  })
  async referrals(
    @Parent() conversation: ConversationModel,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReferralModel[]> {
    this.access.authorize(this.access.current(), Permission.MakeReferrals);
    return (await this.service.familyReferrals(conversation.registrant.id, parts(info))).map(toModel);
  }
}
