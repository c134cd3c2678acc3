import { graphql } from '../../gql';

/** A conversation as the list and the live events show it. */
export const CONVERSATION_ITEM = graphql(`
  fragment ConversationItem on Conversation {
    id
    status
    priority
    unreadCount
    lastMessageAt
    categoryIds
    urgentSince
    urgentKeyword
    channel {
      id
      name
    }
    assignee {
      id
      displayName
    }
    registrant {
      id
      displayName
      status
    }
    lastMessage {
      id
      type
      text
      direction
      unsent
    }
  }
`);

/** A message of the timeline, as the thread and the live events show it. */
export const MESSAGE_ITEM = graphql(`
  fragment MessageItem on Message {
    id
    direction
    type
    text
    unsent
    sentAt
    deliveryStatus
    automatic
    media {
      id
      status
      contentType
      fileName
      url
    }
  }
`);

export const CONVERSATIONS = graphql(`
  query Conversations($first: Int!, $after: String, $filter: ConversationFilter) {
    conversations(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ConversationItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What the inbox's filters and controls choose from. */
export const INBOX_CHOICES = graphql(`
  query InboxChoices {
    conversationCategories {
      id
      name
    }
    counsellors {
      id
      displayName
    }
    conversationChannels {
      id
      name
    }
  }
`);

export const CONVERSATION = graphql(`
  query Conversation($id: ID!) {
    conversation(id: $id) {
      ...ConversationItem
      outOfHours
      categories {
        id
        name
      }
    }
  }
`);

export const MESSAGES = graphql(`
  query Messages($conversationId: ID!, $first: Int!, $after: String) {
    messages(conversationId: $conversationId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MessageItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CANNED_RESPONSES = graphql(`
  query CannedResponses($conversationId: ID) {
    cannedResponses(conversationId: $conversationId) {
      id
      title
      text
    }
  }
`);

export const REPLY = graphql(`
  mutation Reply($input: ReplyToConversationInput!) {
    replyToConversation(input: $input) {
      ...MessageItem
    }
  }
`);

export const SET_STATUS = graphql(`
  mutation SetConversationStatus($input: SetConversationStatusInput!) {
    setConversationStatus(input: $input) {
      ...ConversationItem
    }
  }
`);

export const SET_PRIORITY = graphql(`
  mutation SetConversationPriority($input: SetConversationPriorityInput!) {
    setConversationPriority(input: $input) {
      ...ConversationItem
    }
  }
`);

export const ASSIGN = graphql(`
  mutation AssignConversation($input: AssignConversationInput!) {
    assignConversation(input: $input) {
      ...ConversationItem
    }
  }
`);

export const CATEGORIZE = graphql(`
  mutation CategorizeConversation($input: CategorizeConversationInput!) {
    categorizeConversation(input: $input) {
      ...ConversationItem
      categories {
        id
        name
      }
    }
  }
`);

export const INBOX_EVENTS = graphql(`
  subscription InboxEvents {
    inboxEvents {
      missed
      events {
        kind
        conversation {
          ...ConversationItem
        }
        message {
          ...MessageItem
        }
      }
    }
  }
`);

export const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeConversation($input: AcknowledgeConversationInput!) {
    acknowledgeConversation(input: $input) {
      ...ConversationItem
    }
  }
`);

export const RETRY_REPLY = graphql(`
  mutation RetryReply($input: RetryReplyInput!) {
    retryReply(input: $input) {
      ...MessageItem
    }
  }
`);
