import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AccessService } from '@tsunagu/platform/auth';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import { CannedResponsesService } from './canned-responses.service';
import { CategoriesService } from './categories.service';
import { ConversationModel } from './conversation.models';
import {
  CannedResponseModel,
  CannedResponsesArgs,
  CategorizeConversationInput,
  ConversationCategoryModel,
  CreateCannedResponseInput,
  CreateConversationCategoryInput,
  DeleteCannedResponseInput,
  DeleteConversationCategoryInput,
  UpdateCannedResponseInput,
  UpdateConversationCategoryInput,
} from './inbox-settings.models';

/** The inbox's tenant-defined lists: conversation categories and canned responses. */
@Resolver()
export class InboxSettingsResolver {
  constructor(
    private readonly categories: CategoriesService,
    private readonly responses: CannedResponsesService,
    private readonly access: AccessService,
  ) {}

  // Category names are not sensitive, and admins and counsellors both need them.
  @RequirePermission(Permission.ReadTenant)
  @Query(() => [ConversationCategoryModel], {
    description: "The tenant's conversation categories, by sortOrder then name (a new tenant starts with defaults)",
  })
  conversationCategories(): Promise<ConversationCategoryModel[]> {
    return this.categories.list();
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => ConversationCategoryModel, { description: 'Add a conversation category; audited' })
  createConversationCategory(
    @Args('input') input: CreateConversationCategoryInput,
  ): Promise<ConversationCategoryModel> {
    return this.categories.create(input.name);
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => ConversationCategoryModel, { description: 'Rename or reorder a conversation category; audited' })
  updateConversationCategory(
    @Args('input') input: UpdateConversationCategoryInput,
  ): Promise<ConversationCategoryModel> {
    return this.categories.update(input.id, { name: input.name, sortOrder: input.sortOrder });
  }

  @RequirePermission(Permission.ManageInboxSettings)
  @Mutation(() => Boolean, {
    description: 'Delete a conversation category and take it off every conversation; audited',
  })
  async deleteConversationCategory(@Args('input') input: DeleteConversationCategoryInput): Promise<boolean> {
    await this.categories.delete(input.id);
    return true;
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => ConversationModel, { description: "Replace a conversation's categories; audited" })
  categorizeConversation(@Args('input') input: CategorizeConversationInput): Promise<ConversationModel> {
    return this.categories.categorize(input.conversationId, input.categoryIds);
  }

  @RequirePermission(Permission.ManageCannedResponses)
  @Query(() => [CannedResponseModel], {
    description:
      "The tenant's canned responses by title; with a conversation, `text` is filled in for its registrant (which needs reading consultations)",
  })
  cannedResponses(@Args() args: CannedResponsesArgs): Promise<CannedResponseModel[]> {
    // The filled-in text carries the family's name: consultation content.
    if (args.conversationId) this.access.authorize(this.access.current(), Permission.ReadConsultations);
    return this.responses.list(args.conversationId);
  }

  @RequirePermission(Permission.ManageCannedResponses)
  @Mutation(() => CannedResponseModel)
  createCannedResponse(@Args('input') input: CreateCannedResponseInput): Promise<CannedResponseModel> {
    return this.responses.create(input);
  }

  @RequirePermission(Permission.ManageCannedResponses)
  @Mutation(() => CannedResponseModel)
  updateCannedResponse(@Args('input') input: UpdateCannedResponseInput): Promise<CannedResponseModel> {
    return this.responses.update(input);
  }

  @RequirePermission(Permission.ManageCannedResponses)
  @Mutation(() => Boolean)
  async deleteCannedResponse(@Args('input') input: DeleteCannedResponseInput): Promise<boolean> {
    await this.responses.delete(input.id);
    return true;
  }
}
