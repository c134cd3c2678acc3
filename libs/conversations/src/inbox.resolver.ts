import { Args, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Permission, RequirePermission } from '@tsunagu/platform/permissions';
import type { Message } from './conversation.entities';
import {
  AcknowledgeConversationInput,
  AssignConversationInput,
  ConversationConnection,
  ConversationChannelModel,
  ConversationModel,
  ConversationsArgs,
  MessageConnection,
  MessagesArgs,
  MessageModel,
  ReplyToConversationInput,
  RetryReplyInput,
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
  @Query(() => ConversationConnection, {
    description: 'The inbox: URGENT conversations first, then the others; each part most recent first',
  })
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
  @Query(() => [ConversationChannelModel], {
    description: "The tenant's LINE channels, by name: the inbox's channel filter",
  })
  conversationChannels(): Promise<ConversationChannelModel[]> {
    return this.inbox.channels();
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
    return outboundText(await this.outbound.reply(input.conversationId, input.text));
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => MessageModel, {
    description:
      "Send a counsellor's reply that FAILED or is UNKNOWN again (QUEUED once more, by push with the retry key " +
      'of its first sending, so that LINE delivers it once)',
  })
  async retryReply(@Args('input') input: RetryReplyInput): Promise<MessageModel> {
    return outboundText(await this.outbound.retry(input.messageId));
  }

  @RequirePermission(Permission.ManageConsultations)
  @Mutation(() => ConversationModel, {
    description:
      'Acknowledge the urgent episode (ends it before any escalation; reads your urgent notifications about it). ' +
      'Without one, the conversation is returned unchanged',
  })
  acknowledgeConversation(@Args('input') input: AcknowledgeConversationInput): Promise<ConversationModel> {
    return this.inbox.acknowledge(input.conversationId);
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

/** A counsellor's text reply, as the mutations that queue it return it. */
function outboundText(message: Message): MessageModel {
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
