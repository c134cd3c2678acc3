import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import {
  AssignConversationInput,
  ConversationConnection,
  ConversationModel,
  ConversationsArgs,
  MessageConnection,
  MessagesArgs,
  MessageModel,
  ReplyToConversationInput,
  SetConversationPriorityInput,
  SetConversationStatusInput,
} from './conversation.models';
import { InboxService } from './inbox.service';
import { OutboundService } from './outbound.service';
import { selectedFields, type Connection } from '@tsunagu/platform/graphql';

@Resolver(() => ConversationModel)
export class InboxResolver {
  constructor(
    private readonly inbox: InboxService,
    private readonly outbound: OutboundService,
  ) {}

  @RequirePermission(Permission.ReadConsultations)
  @Query(() => ConversationConnection, { description: 'The inbox: conversations, most recent first' })
  conversations(
    @Args() args: ConversationsArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ConversationModel>> {
    // The page's query reads the last message, its media and the categories only when asked for.
    const node = selectedFields(info, ['edges', 'node']);
    return this.inbox.conversations(args.filter, args.first, args.after, {
      lastMessage: node.has('lastMessage'),
      media: selectedFields(info, ['edges', 'node', 'lastMessage']).has('media'),
      categories: node.has('categories'),
    });
  }

  @RequirePermission(Permission.ReadConsultations)
  @Query(() => ConversationModel)
  conversation(@Args('id', { type: () => ID }) id: string): Promise<ConversationModel> {
    return this.inbox.conversation(id);
  }

  @RequirePermission(Permission.ReadConsultations)
  @Query(() => MessageConnection, { description: "A conversation's messages, newest first (each view is audited)" })
  messages(@Args() args: MessagesArgs): Promise<Connection<MessageModel>> {
    return this.inbox.messages(args.conversationId, args.first, args.after);
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => MessageModel, { description: 'Answer the family; the message is sent by the job queue' })
  async replyToConversation(@Args('input') input: ReplyToConversationInput): Promise<MessageModel> {
    const message = await this.outbound.reply(input.conversationId, input.text);
    return {
      id: message.id,
      direction: message.direction,
      type: message.type,
      text: message.text ?? null,
      sentAt: message.sentAt,
      unsent: false,
      deliveryStatus: message.deliveryStatus ?? null,
      automatic: null,
      media: null,
    };
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => ConversationModel)
  setConversationStatus(@Args('input') input: SetConversationStatusInput): Promise<ConversationModel> {
    return this.inbox.setStatus(input.conversationId, input.status);
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => ConversationModel)
  setConversationPriority(@Args('input') input: SetConversationPriorityInput): Promise<ConversationModel> {
    return this.inbox.setPriority(input.conversationId, input.priority);
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => ConversationModel)
  assignConversation(@Args('input') input: AssignConversationInput): Promise<ConversationModel> {
    return this.inbox.assign(input.conversationId, input.assigneeId);
  }
}
