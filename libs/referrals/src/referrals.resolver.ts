import { Args, Context, ID, Info, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { LiveEventKind, LiveHub, liveBatchOf, liveConnectionOf, type LiveStream } from '@tsunagu/platform/live';
import { selectedFields, type Connection } from '@tsunagu/platform/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { nextStatuses } from './lifecycle';
import {
  AddReferralNoteInput,
  CloseReferralInput,
  CompleteReferralInput,
  CreateReferralInput,
  RecordConsentInput,
  ReferralConnection,
  ReferralConsentModel,
  ReferralEventsModel,
  ReferralIdInput,
  ReferralModel,
  ReferralReasonInput,
  ReferralsArgs,
  ReferralSettingsModel,
  UpdateReferralSettingsInput,
  WithdrawConsentInput,
} from './referrals.models';
import { ReferralsService, type ReferralParts, type ReferralView } from './referrals.service';

/** Consent and referrals; the service holds the rules, this only translates. */
@Resolver()
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly hub: LiveHub,
  ) {}

  @RequirePermission(Permission.ReadReferrals)
  @Subscription(() => ReferralEventsModel, {
    description:
      "Referrals whose status or timeline changed, as they are committed (one referral's with `id`): a " +
      'counsellor hears of the tenant’s, a partner user of those sent to their organisation. Over WebSocket only',
    async resolve(this: ReferralsResolver, batch: unknown): Promise<ReferralEventsModel> {
      const live = liveBatchOf(batch);
      const views = await this.service.liveViews([...new Set(live.events.map((event) => event.ids[0]))]);
      if (views.length === 0) live.nothingVisible();
      return { cursor: live.cursor, missed: live.missed, referrals: views.map(toModel) };
    },
  })
  referralEvents(
    @Args('id', { type: () => ID, nullable: true, description: 'Only this referral' }) id: string | null,
    @Context() context: unknown,
  ): LiveStream {
    return this.hub.open(
      liveConnectionOf(context),
      Permission.ReadReferrals,
      (event) => event.kind === LiveEventKind.ReferralUpdated && (!id || event.ids[0] === id),
    );
  }

  @RequirePermission(Permission.ReadReferrals)
  @Query(() => ReferralConnection, {
    description: "Newest first: a counsellor sees the tenant's, a partner user those sent to their organisation",
  })
  async referrals(@Args() args: ReferralsArgs, @Info() info: GraphQLResolveInfo): Promise<Connection<ReferralModel>> {
    const page = await this.service.list(args.filter ?? {}, args.first, args.after, parts(info, ['edges', 'node']));
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toModel(edge.node) })) };
  }

  @RequirePermission(Permission.ReadReferrals)
  @Query(() => ReferralModel, { description: "One referral with its timeline; a partner user's read is audited" })
  async referral(@Args('id', { type: () => ID }) id: string, @Info() info: GraphQLResolveInfo): Promise<ReferralModel> {
    return toModel(await this.service.get(id, parts(info)));
  }

  @RequirePermission(Permission.MakeReferrals)
  @Query(() => [ReferralConsentModel], { description: "The consents of a conversation's family, newest first" })
  async referralConsents(
    @Args('conversationId', { type: () => ID }) conversationId: string,
  ): Promise<ReferralConsentModel[]> {
    return this.service.consents(conversationId);
  }

  // A deadline, not a referral: the admins who set it, the counsellors and partners who keep it.
  @RequirePermission(Permission.ReadTenant)
  @Query(() => ReferralSettingsModel)
  async referralSettings(): Promise<ReferralSettingsModel> {
    return { responseBusinessDays: (await this.service.settings()).responseBusinessDays };
  }

  @RequirePermission(Permission.UpdateTenantSettings)
  @Mutation(() => ReferralSettingsModel, { description: 'The response deadline of referrals; audited' })
  async updateReferralSettings(@Args('input') input: UpdateReferralSettingsInput): Promise<ReferralSettingsModel> {
    return {
      responseBusinessDays: (await this.service.updateSettings(input.responseBusinessDays)).responseBusinessDays,
    };
  }

  @RequirePermission(Permission.MakeReferrals)
  @Mutation(() => ReferralConsentModel, { description: "Record the family's consent to share with a partner; audited" })
  async recordConsent(@Args('input') input: RecordConsentInput): Promise<ReferralConsentModel> {
    return this.service.consent((await this.service.recordConsent(input)).id);
  }

  @RequirePermission(Permission.MakeReferrals)
  @Mutation(() => ReferralConsentModel, {
    description:
      'Withdraw a consent: referrals not yet accepted are RECALLED, accepted ones CLOSED (CONSENT_WITHDRAWN), and the partner no longer sees what was shared',
  })
  async withdrawConsent(@Args('input') input: WithdrawConsentInput): Promise<ReferralConsentModel> {
    return this.service.consent((await this.service.withdrawConsent(input)).id);
  }

  @RequirePermission(Permission.MakeReferrals)
  @Mutation(() => ReferralModel, { description: 'A DRAFT referral from a conversation' })
  async createReferral(@Args('input') input: CreateReferralInput): Promise<ReferralModel> {
    const referral = await this.service.create(input);
    return toModel(await this.service.get(referral.id));
  }

  @RequirePermission(Permission.MakeReferrals)
  @Mutation(() => ReferralModel, { description: "Send a draft: needs the family's consent for this partner" })
  async sendReferral(@Args('input') input: ReferralIdInput): Promise<ReferralModel> {
    return this.after(await this.service.send(input.id));
  }

  @RequirePermission(Permission.MakeReferrals)
  @Mutation(() => ReferralModel, { description: 'Recall a sent referral before the partner accepts it' })
  async recallReferral(@Args('input') input: ReferralReasonInput): Promise<ReferralModel> {
    return this.after(await this.service.recall(input.id, input.reason));
  }

  @RequirePermission(Permission.RespondToReferrals)
  @Mutation(() => ReferralModel)
  async acceptReferral(@Args('input') input: ReferralIdInput): Promise<ReferralModel> {
    return this.after(await this.service.accept(input.id));
  }

  @RequirePermission(Permission.RespondToReferrals)
  @Mutation(() => ReferralModel)
  async declineReferral(@Args('input') input: ReferralReasonInput): Promise<ReferralModel> {
    return this.after(await this.service.decline(input.id, input.reason));
  }

  @RequirePermission(Permission.RespondToReferrals)
  @Mutation(() => ReferralModel, { description: 'The partner has started working with the family' })
  async startReferral(@Args('input') input: ReferralIdInput): Promise<ReferralModel> {
    return this.after(await this.service.start(input.id));
  }

  @RequirePermission(Permission.RespondToReferrals)
  @Mutation(() => ReferralModel)
  async completeReferral(@Args('input') input: CompleteReferralInput): Promise<ReferralModel> {
    return this.after(await this.service.complete(input.id, input.outcome, input.note));
  }

  @RequirePermission(Permission.RespondToReferrals)
  @Mutation(() => ReferralModel)
  async closeReferral(@Args('input') input: CloseReferralInput): Promise<ReferralModel> {
    return this.after(await this.service.close(input.id, input.reason, input.note));
  }

  @RequirePermission(Permission.NoteReferrals)
  @Mutation(() => ReferralModel, {
    description:
      'Add a note to a SENT, ACCEPTED or IN_PROGRESS referral, from either side: it joins the timeline both sides read (`reason` `note`); audited',
  })
  async addReferralNote(@Args('input') input: AddReferralNoteInput): Promise<ReferralModel> {
    return this.after(await this.service.addNote(input.referralId, input.text));
  }

  /** The referral as the caller now sees it (its writes are flushed in the same transaction). */
  private async after(referral: { id: string }): Promise<ReferralModel> {
    return toModel(await this.service.get(referral.id));
  }
}

