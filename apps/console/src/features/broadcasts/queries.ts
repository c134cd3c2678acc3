import { graphql } from '../../gql';

/** A broadcast as the list, its page and the live events show it: exactly what goes, to how many. */
export const BROADCAST_ITEM = graphql(`
  fragment BroadcastItem on Broadcast {
    id
    channelId
    title
    status
    audienceKind
    segment {
      match
      groups {
        match
        conditions {
          kind
          attributeKey
          choices
          ageFrom
          ageTo
          tags
        }
      }
    }
    testUserIds
    recipientCount
    scheduledAt
    notificationDisabled
    aggregationUnit
    viewerMayApprove
    createdAt
    submittedAt
    approvedAt
    cancelledAt
    rejectionReason
    composedBy {
      id
      displayName
    }
    approvedBy {
      id
      displayName
    }
    rejectedBy {
      id
      displayName
    }
    cancelledBy {
      id
      displayName
    }
    messages {
      kind
      text
      imageUrl
      previewImageUrl
      title
      url
    }
    figures {
      audience
      sent
      failed
      skipped
      pending
      durationSeconds
      startedAt
      finishedAt
      failures {
        reason
        count
      }
    }
    statistics {
      state
      opens
      clickers
      links {
        seq
        url
        clicks
        uniqueClicks
      }
      readAt
      refreshing
      final
      nextRequestAt
    }
  }
`);

export const BROADCASTS = graphql(`
  query Broadcasts($first: Int!, $after: String, $status: BroadcastStatus) {
    broadcasts(first: $first, after: $after, status: $status) {
      edges {
        node {
          ...BroadcastItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BROADCAST = graphql(`
  query Broadcast($id: ID!) {
    broadcast(id: $id) {
      ...BroadcastItem
    }
  }
`);

export const BROADCAST_CHANNELS = graphql(`
  query BroadcastChannels {
    broadcastChannels {
      id
      name
      reachableFamilies
    }
  }
`);

/** The families a segment reaches today (the API counts it on the tenant's own day). */
export const AUDIENCE_COUNT = graphql(`
  query AudienceCount($channelId: ID, $segment: SegmentInput) {
    audienceCount(channelId: $channelId, segment: $segment)
  }
`);

export const BROADCAST_SETTINGS = graphql(`
  query BroadcastSettings {
    broadcastSettings {
      approverRoles
      approverUserIds
      allowSelfApproval
    }
  }
`);

export const UPDATE_BROADCAST_SETTINGS = graphql(`
  mutation UpdateBroadcastSettings($input: UpdateBroadcastSettingsInput!) {
    updateBroadcastSettings(input: $input) {
      approverRoles
      approverUserIds
      allowSelfApproval
    }
  }
`);

export const CREATE_BROADCAST = graphql(`
  mutation CreateBroadcast($input: CreateBroadcastInput!) {
    createBroadcast(input: $input) {
      ...BroadcastItem
    }
  }
`);

export const UPDATE_BROADCAST = graphql(`
  mutation UpdateBroadcast($input: UpdateBroadcastInput!) {
    updateBroadcast(input: $input) {
      ...BroadcastItem
    }
  }
`);

export const SUBMIT_BROADCAST = graphql(`
  mutation SubmitBroadcast($id: ID!) {
    submitBroadcast(input: { id: $id }) {
      ...BroadcastItem
    }
  }
`);

export const APPROVE_BROADCAST = graphql(`
  mutation ApproveBroadcast($id: ID!) {
    approveBroadcast(input: { id: $id }) {
      ...BroadcastItem
    }
  }
`);

export const REJECT_BROADCAST = graphql(`
  mutation RejectBroadcast($id: ID!, $reason: String!) {
    rejectBroadcast(input: { id: $id, reason: $reason }) {
      ...BroadcastItem
    }
  }
`);

export const CANCEL_BROADCAST = graphql(`
  mutation CancelBroadcast($id: ID!) {
    cancelBroadcast(input: { id: $id }) {
      ...BroadcastItem
    }
  }
`);

export const SEND_TEST_BROADCAST = graphql(`
  mutation SendTestBroadcast($id: ID!) {
    sendTestBroadcast(input: { id: $id }) {
      recipients
    }
  }
`);

export const REFRESH_BROADCAST_STATISTICS = graphql(`
  mutation RefreshBroadcastStatistics($id: ID!) {
    refreshBroadcastStatistics(input: { id: $id }) {
      ...BroadcastItem
    }
  }
`);

export const BROADCAST_EVENTS = graphql(`
  subscription BroadcastEvents($id: ID) {
    broadcastEvents(id: $id) {
      cursor
      missed
      broadcasts {
        ...BroadcastItem
      }
    }
  }
`);
