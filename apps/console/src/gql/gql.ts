/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n': typeof types.MySessionsDocument;
  '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n': typeof types.RevokeSessionDocument;
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n': typeof types.InvitationDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.VerifyMfaDocument;
  '\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n': typeof types.EnrollMfaDocument;
  '\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n': typeof types.ConfirmMfaDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query CrisisContacts {\n    crisisContacts {\n      name\n      phone\n      note\n    }\n  }\n': typeof types.CrisisContactsDocument;
  '\n  subscription NotificationEvents {\n    notificationEvents {\n      missed\n      notifications {\n        id\n        kind\n        conversationId\n        referralId\n        createdAt\n        readAt\n      }\n    }\n  }\n': typeof types.NotificationEventsDocument;
  '\n  query UrgentConversations {\n    conversations(first: 10, filter: { awaitingAcknowledgement: true }) {\n      edges {\n        node {\n          ...ConversationItem\n        }\n      }\n    }\n  }\n': typeof types.UrgentConversationsDocument;
  '\n  fragment ConversationItem on Conversation {\n    id\n    status\n    priority\n    unreadCount\n    lastMessageAt\n    categoryIds\n    urgentSince\n    urgentKeyword\n    channel {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    registrant {\n      id\n      displayName\n      status\n    }\n    lastMessage {\n      id\n      type\n      text\n      direction\n      unsent\n    }\n  }\n': typeof types.ConversationItemFragmentDoc;
  '\n  fragment MessageItem on Message {\n    id\n    direction\n    type\n    text\n    unsent\n    sentAt\n    deliveryStatus\n    automatic\n    media {\n      id\n      status\n      contentType\n      fileName\n      url\n    }\n  }\n': typeof types.MessageItemFragmentDoc;
  '\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter) {\n    conversations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ConversationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.ConversationsDocument;
  '\n  query InboxChoices {\n    conversationCategories {\n      id\n      name\n    }\n    counsellors {\n      id\n      displayName\n    }\n    conversationChannels {\n      id\n      name\n    }\n  }\n': typeof types.InboxChoicesDocument;
  '\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationItem\n      outOfHours\n      categories {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ConversationDocument;
  '\n  query Messages($conversationId: ID!, $first: Int!, $after: String) {\n    messages(conversationId: $conversationId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.MessagesDocument;
  '\n  query CannedResponses($conversationId: ID) {\n    cannedResponses(conversationId: $conversationId) {\n      id\n      title\n      text\n    }\n  }\n': typeof types.CannedResponsesDocument;
  '\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      ...MessageItem\n    }\n  }\n': typeof types.ReplyDocument;
  '\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      ...ConversationItem\n    }\n  }\n': typeof types.SetConversationStatusDocument;
  '\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      ...ConversationItem\n    }\n  }\n': typeof types.SetConversationPriorityDocument;
  '\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n': typeof types.AssignConversationDocument;
  '\n  mutation CategorizeConversation($input: CategorizeConversationInput!) {\n    categorizeConversation(input: $input) {\n      ...ConversationItem\n      categories {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CategorizeConversationDocument;
  '\n  subscription InboxEvents {\n    inboxEvents {\n      missed\n      events {\n        kind\n        conversation {\n          ...ConversationItem\n        }\n        message {\n          ...MessageItem\n        }\n      }\n    }\n  }\n': typeof types.InboxEventsDocument;
  '\n  mutation AcknowledgeConversation($input: AcknowledgeConversationInput!) {\n    acknowledgeConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n': typeof types.AcknowledgeConversationDocument;
  '\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...MessageItem\n    }\n  }\n': typeof types.RetryReplyDocument;
  '\n  fragment PartnerReferralRow on Referral {\n    id\n    status\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    familyDisplayName\n    outcome\n    partnerOrganization {\n      id\n      name\n    }\n  }\n': typeof types.PartnerReferralRowFragmentDoc;
  '\n  query PartnerReferrals($filter: ReferralFilter!, $after: String) {\n    referrals(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...PartnerReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PartnerReferralsDocument;
  '\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n': typeof types.PartnerReferralDetailFragmentDoc;
  '\n  query PartnerReferral($id: ID!) {\n    referral(id: $id) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.PartnerReferralDocument;
  '\n  mutation AcceptReferral($input: ReferralIdInput!) {\n    acceptReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.AcceptReferralDocument;
  '\n  mutation DeclineReferral($input: ReferralReasonInput!) {\n    declineReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.DeclineReferralDocument;
  '\n  mutation StartReferral($input: ReferralIdInput!) {\n    startReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.StartReferralDocument;
  '\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.CompleteReferralDocument;
  '\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.CloseReferralDocument;
  '\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n': typeof types.ReferralItemFragmentDoc;
  '\n  query Family($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n        displayName\n        status\n        since\n      }\n      consents {\n        id\n        partnerOrganizationId\n        partnerOrganizationName\n        purpose\n        method\n        obtainedOn\n        obtainedByName\n        withdrawnAt\n      }\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n': typeof types.FamilyDocument;
  '\n  query PartnerChoices {\n    serviceCategories {\n      id\n      name\n    }\n    partnerAreas\n  }\n': typeof types.PartnerChoicesDocument;
  '\n  query Partners($filter: PartnerOrganizationFilter) {\n    partnerOrganizations(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n            serviceAreas\n            categories {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PartnersDocument;
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordConsentDocument;
  '\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateReferralDocument;
  '\n  mutation SendReferral($input: ReferralIdInput!) {\n    sendReferral(input: $input) {\n      ...ReferralItem\n    }\n  }\n': typeof types.SendReferralDocument;
  '\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n    }\n  }\n': typeof types.ReferralDocument;
  '\n  mutation AddReferralNote($input: AddReferralNoteInput!) {\n    addReferralNote(input: $input) {\n      id\n      status\n      timeline {\n        toStatus\n        fromStatus\n        occurredAt\n        actorName\n        actorSide\n        reason\n        note\n      }\n    }\n  }\n': typeof types.AddReferralNoteDocument;
  '\n  subscription ReferralEvents {\n    referralEvents {\n      missed\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n': typeof types.ReferralEventsDocument;
  '\n  fragment SecondmentRow on Secondment {\n    id\n    status\n    startsOn\n    endsOn\n    endedEarlyOn\n    fiscalYearLabel\n    hostOrganization\n    hostDepartment\n    returnDepartment\n    returnRole\n    staff {\n      id\n      name\n      nameKana\n      homeDepartment\n    }\n    homeCity {\n      slug\n      nameJa\n    }\n  }\n': typeof types.SecondmentRowFragmentDoc;
  '\n  query Secondments($filter: SecondmentsFilter, $after: String) {\n    secondments(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...SecondmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.SecondmentsDocument;
  '\n  query CurrentSecondmentRoster {\n    currentSecondmentRoster {\n      hostOrganization\n      hostDepartment\n      secondments {\n        ...SecondmentRow\n      }\n    }\n  }\n': typeof types.CurrentSecondmentRosterDocument;
  '\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentRow\n      fiscalYear\n      legalBasis\n      memorandumTitle\n      memorandumSignedOn\n      memorandumReference\n      duties\n      endReason\n      mentorName\n      staff {\n        id\n        jobTitle\n        employeeNumber\n      }\n      assignments {\n        id\n        programme\n        role\n        timeShare\n        startsOn\n        endsOn\n        city {\n          slug\n          nameJa\n        }\n      }\n      checkIns {\n        id\n        heldOn\n        wellbeing\n        learningGoals\n        issues\n        notes\n      }\n    }\n  }\n': typeof types.SecondmentDocument;
  '\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateSecondmentDocument;
  '\n  mutation UpdateSecondment($input: UpdateSecondmentInput!) {\n    updateSecondment(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateSecondmentDocument;
  '\n  mutation EndSecondmentEarly($input: EndSecondmentEarlyInput!) {\n    endSecondmentEarly(input: $input) {\n      id\n    }\n  }\n': typeof types.EndSecondmentEarlyDocument;
  '\n  mutation AddSecondmentAssignment($input: AddSecondmentAssignmentInput!) {\n    addSecondmentAssignment(input: $input) {\n      id\n    }\n  }\n': typeof types.AddSecondmentAssignmentDocument;
  '\n  mutation AddSecondmentCheckIn($input: AddSecondmentCheckInInput!) {\n    addSecondmentCheckIn(input: $input) {\n      id\n    }\n  }\n': typeof types.AddSecondmentCheckInDocument;
  '\n  mutation ExportSecondmentRoster($input: ExportSecondmentRosterInput!) {\n    exportSecondmentRoster(input: $input) {\n      url\n    }\n  }\n': typeof types.ExportSecondmentRosterDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query OnDuty {\n    onDuty {\n      onDuty\n    }\n  }\n': typeof types.OnDutyDocument;
  '\n  mutation SetOnDuty($input: SetOnDutyInput!) {\n    setOnDuty(input: $input) {\n      onDuty\n    }\n  }\n': typeof types.SetOnDutyDocument;
  '\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.MyTenantsDocument;
  '\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.AllTenantsDocument;
  '\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n': typeof types.ShellDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
};
const documents: Documents = {
  '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n':
    types.RevokeSessionDocument,
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n':
    types.InvitationDocument,
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n':
    types.AcceptInvitationDocument,
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n':
    types.VerifyMfaDocument,
  '\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n':
    types.EnrollMfaDocument,
  '\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n':
    types.ConfirmMfaDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  query CrisisContacts {\n    crisisContacts {\n      name\n      phone\n      note\n    }\n  }\n':
    types.CrisisContactsDocument,
  '\n  subscription NotificationEvents {\n    notificationEvents {\n      missed\n      notifications {\n        id\n        kind\n        conversationId\n        referralId\n        createdAt\n        readAt\n      }\n    }\n  }\n':
    types.NotificationEventsDocument,
  '\n  query UrgentConversations {\n    conversations(first: 10, filter: { awaitingAcknowledgement: true }) {\n      edges {\n        node {\n          ...ConversationItem\n        }\n      }\n    }\n  }\n':
    types.UrgentConversationsDocument,
  '\n  fragment ConversationItem on Conversation {\n    id\n    status\n    priority\n    unreadCount\n    lastMessageAt\n    categoryIds\n    urgentSince\n    urgentKeyword\n    channel {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    registrant {\n      id\n      displayName\n      status\n    }\n    lastMessage {\n      id\n      type\n      text\n      direction\n      unsent\n    }\n  }\n':
    types.ConversationItemFragmentDoc,
  '\n  fragment MessageItem on Message {\n    id\n    direction\n    type\n    text\n    unsent\n    sentAt\n    deliveryStatus\n    automatic\n    media {\n      id\n      status\n      contentType\n      fileName\n      url\n    }\n  }\n':
    types.MessageItemFragmentDoc,
  '\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter) {\n    conversations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ConversationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.ConversationsDocument,
  '\n  query InboxChoices {\n    conversationCategories {\n      id\n      name\n    }\n    counsellors {\n      id\n      displayName\n    }\n    conversationChannels {\n      id\n      name\n    }\n  }\n':
    types.InboxChoicesDocument,
  '\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationItem\n      outOfHours\n      categories {\n        id\n        name\n      }\n    }\n  }\n':
    types.ConversationDocument,
  '\n  query Messages($conversationId: ID!, $first: Int!, $after: String) {\n    messages(conversationId: $conversationId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.MessagesDocument,
  '\n  query CannedResponses($conversationId: ID) {\n    cannedResponses(conversationId: $conversationId) {\n      id\n      title\n      text\n    }\n  }\n':
    types.CannedResponsesDocument,
  '\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      ...MessageItem\n    }\n  }\n':
    types.ReplyDocument,
  '\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      ...ConversationItem\n    }\n  }\n':
    types.SetConversationStatusDocument,
  '\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      ...ConversationItem\n    }\n  }\n':
    types.SetConversationPriorityDocument,
  '\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n':
    types.AssignConversationDocument,
  '\n  mutation CategorizeConversation($input: CategorizeConversationInput!) {\n    categorizeConversation(input: $input) {\n      ...ConversationItem\n      categories {\n        id\n        name\n      }\n    }\n  }\n':
    types.CategorizeConversationDocument,
  '\n  subscription InboxEvents {\n    inboxEvents {\n      missed\n      events {\n        kind\n        conversation {\n          ...ConversationItem\n        }\n        message {\n          ...MessageItem\n        }\n      }\n    }\n  }\n':
    types.InboxEventsDocument,
  '\n  mutation AcknowledgeConversation($input: AcknowledgeConversationInput!) {\n    acknowledgeConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n':
    types.AcknowledgeConversationDocument,
  '\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...MessageItem\n    }\n  }\n':
    types.RetryReplyDocument,
  '\n  fragment PartnerReferralRow on Referral {\n    id\n    status\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    familyDisplayName\n    outcome\n    partnerOrganization {\n      id\n      name\n    }\n  }\n':
    types.PartnerReferralRowFragmentDoc,
  '\n  query PartnerReferrals($filter: ReferralFilter!, $after: String) {\n    referrals(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...PartnerReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PartnerReferralsDocument,
  '\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n':
    types.PartnerReferralDetailFragmentDoc,
  '\n  query PartnerReferral($id: ID!) {\n    referral(id: $id) {\n      ...PartnerReferralDetail\n    }\n  }\n':
    types.PartnerReferralDocument,
  '\n  mutation AcceptReferral($input: ReferralIdInput!) {\n    acceptReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n':
    types.AcceptReferralDocument,
  '\n  mutation DeclineReferral($input: ReferralReasonInput!) {\n    declineReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n':
    types.DeclineReferralDocument,
  '\n  mutation StartReferral($input: ReferralIdInput!) {\n    startReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n':
    types.StartReferralDocument,
  '\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n':
    types.CompleteReferralDocument,
  '\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n':
    types.CloseReferralDocument,
  '\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n':
    types.ReferralItemFragmentDoc,
  '\n  query Family($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n        displayName\n        status\n        since\n      }\n      consents {\n        id\n        partnerOrganizationId\n        partnerOrganizationName\n        purpose\n        method\n        obtainedOn\n        obtainedByName\n        withdrawnAt\n      }\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n':
    types.FamilyDocument,
  '\n  query PartnerChoices {\n    serviceCategories {\n      id\n      name\n    }\n    partnerAreas\n  }\n':
    types.PartnerChoicesDocument,
  '\n  query Partners($filter: PartnerOrganizationFilter) {\n    partnerOrganizations(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n            serviceAreas\n            categories {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PartnersDocument,
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n':
    types.RecordConsentDocument,
  '\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n    }\n  }\n':
    types.CreateReferralDocument,
  '\n  mutation SendReferral($input: ReferralIdInput!) {\n    sendReferral(input: $input) {\n      ...ReferralItem\n    }\n  }\n':
    types.SendReferralDocument,
  '\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n    }\n  }\n':
    types.ReferralDocument,
  '\n  mutation AddReferralNote($input: AddReferralNoteInput!) {\n    addReferralNote(input: $input) {\n      id\n      status\n      timeline {\n        toStatus\n        fromStatus\n        occurredAt\n        actorName\n        actorSide\n        reason\n        note\n      }\n    }\n  }\n':
    types.AddReferralNoteDocument,
  '\n  subscription ReferralEvents {\n    referralEvents {\n      missed\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n':
    types.ReferralEventsDocument,
  '\n  fragment SecondmentRow on Secondment {\n    id\n    status\n    startsOn\n    endsOn\n    endedEarlyOn\n    fiscalYearLabel\n    hostOrganization\n    hostDepartment\n    returnDepartment\n    returnRole\n    staff {\n      id\n      name\n      nameKana\n      homeDepartment\n    }\n    homeCity {\n      slug\n      nameJa\n    }\n  }\n':
    types.SecondmentRowFragmentDoc,
  '\n  query Secondments($filter: SecondmentsFilter, $after: String) {\n    secondments(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...SecondmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.SecondmentsDocument,
  '\n  query CurrentSecondmentRoster {\n    currentSecondmentRoster {\n      hostOrganization\n      hostDepartment\n      secondments {\n        ...SecondmentRow\n      }\n    }\n  }\n':
    types.CurrentSecondmentRosterDocument,
  '\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentRow\n      fiscalYear\n      legalBasis\n      memorandumTitle\n      memorandumSignedOn\n      memorandumReference\n      duties\n      endReason\n      mentorName\n      staff {\n        id\n        jobTitle\n        employeeNumber\n      }\n      assignments {\n        id\n        programme\n        role\n        timeShare\n        startsOn\n        endsOn\n        city {\n          slug\n          nameJa\n        }\n      }\n      checkIns {\n        id\n        heldOn\n        wellbeing\n        learningGoals\n        issues\n        notes\n      }\n    }\n  }\n':
    types.SecondmentDocument,
  '\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      id\n    }\n  }\n':
    types.CreateSecondmentDocument,
  '\n  mutation UpdateSecondment($input: UpdateSecondmentInput!) {\n    updateSecondment(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateSecondmentDocument,
  '\n  mutation EndSecondmentEarly($input: EndSecondmentEarlyInput!) {\n    endSecondmentEarly(input: $input) {\n      id\n    }\n  }\n':
    types.EndSecondmentEarlyDocument,
  '\n  mutation AddSecondmentAssignment($input: AddSecondmentAssignmentInput!) {\n    addSecondmentAssignment(input: $input) {\n      id\n    }\n  }\n':
    types.AddSecondmentAssignmentDocument,
  '\n  mutation AddSecondmentCheckIn($input: AddSecondmentCheckInInput!) {\n    addSecondmentCheckIn(input: $input) {\n      id\n    }\n  }\n':
    types.AddSecondmentCheckInDocument,
  '\n  mutation ExportSecondmentRoster($input: ExportSecondmentRosterInput!) {\n    exportSecondmentRoster(input: $input) {\n      url\n    }\n  }\n':
    types.ExportSecondmentRosterDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': types.UnreadNotificationCountDocument,
  '\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n':
    types.NotificationsDocument,
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query OnDuty {\n    onDuty {\n      onDuty\n    }\n  }\n': types.OnDutyDocument,
  '\n  mutation SetOnDuty($input: SetOnDutyInput!) {\n    setOnDuty(input: $input) {\n      onDuty\n    }\n  }\n':
    types.SetOnDutyDocument,
  '\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n':
    types.MyTenantsDocument,
  '\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n':
    types.AllTenantsDocument,
  '\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n':
    types.ShellDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n',
): (typeof documents)['\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n',
): (typeof documents)['\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CrisisContacts {\n    crisisContacts {\n      name\n      phone\n      note\n    }\n  }\n',
): (typeof documents)['\n  query CrisisContacts {\n    crisisContacts {\n      name\n      phone\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription NotificationEvents {\n    notificationEvents {\n      missed\n      notifications {\n        id\n        kind\n        conversationId\n        referralId\n        createdAt\n        readAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription NotificationEvents {\n    notificationEvents {\n      missed\n      notifications {\n        id\n        kind\n        conversationId\n        referralId\n        createdAt\n        readAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UrgentConversations {\n    conversations(first: 10, filter: { awaitingAcknowledgement: true }) {\n      edges {\n        node {\n          ...ConversationItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query UrgentConversations {\n    conversations(first: 10, filter: { awaitingAcknowledgement: true }) {\n      edges {\n        node {\n          ...ConversationItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConversationItem on Conversation {\n    id\n    status\n    priority\n    unreadCount\n    lastMessageAt\n    categoryIds\n    urgentSince\n    urgentKeyword\n    channel {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    registrant {\n      id\n      displayName\n      status\n    }\n    lastMessage {\n      id\n      type\n      text\n      direction\n      unsent\n    }\n  }\n',
): (typeof documents)['\n  fragment ConversationItem on Conversation {\n    id\n    status\n    priority\n    unreadCount\n    lastMessageAt\n    categoryIds\n    urgentSince\n    urgentKeyword\n    channel {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    registrant {\n      id\n      displayName\n      status\n    }\n    lastMessage {\n      id\n      type\n      text\n      direction\n      unsent\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MessageItem on Message {\n    id\n    direction\n    type\n    text\n    unsent\n    sentAt\n    deliveryStatus\n    automatic\n    media {\n      id\n      status\n      contentType\n      fileName\n      url\n    }\n  }\n',
): (typeof documents)['\n  fragment MessageItem on Message {\n    id\n    direction\n    type\n    text\n    unsent\n    sentAt\n    deliveryStatus\n    automatic\n    media {\n      id\n      status\n      contentType\n      fileName\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter) {\n    conversations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ConversationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conversations($first: Int!, $after: String, $filter: ConversationFilter) {\n    conversations(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          ...ConversationItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxChoices {\n    conversationCategories {\n      id\n      name\n    }\n    counsellors {\n      id\n      displayName\n    }\n    conversationChannels {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query InboxChoices {\n    conversationCategories {\n      id\n      name\n    }\n    counsellors {\n      id\n      displayName\n    }\n    conversationChannels {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationItem\n      outOfHours\n      categories {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationItem\n      outOfHours\n      categories {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Messages($conversationId: ID!, $first: Int!, $after: String) {\n    messages(conversationId: $conversationId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Messages($conversationId: ID!, $first: Int!, $after: String) {\n    messages(conversationId: $conversationId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...MessageItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CannedResponses($conversationId: ID) {\n    cannedResponses(conversationId: $conversationId) {\n      id\n      title\n      text\n    }\n  }\n',
): (typeof documents)['\n  query CannedResponses($conversationId: ID) {\n    cannedResponses(conversationId: $conversationId) {\n      id\n      title\n      text\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      ...MessageItem\n    }\n  }\n',
): (typeof documents)['\n  mutation Reply($input: ReplyToConversationInput!) {\n    replyToConversation(input: $input) {\n      ...MessageItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      ...ConversationItem\n    }\n  }\n',
): (typeof documents)['\n  mutation SetConversationStatus($input: SetConversationStatusInput!) {\n    setConversationStatus(input: $input) {\n      ...ConversationItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      ...ConversationItem\n    }\n  }\n',
): (typeof documents)['\n  mutation SetConversationPriority($input: SetConversationPriorityInput!) {\n    setConversationPriority(input: $input) {\n      ...ConversationItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignConversation($input: AssignConversationInput!) {\n    assignConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CategorizeConversation($input: CategorizeConversationInput!) {\n    categorizeConversation(input: $input) {\n      ...ConversationItem\n      categories {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CategorizeConversation($input: CategorizeConversationInput!) {\n    categorizeConversation(input: $input) {\n      ...ConversationItem\n      categories {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription InboxEvents {\n    inboxEvents {\n      missed\n      events {\n        kind\n        conversation {\n          ...ConversationItem\n        }\n        message {\n          ...MessageItem\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription InboxEvents {\n    inboxEvents {\n      missed\n      events {\n        kind\n        conversation {\n          ...ConversationItem\n        }\n        message {\n          ...MessageItem\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeConversation($input: AcknowledgeConversationInput!) {\n    acknowledgeConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeConversation($input: AcknowledgeConversationInput!) {\n    acknowledgeConversation(input: $input) {\n      ...ConversationItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...MessageItem\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryReply($input: RetryReplyInput!) {\n    retryReply(input: $input) {\n      ...MessageItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PartnerReferralRow on Referral {\n    id\n    status\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    familyDisplayName\n    outcome\n    partnerOrganization {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PartnerReferralRow on Referral {\n    id\n    status\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    familyDisplayName\n    outcome\n    partnerOrganization {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerReferrals($filter: ReferralFilter!, $after: String) {\n    referrals(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...PartnerReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartnerReferrals($filter: ReferralFilter!, $after: String) {\n    referrals(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...PartnerReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerReferral($id: ID!) {\n    referral(id: $id) {\n      ...PartnerReferralDetail\n    }\n  }\n',
): (typeof documents)['\n  query PartnerReferral($id: ID!) {\n    referral(id: $id) {\n      ...PartnerReferralDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptReferral($input: ReferralIdInput!) {\n    acceptReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation AcceptReferral($input: ReferralIdInput!) {\n    acceptReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeclineReferral($input: ReferralReasonInput!) {\n    declineReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation DeclineReferral($input: ReferralReasonInput!) {\n    declineReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartReferral($input: ReferralIdInput!) {\n    startReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation StartReferral($input: ReferralIdInput!) {\n    startReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Family($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n        displayName\n        status\n        since\n      }\n      consents {\n        id\n        partnerOrganizationId\n        partnerOrganizationName\n        purpose\n        method\n        obtainedOn\n        obtainedByName\n        withdrawnAt\n      }\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Family($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n        displayName\n        status\n        since\n      }\n      consents {\n        id\n        partnerOrganizationId\n        partnerOrganizationName\n        purpose\n        method\n        obtainedOn\n        obtainedByName\n        withdrawnAt\n      }\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerChoices {\n    serviceCategories {\n      id\n      name\n    }\n    partnerAreas\n  }\n',
): (typeof documents)['\n  query PartnerChoices {\n    serviceCategories {\n      id\n      name\n    }\n    partnerAreas\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Partners($filter: PartnerOrganizationFilter) {\n    partnerOrganizations(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n            serviceAreas\n            categories {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Partners($filter: PartnerOrganizationFilter) {\n    partnerOrganizations(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n            serviceAreas\n            categories {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendReferral($input: ReferralIdInput!) {\n    sendReferral(input: $input) {\n      ...ReferralItem\n    }\n  }\n',
): (typeof documents)['\n  mutation SendReferral($input: ReferralIdInput!) {\n    sendReferral(input: $input) {\n      ...ReferralItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n    }\n  }\n',
): (typeof documents)['\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddReferralNote($input: AddReferralNoteInput!) {\n    addReferralNote(input: $input) {\n      id\n      status\n      timeline {\n        toStatus\n        fromStatus\n        occurredAt\n        actorName\n        actorSide\n        reason\n        note\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AddReferralNote($input: AddReferralNoteInput!) {\n    addReferralNote(input: $input) {\n      id\n      status\n      timeline {\n        toStatus\n        fromStatus\n        occurredAt\n        actorName\n        actorSide\n        reason\n        note\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription ReferralEvents {\n    referralEvents {\n      missed\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription ReferralEvents {\n    referralEvents {\n      missed\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SecondmentRow on Secondment {\n    id\n    status\n    startsOn\n    endsOn\n    endedEarlyOn\n    fiscalYearLabel\n    hostOrganization\n    hostDepartment\n    returnDepartment\n    returnRole\n    staff {\n      id\n      name\n      nameKana\n      homeDepartment\n    }\n    homeCity {\n      slug\n      nameJa\n    }\n  }\n',
): (typeof documents)['\n  fragment SecondmentRow on Secondment {\n    id\n    status\n    startsOn\n    endsOn\n    endedEarlyOn\n    fiscalYearLabel\n    hostOrganization\n    hostDepartment\n    returnDepartment\n    returnRole\n    staff {\n      id\n      name\n      nameKana\n      homeDepartment\n    }\n    homeCity {\n      slug\n      nameJa\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Secondments($filter: SecondmentsFilter, $after: String) {\n    secondments(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...SecondmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Secondments($filter: SecondmentsFilter, $after: String) {\n    secondments(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...SecondmentRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CurrentSecondmentRoster {\n    currentSecondmentRoster {\n      hostOrganization\n      hostDepartment\n      secondments {\n        ...SecondmentRow\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CurrentSecondmentRoster {\n    currentSecondmentRoster {\n      hostOrganization\n      hostDepartment\n      secondments {\n        ...SecondmentRow\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentRow\n      fiscalYear\n      legalBasis\n      memorandumTitle\n      memorandumSignedOn\n      memorandumReference\n      duties\n      endReason\n      mentorName\n      staff {\n        id\n        jobTitle\n        employeeNumber\n      }\n      assignments {\n        id\n        programme\n        role\n        timeShare\n        startsOn\n        endsOn\n        city {\n          slug\n          nameJa\n        }\n      }\n      checkIns {\n        id\n        heldOn\n        wellbeing\n        learningGoals\n        issues\n        notes\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Secondment($id: ID!) {\n    secondment(id: $id) {\n      ...SecondmentRow\n      fiscalYear\n      legalBasis\n      memorandumTitle\n      memorandumSignedOn\n      memorandumReference\n      duties\n      endReason\n      mentorName\n      staff {\n        id\n        jobTitle\n        employeeNumber\n      }\n      assignments {\n        id\n        programme\n        role\n        timeShare\n        startsOn\n        endsOn\n        city {\n          slug\n          nameJa\n        }\n      }\n      checkIns {\n        id\n        heldOn\n        wellbeing\n        learningGoals\n        issues\n        notes\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateSecondment($input: CreateSecondmentInput!) {\n    createSecondment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSecondment($input: UpdateSecondmentInput!) {\n    updateSecondment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSecondment($input: UpdateSecondmentInput!) {\n    updateSecondment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EndSecondmentEarly($input: EndSecondmentEarlyInput!) {\n    endSecondmentEarly(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation EndSecondmentEarly($input: EndSecondmentEarlyInput!) {\n    endSecondmentEarly(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddSecondmentAssignment($input: AddSecondmentAssignmentInput!) {\n    addSecondmentAssignment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddSecondmentAssignment($input: AddSecondmentAssignmentInput!) {\n    addSecondmentAssignment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddSecondmentCheckIn($input: AddSecondmentCheckInInput!) {\n    addSecondmentCheckIn(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddSecondmentCheckIn($input: AddSecondmentCheckInInput!) {\n    addSecondmentCheckIn(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportSecondmentRoster($input: ExportSecondmentRosterInput!) {\n    exportSecondmentRoster(input: $input) {\n      url\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportSecondmentRoster($input: ExportSecondmentRosterInput!) {\n    exportSecondmentRoster(input: $input) {\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OnDuty {\n    onDuty {\n      onDuty\n    }\n  }\n',
): (typeof documents)['\n  query OnDuty {\n    onDuty {\n      onDuty\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetOnDuty($input: SetOnDutyInput!) {\n    setOnDuty(input: $input) {\n      onDuty\n    }\n  }\n',
): (typeof documents)['\n  mutation SetOnDuty($input: SetOnDutyInput!) {\n    setOnDuty(input: $input) {\n      onDuty\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n',
): (typeof documents)['\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n',
): (typeof documents)['\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): (typeof documents)['\n  mutation Logout {\n    logout\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
