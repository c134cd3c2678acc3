import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import type { Connection } from '@tsunagu/platform/graphql';
import { NotificationsService } from './notifications.service';
import { AssigneeModel } from './conversation.models';
import {
  AddCrisisContactInput,
  CrisisContactModel,
  DeleteKeywordRuleInput,
  MatchingKeywordRuleArgs,
  RemoveCrisisContactInput,
  UpdateCrisisContactInput,
  InboxSettingsModel,
  KeywordRuleModel,
  MarkNotificationsReadInput,
  NotificationConnection,
  NotificationsArgs,
  OnDutyStatusModel,
  SetOnDutyInput,
  UpdateInboxSettingsInput,
  UpsertKeywordRuleInput,
  type NotificationModel,
} from './triage.models';
import { TriageSettingsService } from './triage-settings.service';

@Resolver()
export class TriageResolver {
  constructor(
    private readonly settings: TriageSettingsService,
    private readonly notificationsService: NotificationsService,
  ) {}

  @RequirePermission(Permission.ManageInboxSettings)
  @Query(() => [KeywordRuleModel], { description: 'The words that mark a conversation URGENT' })
  keywordRules(): Promise<KeywordRuleModel[]> {
    return this.settings.keywordRules();
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => KeywordRuleModel)
  upsertKeywordRule(@Args('input') input: UpsertKeywordRuleInput): Promise<KeywordRuleModel> {
    return this.settings.upsertKeywordRule(input);
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Query(() => KeywordRuleModel, {
    nullable: true,
    description:
      'The keyword rule a family message with this text would fire (the one triage would record), or null: the same matcher as triage',
  })
  matchingKeywordRule(@Args() args: MatchingKeywordRuleArgs): Promise<KeywordRuleModel | null> {
    return this.settings.matchingKeywordRule(args.text);
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => Boolean)
  async deleteKeywordRule(@Args('input') input: DeleteKeywordRuleInput): Promise<boolean> {
    await this.settings.deleteKeywordRule(input.id);
    return true;
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Query(() => InboxSettingsModel)
  inboxSettings(): Promise<InboxSettingsModel> {
    return this.settings.inboxSettings();
  }

  @RequirePermission(Permission.ReadConsultations)
  @Query(() => [CrisisContactModel], { description: 'The numbers to give a family in crisis, as the tenant set them' })
  crisisContacts(): Promise<CrisisContactModel[]> {
    return this.settings.crisisContacts();
  }

  @RequirePermission(Permission.ReadConsultations)
  @Query(() => [AssigneeModel], {
    description: "The tenant's active counsellors, by name: whom a conversation can go to",
  })
  counsellors(): Promise<AssigneeModel[]> {
    return this.settings.counsellors();
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => InboxSettingsModel)
  updateInboxSettings(@Args('input') input: UpdateInboxSettingsInput): Promise<InboxSettingsModel> {
    return this.settings.updateInboxSettings(input);
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => CrisisContactModel, {
    description:
      'Add one crisis contact at the end of the list; the others stay, even when added at the same time; audited',
  })
  addCrisisContact(@Args('input') input: AddCrisisContactInput): Promise<CrisisContactModel> {
    return this.settings.addCrisisContact(input.contact);
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => CrisisContactModel, {
    description: 'Change one crisis contact (its id changes with it); NOT_FOUND when it changed meanwhile; audited',
  })
  updateCrisisContact(@Args('input') input: UpdateCrisisContactInput): Promise<CrisisContactModel> {
    return this.settings.updateCrisisContact(input.id, input.contact);
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => Boolean, { description: 'Remove one crisis contact (never the last one); audited' })
  async removeCrisisContact(@Args('input') input: RemoveCrisisContactInput): Promise<boolean> {
    await this.settings.removeCrisisContact(input.id);
    return true;
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => OnDutyStatusModel, { description: 'Urgent notifications go to the counsellors on duty' })
  async setOnDuty(@Args('input') input: SetOnDutyInput): Promise<OnDutyStatusModel> {
    return { onDuty: await this.notificationsService.setOnDuty(input.onDuty) };
  }

  @RequirePermission(Permission.ManageConsultations)
  @Query(() => OnDutyStatusModel, { description: 'Whether you are on duty (urgent notifications go to those on duty)' })
  async onDuty(): Promise<OnDutyStatusModel> {
    return { onDuty: await this.notificationsService.onDuty() };
  }

  @RequirePermission(Permission.ReadTenant)
  @Query(() => Int, { description: "How many of the signed-in user's notifications are unread" })
  unreadNotificationCount(): Promise<number> {
    return this.notificationsService.unreadCount();
  }

  // Anyone's own notices (partner users' about referrals included): they carry ids, never content.
  @RequirePermission(Permission.ReadTenant)
  @Query(() => NotificationConnection, { description: "The signed-in user's notifications, newest first" })
  notifications(@Args() args: NotificationsArgs): Promise<Connection<NotificationModel>> {
    return this.notificationsService.list(args.first, args.after);
  }

  @RequirePermission(Permission.ReadTenant)
  @Mutation(() => Int, { description: 'How many were marked; reading an urgent notification acknowledges it' })
  markNotificationsRead(@Args('input') input: MarkNotificationsReadInput): Promise<number> {
    return this.notificationsService.markRead(input.ids);
  }
}