/** What of a referral the operation shows beyond its own columns: the rest is not read. */
export function parts(info: GraphQLResolveInfo, path: string[] = []): ReferralParts {
  const fields = selectedFields(info, path);
  return {
    summary: fields.has('summary'),
    sharedMessages: fields.has('sharedMessages'),
    sharedAssessmentFields: fields.has('sharedAssessmentFields'),
    timeline: fields.has('timeline'),
  };
}

export function toModel(view: ReferralView): ReferralModel {
  const { share, asPartner } = view;
  const shared = share && !share.withdrawn;
  return {
    id: view.id,
    status: view.status,
    nextStatuses: [...nextStatuses(view.status)],
    partnerOrganization: { id: view.partnerOrganizationId, name: view.partnerOrganizationName },
    partnerServiceId: view.partnerServiceId,
    conversationId: asPartner ? null : view.conversationId,
    consentId: asPartner ? null : view.consentId,
    // The partner reads the snapshot; the referring side its draft until sent, then the snapshot too.
    summary: asPartner || share ? (shared ? share.summary : null) : view.summary,
    familyDisplayName: view.familyDisplayName,
    sharedMessages: shared ? share.messages.map((m) => ({ ...m, sentAt: new Date(m.sentAt) })) : [],
    sharedAssessmentFields: shared ? share.assessmentFields : [],
    shareActive: Boolean(shared),
    sentAt: view.sentAt,
    respondBy: view.respondBy,
    overdue: view.overdue,
    responseBusinessDaysLeft: view.responseBusinessDaysLeft,
    outcome: view.outcome,
    closeReason: view.closeReason,
    declineReason: view.declineReason,
    recallReason: view.recallReason,
    timeline: view.timeline,
    createdAt: view.createdAt,
  };
}
