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
  '\n  query AudienceSchema {\n    audienceSchema {\n      attributes {\n        id\n        key\n        label\n        kind\n        choices\n        askedInSurvey\n        question\n        sortOrder\n      }\n      tags\n    }\n  }\n': typeof types.AudienceSchemaDocument;
  '\n  mutation CreateRegistrantAttribute($input: CreateRegistrantAttributeInput!) {\n    createRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateRegistrantAttributeDocument;
  '\n  mutation UpdateRegistrantAttribute($input: UpdateRegistrantAttributeInput!) {\n    updateRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateRegistrantAttributeDocument;
  '\n  mutation DeleteRegistrantAttribute($input: DeleteRegistrantAttributeInput!) {\n    deleteRegistrantAttribute(input: $input)\n  }\n': typeof types.DeleteRegistrantAttributeDocument;
  '\n  query FamilyProfile($registrantId: ID!) {\n    familyProfile(registrantId: $registrantId) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n': typeof types.FamilyProfileDocument;
  '\n  mutation UpdateFamilyProfile($input: UpdateFamilyProfileInput!) {\n    updateFamilyProfile(input: $input) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n': typeof types.UpdateFamilyProfileDocument;
  '\n  query TestRecipients {\n    testRecipients {\n      channelId\n      channelName\n      linkedByMe\n      recipients {\n        userId\n        displayName\n        linkedAt\n      }\n    }\n  }\n': typeof types.TestRecipientsDocument;
  '\n  mutation CreateTestRecipientLinkCode($input: TestRecipientChannelInput!) {\n    createTestRecipientLinkCode(input: $input) {\n      code\n      expiresAt\n    }\n  }\n': typeof types.CreateTestRecipientLinkCodeDocument;
  '\n  mutation UnlinkTestRecipient($input: TestRecipientChannelInput!) {\n    unlinkTestRecipient(input: $input)\n  }\n': typeof types.UnlinkTestRecipientDocument;
  '\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    occurredAt\n    actorUserId\n    actorLabel\n    actorName\n    action\n    targetType\n    targetId\n    subjectName\n    details\n  }\n': typeof types.AuditEventRowFragmentDoc;
  '\n  query TenantAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TenantAuditEventsDocument;
  '\n  query PlatformAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents: platformAuditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PlatformAuditEventsDocument;
  '\n  query VerifyTenantAuditChain {\n    verification: verifyAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n': typeof types.VerifyTenantAuditChainDocument;
  '\n  query VerifyPlatformAuditChain {\n    verification: verifyPlatformAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n': typeof types.VerifyPlatformAuditChainDocument;
  '\n  mutation ExportTenantAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportAuditEvents(input: $input) {\n      url\n    }\n  }\n': typeof types.ExportTenantAuditEventsDocument;
  '\n  mutation ExportPlatformAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportPlatformAuditEvents(input: $input) {\n      url\n    }\n  }\n': typeof types.ExportPlatformAuditEventsDocument;
  '\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      accountExists\n      expiresAt\n      tenant {\n        slug\n        nameJa\n        nameEn\n      }\n    }\n  }\n': typeof types.InvitationDocument;
  '\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.AcceptInvitationDocument;
  '\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      expiresAt\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation VerifyMfa($input: VerifyMfaInput!) {\n    verifyMfa(input: $input) {\n      accessToken\n      expiresAt\n      mfaEnrollmentRequired\n    }\n  }\n': typeof types.VerifyMfaDocument;
  '\n  mutation EnrollMfa {\n    enrollMfa {\n      otpauthUri\n      recoveryCodes\n    }\n  }\n': typeof types.EnrollMfaDocument;
  '\n  mutation ConfirmMfa($input: ConfirmMfaInput!) {\n    confirmMfa(input: $input) {\n      mfaEnabled\n      auth {\n        accessToken\n        expiresAt\n      }\n    }\n  }\n': typeof types.ConfirmMfaDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  fragment BroadcastItem on Broadcast {\n    id\n    channelId\n    title\n    status\n    audienceKind\n    segment {\n      match\n      groups {\n        match\n        conditions {\n          kind\n          attributeKey\n          choices\n          ageFrom\n          ageTo\n          tags\n        }\n      }\n    }\n    testUserIds\n    recipientCount\n    scheduledAt\n    notificationDisabled\n    aggregationUnit\n    viewerMayApprove\n    createdAt\n    submittedAt\n    approvedAt\n    cancelledAt\n    rejectionReason\n    composedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    rejectedBy {\n      id\n      displayName\n    }\n    cancelledBy {\n      id\n      displayName\n    }\n    messages {\n      kind\n      text\n      imageUrl\n      previewImageUrl\n      title\n      url\n    }\n    figures {\n      audience\n      sent\n      failed\n      skipped\n      pending\n      durationSeconds\n      startedAt\n      finishedAt\n      failures {\n        reason\n        count\n      }\n    }\n    statistics {\n      state\n      opens\n      clickers\n      links {\n        seq\n        url\n        clicks\n        uniqueClicks\n      }\n      readAt\n      refreshing\n      final\n      nextRequestAt\n    }\n  }\n': typeof types.BroadcastItemFragmentDoc;
  '\n  query Broadcasts($first: Int!, $after: String, $status: BroadcastStatus) {\n    broadcasts(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          ...BroadcastItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.BroadcastsDocument;
  '\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.BroadcastDocument;
  '\n  query BroadcastChannels {\n    broadcastChannels {\n      id\n      name\n      reachableFamilies\n    }\n  }\n': typeof types.BroadcastChannelsDocument;
  '\n  query AudienceCount($channelId: ID, $segment: SegmentInput) {\n    audienceCount(channelId: $channelId, segment: $segment)\n  }\n': typeof types.AudienceCountDocument;
  '\n  query BroadcastSettings {\n    broadcastSettings {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n': typeof types.BroadcastSettingsDocument;
  '\n  mutation UpdateBroadcastSettings($input: UpdateBroadcastSettingsInput!) {\n    updateBroadcastSettings(input: $input) {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n': typeof types.UpdateBroadcastSettingsDocument;
  '\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.CreateBroadcastDocument;
  '\n  mutation UpdateBroadcast($input: UpdateBroadcastInput!) {\n    updateBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.UpdateBroadcastDocument;
  '\n  mutation SubmitBroadcast($id: ID!) {\n    submitBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.SubmitBroadcastDocument;
  '\n  mutation ApproveBroadcast($id: ID!) {\n    approveBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.ApproveBroadcastDocument;
  '\n  mutation RejectBroadcast($id: ID!, $reason: String!) {\n    rejectBroadcast(input: { id: $id, reason: $reason }) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.RejectBroadcastDocument;
  '\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.CancelBroadcastDocument;
  '\n  mutation SendTestBroadcast($id: ID!) {\n    sendTestBroadcast(input: { id: $id }) {\n      recipients\n    }\n  }\n': typeof types.SendTestBroadcastDocument;
  '\n  mutation RefreshBroadcastStatistics($id: ID!) {\n    refreshBroadcastStatistics(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n': typeof types.RefreshBroadcastStatisticsDocument;
  '\n  subscription BroadcastEvents($id: ID) {\n    broadcastEvents(id: $id) {\n      cursor\n      missed\n      broadcasts {\n        ...BroadcastItem\n      }\n    }\n  }\n': typeof types.BroadcastEventsDocument;
  '\n  fragment DonationItemFields on DonationItem {\n    id\n    donorId\n    donorName\n    donorKind\n    receivedOn\n    name\n    quantity\n    unit\n    bestBefore\n    pastBestBefore\n    allergens\n    note\n    allocated\n    remaining\n  }\n': typeof types.DonationItemFieldsFragmentDoc;
  '\n  query DonationProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.DonationProgrammeDocument;
  '\n  query DonationStock($programmeId: ID!) {\n    donationStock(programmeId: $programmeId) {\n      ...DonationItemFields\n    }\n  }\n': typeof types.DonationStockDocument;
  '\n  query Donors($needsThanks: Boolean, $after: String) {\n    donors(first: 100, needsThanks: $needsThanks, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          contact\n          note\n          lastReceivedOn\n          lastThankedOn\n          needsThanks\n          itemCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.DonorsDocument;
  '\n  mutation CreateDonor($input: CreateDonorInput!) {\n    createDonor(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.CreateDonorDocument;
  '\n  mutation ReceiveDonation($input: ReceiveDonationInput!) {\n    receiveDonation(input: $input) {\n      ...DonationItemFields\n    }\n  }\n': typeof types.ReceiveDonationDocument;
  '\n  mutation RecordDonorThanks($input: RecordDonorThanksInput!) {\n    recordDonorThanks(input: $input) {\n      id\n      sentOn\n      method\n      sentBy\n    }\n  }\n': typeof types.RecordDonorThanksDocument;
  '\n  query DonationRounds($programmeId: ID!) {\n    donationRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      open\n    }\n  }\n': typeof types.DonationRoundsDocument;
  '\n  query RoundDonations($roundId: ID!) {\n    roundDonations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        open\n      }\n      lines {\n        id\n        quantity\n        item {\n          ...DonationItemFields\n        }\n      }\n    }\n  }\n': typeof types.RoundDonationsDocument;
  '\n  mutation AllocateDonations($input: AllocateDonationsInput!) {\n    allocateDonations(input: $input) {\n      round {\n        id\n      }\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n': typeof types.AllocateDonationsDocument;
  '\n  query FoodDeliverySummary($programmeId: ID!) {\n    foodDeliverySummary(programmeId: $programmeId) {\n      programmeId\n      suppressionThreshold\n      statuses {\n        status\n        households {\n          display\n        }\n      }\n      rounds {\n        roundId\n        name\n        startsOn\n        endsOn\n        capacity\n        filled {\n          display\n        }\n      }\n      donations {\n        kind\n        donors {\n          display\n        }\n        items {\n          display\n        }\n      }\n    }\n  }\n': typeof types.FoodDeliverySummaryDocument;
  '\n  query FoodHouseholds($programmeId: ID!, $statuses: [FoodHouseholdStatus!], $first: Int, $after: String) {\n    foodHouseholds(programmeId: $programmeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          area\n          status\n          source\n          appliedAt\n          waitlistPosition\n          preferredMethod\n          rounds {\n            roundId\n            roundName\n          }\n        }\n      }\n    }\n  }\n': typeof types.FoodHouseholdsDocument;
  '\n  query FoodHousehold($id: ID!) {\n    foodHousehold(id: $id) {\n      id\n      programmeId\n      registrantId\n      source\n      name\n      area\n      childrenBirthMonths\n      eligibilityBasis\n      eligibilityNote\n      allergies\n      preferredMethod\n      preferredTimes\n      visitConsent\n      status\n      statusReason\n      appliedAt\n      enrolledAt\n      statusChangedAt\n      waitlistPosition\n      rounds {\n        roundId\n        roundName\n        startsOn\n        endsOn\n      }\n    }\n  }\n': typeof types.FoodHouseholdDocument;
  '\n  query FoodHouseholdAddress($householdId: ID!) {\n    foodHouseholdAddress(householdId: $householdId) {\n      postalCode\n      prefecture\n      city\n      street\n      building\n      phone\n    }\n  }\n': typeof types.FoodHouseholdAddressDocument;
  '\n  query FoodRounds($programmeId: ID!) {\n    foodRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      capacity\n      filled\n      status\n      plannedItems {\n        name\n        quantity\n      }\n    }\n  }\n': typeof types.FoodRoundsDocument;
  '\n  query FoodProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.FoodProgrammeDocument;
  '\n  mutation CreateFoodRound($input: CreateFoodRoundInput!) {\n    createFoodRound(input: $input) {\n      id\n      filled\n    }\n  }\n': typeof types.CreateFoodRoundDocument;
  '\n  mutation MarkFoodHouseholdEligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdEligible(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.MarkFoodHouseholdEligibleDocument;
  '\n  mutation MarkFoodHouseholdIneligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdIneligible(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n': typeof types.MarkFoodHouseholdIneligibleDocument;
  '\n  mutation ApproveFoodHousehold($input: DecideFoodHouseholdInput!) {\n    approveFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.ApproveFoodHouseholdDocument;
  '\n  mutation WithdrawFoodHousehold($input: DecideFoodHouseholdInput!) {\n    withdrawFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.WithdrawFoodHouseholdDocument;
  '\n  mutation EnrolFoodHousehold($input: EnrolFoodHouseholdInput!) {\n    enrolFoodHousehold(input: $input) {\n      id\n    }\n  }\n': typeof types.EnrolFoodHouseholdDocument;
  '\n  query FoodApplicationForm($tenantSlug: String!, $token: String!) {\n    foodApplicationForm(tenantSlug: $tenantSlug, token: $token) {\n      tenantName\n      programmeName\n      expiresAt\n    }\n  }\n': typeof types.FoodApplicationFormDocument;
  '\n  mutation SubmitFoodApplication($input: SubmitFoodApplicationInput!) {\n    submitFoodApplication(input: $input) {\n      programmeName\n      appliedAt\n    }\n  }\n': typeof types.SubmitFoodApplicationDocument;
  '\n  mutation UpdateFoodHousehold($input: UpdateFoodHouseholdInput!) {\n    updateFoodHousehold(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.UpdateFoodHouseholdDocument;
  '\n  query FoodRoundOperations($roundId: ID!) {\n    foodRoundOperations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        capacity\n        status\n      }\n      packing {\n        households\n        children\n        householdsWithAllergies\n        ageBands {\n          band\n          children\n        }\n        items {\n          name\n          quantity\n          allergens\n          perHousehold\n          warnedHouseholds\n        }\n        rows {\n          placeId\n          householdId\n          name\n          area\n          children\n          childrenAges\n          allergies\n          warnings {\n            itemName\n            allergen\n          }\n          method\n        }\n      }\n      deliveries {\n        ...RoundDeliveryFields\n      }\n      areas {\n        area\n        households\n        hand\n        courier\n        unassigned\n      }\n      deliverers {\n        userId\n        displayName\n      }\n      courierHouseholds\n    }\n  }\n': typeof types.FoodRoundOperationsDocument;
  '\n  fragment RoundDeliveryFields on RoundDelivery {\n    placeId\n    householdId\n    name\n    area\n    preferredMethod\n    preferredTimes\n    visitConsent\n    method\n    assignee {\n      userId\n      displayName\n    }\n    outcome\n    outcomeAt\n    outcomeBy {\n      userId\n      displayName\n    }\n    observation\n    observationNote\n    observedAt\n    taskId\n    taskOpen\n  }\n': typeof types.RoundDeliveryFieldsFragmentDoc;
  '\n  mutation AssignFoodDeliveries($input: AssignFoodDeliveriesInput!) {\n    assignFoodDeliveries(input: $input) {\n      courierHouseholds\n    }\n  }\n': typeof types.AssignFoodDeliveriesDocument;
  '\n  mutation RecordFoodDelivery($input: RecordFoodDeliveryInput!) {\n    recordFoodDelivery(input: $input) {\n      placeId\n      taskId\n    }\n  }\n': typeof types.RecordFoodDeliveryDocument;
  '\n  mutation ExportFoodCourierCsv($input: ExportFoodCourierCsvInput!) {\n    exportFoodCourierCsv(input: $input) {\n      url\n      expiresAt\n      households\n      replacedCharacters\n    }\n  }\n': typeof types.ExportFoodCourierCsvDocument;
  '\n  mutation ChangeFoodRoundStatus($input: ChangeFoodRoundStatusInput!) {\n    changeFoodRoundStatus(input: $input) {\n      id\n      status\n      filled\n    }\n  }\n': typeof types.ChangeFoodRoundStatusDocument;
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
  '\n  query MembersList {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      email\n      displayName\n    }\n  }\n': typeof types.MembersListDocument;
  '\n  query PendingInvitations($tenantSlug: String) {\n    invitations(tenantSlug: $tenantSlug) {\n      id\n      email\n      role\n      status\n      expiresAt\n      invitedByName\n    }\n  }\n': typeof types.PendingInvitationsDocument;
  '\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n': typeof types.InviteMemberDocument;
  '\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      id\n      status\n      expiresAt\n    }\n  }\n': typeof types.ResendInvitationDocument;
  '\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  mutation ChangeMemberRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input)\n  }\n': typeof types.ChangeMemberRoleDocument;
  '\n  mutation DeactivateMember($input: DeactivateMembershipInput!) {\n    deactivateMembership(input: $input)\n  }\n': typeof types.DeactivateMemberDocument;
  '\n  query InvitablePartners {\n    partnerOrganizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.InvitablePartnersDocument;
  '\n  query OnboardingState {\n    onboardingChecklist {\n      complete\n      items {\n        item\n        done\n        missing\n      }\n    }\n    tenant {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n      status\n    }\n    lineChannels {\n      id\n      name\n      lineChannelId\n      webhookUrl\n      status\n      channelAccessTokenLast4\n    }\n    reportSettings {\n      recipients\n    }\n  }\n': typeof types.OnboardingStateDocument;
  '\n  mutation SaveTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n    }\n  }\n': typeof types.SaveTenantSettingsDocument;
  '\n  mutation ConnectLineChannel($input: CreateLineChannelInput!) {\n    createLineChannel(input: $input) {\n      id\n    }\n  }\n': typeof types.ConnectLineChannelDocument;
  '\n  mutation CheckLineConnection($input: CheckLineChannelConnectionInput!) {\n    checkLineChannelConnection(input: $input) {\n      ok\n      botDisplayName\n      problem\n      detail\n    }\n  }\n': typeof types.CheckLineConnectionDocument;
  '\n  mutation OnboardingAddPartnerOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n    }\n  }\n': typeof types.OnboardingAddPartnerOrganizationDocument;
  '\n  mutation OnboardingAddPartnerService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n': typeof types.OnboardingAddPartnerServiceDocument;
  '\n  mutation OnboardingMarkRosterReviewed {\n    markRosterReviewed\n  }\n': typeof types.OnboardingMarkRosterReviewedDocument;
  '\n  mutation OnboardingSaveReportRecipients($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      recipients\n    }\n  }\n': typeof types.OnboardingSaveReportRecipientsDocument;
  '\n  fragment PartnerReferralRow on Referral {\n    id\n    status\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    familyDisplayName\n    outcome\n    partnerOrganization {\n      id\n      name\n    }\n  }\n': typeof types.PartnerReferralRowFragmentDoc;
  '\n  query PartnerReferrals($filter: ReferralFilter!, $after: String) {\n    referrals(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...PartnerReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PartnerReferralsDocument;
  '\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    sharedAssessmentFields {\n      key\n      section\n      label\n      kind\n      value\n      columns {\n        key\n        label\n        kind\n      }\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n': typeof types.PartnerReferralDetailFragmentDoc;
  '\n  query PartnerReferral($id: ID!) {\n    referral(id: $id) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.PartnerReferralDocument;
  '\n  mutation AcceptReferral($input: ReferralIdInput!) {\n    acceptReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.AcceptReferralDocument;
  '\n  mutation DeclineReferral($input: ReferralReasonInput!) {\n    declineReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.DeclineReferralDocument;
  '\n  mutation StartReferral($input: ReferralIdInput!) {\n    startReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.StartReferralDocument;
  '\n  mutation CompleteReferral($input: CompleteReferralInput!) {\n    completeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.CompleteReferralDocument;
  '\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...PartnerReferralDetail\n    }\n  }\n': typeof types.CloseReferralDocument;
  '\n  query PlatformTenantOnboarding {\n    tenantOnboarding {\n      tenant {\n        id\n        slug\n        nameJa\n        nameEn\n        localGovernmentCode\n        prefecture\n        status\n      }\n      checklist {\n        complete\n        items {\n          item\n          done\n          missing\n        }\n      }\n    }\n  }\n': typeof types.PlatformTenantOnboardingDocument;
  '\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n    }\n  }\n': typeof types.PlatformCreateTenantDocument;
  '\n  mutation PlatformActivateTenant($input: ActivateTenantInput!) {\n    activateTenant(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.PlatformActivateTenantDocument;
  '\n  mutation PlatformRequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      id\n      reason\n      grantedAt\n      expiresAt\n    }\n  }\n': typeof types.PlatformRequestEmergencyAccessDocument;
  '\n  query Programmes {\n    programmes {\n      id\n      name\n      kind\n      description\n      startedOn\n      archived\n      channels {\n        id\n        name\n      }\n      staff {\n        userId\n        displayName\n      }\n      contracts {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n        amountYen\n        kpis {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n      }\n    }\n  }\n': typeof types.ProgrammesDocument;
  '\n  query ProgrammeChannels {\n    lineChannels {\n      id\n      name\n    }\n  }\n': typeof types.ProgrammeChannelsDocument;
  '\n  query ProgrammeMembers {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      displayName\n    }\n  }\n': typeof types.ProgrammeMembersDocument;
  '\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateProgrammeDocument;
  '\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateProgrammeDocument;
  '\n  mutation CreateProgrammeContract($input: CreateProgrammeContractInput!) {\n    createProgrammeContract(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateProgrammeContractDocument;
  '\n  mutation UpdateProgrammeContract($input: UpdateProgrammeContractInput!) {\n    updateProgrammeContract(input: $input) {\n      id\n    }\n  }\n': typeof types.UpdateProgrammeContractDocument;
  '\n  query ContractKpis($contractId: ID!) {\n    contractKpis(contractId: $contractId) {\n      programmeId\n      programmeName\n      periodLabel\n      elapsed\n      suppressionThreshold\n      generatedAt\n      contract {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n      }\n      figures {\n        kpi {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n        recorded\n        actual {\n          value\n          suppressed\n          display\n        }\n        progress\n      }\n    }\n  }\n': typeof types.ContractKpisDocument;
  '\n  query FamilyCase($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n      }\n      caseRecord {\n        id\n        status\n        risk\n        nextReviewOn\n        reviewDue\n        responsibleName\n        latestAssessment {\n          id\n          summary\n          createdAt\n          templateVersion {\n            id\n            templateName\n            version\n          }\n        }\n      }\n    }\n  }\n': typeof types.FamilyCaseDocument;
  '\n  query CaseRecords($first: Int!, $after: String, $filter: CaseRecordFilter) {\n    caseRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          familyName\n          status\n          risk\n          nextReviewOn\n          reviewDue\n          responsibleName\n          updatedAt\n          latestAssessment {\n            id\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n': typeof types.CaseRecordsDocument;
  '\n  fragment TemplateVersionFields on AssessmentTemplateVersion {\n    id\n    templateId\n    templateName\n    version\n    publishedAt\n    definition\n  }\n': typeof types.TemplateVersionFieldsFragmentDoc;
  '\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      registrantId\n      familyName\n      labels\n      conversationId\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n      assessments {\n        id\n        values\n        summary\n        createdAt\n        createdByName\n        templateVersion {\n          ...TemplateVersionFields\n        }\n      }\n    }\n    assessmentTemplates {\n      id\n      name\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n': typeof types.CaseRecordDocument;
  '\n  query CaseHistory($id: ID!, $after: String) {\n    caseRecordHistory(caseRecordId: $id, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          field\n          section\n          label\n          row\n          column\n          kind\n          beforeShown\n          afterShown\n          actorName\n          changedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.CaseHistoryDocument;
  '\n  mutation OpenCaseRecord($input: OpenCaseRecordInput!) {\n    openCaseRecord(input: $input) {\n      id\n    }\n  }\n': typeof types.OpenCaseRecordDocument;
  '\n  mutation UpdateCaseRecord($input: UpdateCaseRecordInput!) {\n    updateCaseRecord(input: $input) {\n      id\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n    }\n  }\n': typeof types.UpdateCaseRecordDocument;
  '\n  mutation AddAssessment($input: AddAssessmentInput!) {\n    addAssessment(input: $input) {\n      id\n    }\n  }\n': typeof types.AddAssessmentDocument;
  '\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      values\n    }\n  }\n': typeof types.UpdateAssessmentDocument;
  '\n  query AssessmentTemplates {\n    assessmentTemplates {\n      id\n      name\n      versions {\n        id\n        version\n        publishedAt\n      }\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n  }\n': typeof types.AssessmentTemplatesDocument;
  '\n  mutation CreateAssessmentTemplate($input: CreateAssessmentTemplateInput!) {\n    createAssessmentTemplate(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateAssessmentTemplateDocument;
  '\n  mutation PublishAssessmentTemplateVersion($input: PublishAssessmentTemplateVersionInput!) {\n    publishAssessmentTemplateVersion(input: $input) {\n      id\n      latestVersion {\n        version\n      }\n    }\n  }\n': typeof types.PublishAssessmentTemplateVersionDocument;
  '\n  query AssessmentMigrationPreview($id: ID!) {\n    assessmentMigrationPreview(assessmentId: $id) {\n      assessmentId\n      from {\n        version\n      }\n      to {\n        id\n        version\n      }\n      steps {\n        field\n        label\n        outcome\n        before\n      }\n    }\n  }\n': typeof types.AssessmentMigrationPreviewDocument;
  '\n  mutation MigrateAssessment($input: MigrateAssessmentInput!) {\n    migrateAssessment(input: $input) {\n      id\n    }\n  }\n': typeof types.MigrateAssessmentDocument;
  '\n  query ShareChoices($id: ID!) {\n    conversation(id: $id) {\n      id\n      caseRecord {\n        id\n        latestAssessment {\n          id\n          createdAt\n          values\n          templateVersion {\n            ...TemplateVersionFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.ShareChoicesDocument;
  '\n  query CaseRecordSettings {\n    caseRecordSettings {\n      retentionYears\n    }\n  }\n': typeof types.CaseRecordSettingsDocument;
  '\n  mutation UpdateCaseRecordSettings($input: UpdateCaseRecordSettingsInput!) {\n    updateCaseRecordSettings(input: $input) {\n      retentionYears\n    }\n  }\n': typeof types.UpdateCaseRecordSettingsDocument;
  '\n  query FamilyErasurePlan($registrantId: ID!) {\n    familyErasurePlan(registrantId: $registrantId) {\n      registrantId\n      displayName\n      erased {\n        item\n        count\n      }\n      kept {\n        item\n        count\n      }\n    }\n  }\n': typeof types.FamilyErasurePlanDocument;
  '\n  mutation ExportFamilyRecord($input: ExportFamilyRecordInput!) {\n    exportFamilyRecord(input: $input) {\n      url\n      expiresAt\n    }\n  }\n': typeof types.ExportFamilyRecordDocument;
  '\n  mutation EraseFamily($input: EraseFamilyInput!) {\n    eraseFamily(input: $input) {\n      cases\n      messages\n      keptReferrals\n      keptConsents\n      foodHouseholds\n    }\n  }\n': typeof types.EraseFamilyDocument;
  '\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n': typeof types.ReferralItemFragmentDoc;
  '\n  query Family($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n        displayName\n        status\n        since\n      }\n      consents {\n        id\n        partnerOrganizationId\n        partnerOrganizationName\n        purpose\n        method\n        obtainedOn\n        obtainedByName\n        withdrawnAt\n      }\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n': typeof types.FamilyDocument;
  '\n  query PartnerChoices {\n    serviceCategories {\n      id\n      name\n    }\n    partnerAreas\n  }\n': typeof types.PartnerChoicesDocument;
  '\n  query Partners($filter: PartnerOrganizationFilter) {\n    partnerOrganizations(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n            serviceAreas\n            categories {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PartnersDocument;
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n    }\n  }\n': typeof types.RecordConsentDocument;
  '\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n    }\n  }\n': typeof types.CreateReferralDocument;
  '\n  mutation SendReferral($input: ReferralIdInput!) {\n    sendReferral(input: $input) {\n      ...ReferralItem\n    }\n  }\n': typeof types.SendReferralDocument;
  '\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n      sharedAssessmentFields {\n        key\n        section\n        label\n        kind\n        value\n        columns {\n          key\n          label\n          kind\n        }\n      }\n    }\n  }\n': typeof types.ReferralDocument;
  '\n  mutation AddReferralNote($input: AddReferralNoteInput!) {\n    addReferralNote(input: $input) {\n      id\n      status\n      timeline {\n        toStatus\n        fromStatus\n        occurredAt\n        actorName\n        actorSide\n        reason\n        note\n      }\n    }\n  }\n': typeof types.AddReferralNoteDocument;
  '\n  subscription ReferralEvents {\n    referralEvents {\n      missed\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n': typeof types.ReferralEventsDocument;
  '\n  fragment ReportTableFields on ReportTable {\n    key\n    group\n    title\n    titleEn\n    unit\n    columns {\n      key\n      label\n      labelEn\n    }\n    rows {\n      key\n      label\n      labelEn\n      values {\n        value\n        suppressed\n        display\n      }\n    }\n  }\n': typeof types.ReportTableFieldsFragmentDoc;
  '\n  query ReportCalendar {\n    tenant {\n      id\n      fiscalYearStartMonth\n      timezone\n    }\n  }\n': typeof types.ReportCalendarDocument;
  '\n  query TenantReport($fiscalYear: Int!, $month: Int, $exact: Boolean, $programmeId: ID) {\n    tenantReport(fiscalYear: $fiscalYear, month: $month, exact: $exact, programmeId: $programmeId) {\n      programmeName\n      fiscalYear\n      month\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n    }\n  }\n': typeof types.TenantReportDocument;
  '\n  query ReportProgrammes {\n    programmes {\n      id\n      name\n      archived\n      contracts {\n        id\n        title\n      }\n    }\n  }\n': typeof types.ReportProgrammesDocument;
  '\n  mutation ExportTenantReport($input: ExportTenantReportInput!) {\n    exportTenantReport(input: $input) {\n      url\n      expiresAt\n    }\n  }\n': typeof types.ExportTenantReportDocument;
  '\n  query ReportRuns {\n    reportRuns(first: 20) {\n      edges {\n        node {\n          id\n          periodLabel\n          trigger\n          status\n          recipientCount\n          createdAt\n          finishedAt\n        }\n      }\n    }\n  }\n': typeof types.ReportRunsDocument;
  '\n  mutation RunReportNow($input: RunReportNowInput!) {\n    runReportNow(input: $input) {\n      id\n      periodLabel\n      trigger\n      status\n      recipientCount\n      createdAt\n      finishedAt\n    }\n  }\n': typeof types.RunReportNowDocument;
  '\n  query ReportSettings {\n    reportSettings {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n': typeof types.ReportSettingsDocument;
  '\n  mutation UpdateReportSettings($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n': typeof types.UpdateReportSettingsDocument;
  '\n  query PlatformReport($fiscalYear: Int!) {\n    platformReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n      cities {\n        tenantSlug\n        tenantName\n        tenantNameEn\n        suppressionThreshold\n        figures {\n          key\n          title\n          titleEn\n          label\n          labelEn\n          unit\n          value {\n            value\n            suppressed\n            display\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlatformReportDocument;
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
  '\n  query SecondmentCities {\n    secondmentCities {\n      slug\n      nameJa\n      nameEn\n      timezone\n      lastRosterReview {\n        reviewedAt\n        reviewerName\n      }\n      rosterReviewDue\n    }\n  }\n': typeof types.SecondmentCitiesDocument;
  '\n  query PartnerDirectoryList($filter: PartnerOrganizationFilter, $after: String) {\n    partnerOrganizations(first: 50, filter: $filter, after: $after) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.PartnerDirectoryListDocument;
  '\n  query PartnerDirectoryDetail($id: ID!) {\n    partnerOrganization(id: $id) {\n      id\n      name\n      description\n      email\n      website\n      phones {\n        id\n        number\n        type\n        description\n      }\n      services {\n        id\n        name\n        description\n        status\n        serviceAreas\n        minimumAge\n        maximumAge\n        categories {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        name\n        type\n        description\n        url\n        address {\n          postalCode\n          prefecture\n          city\n          addressLine\n        }\n      }\n      contacts {\n        id\n        name\n        title\n        department\n        email\n        phones {\n          id\n          number\n          type\n          description\n        }\n      }\n    }\n    serviceCategories {\n      id\n      name\n    }\n  }\n': typeof types.PartnerDirectoryDetailDocument;
  '\n  mutation PartnerCreateOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.PartnerCreateOrganizationDocument;
  '\n  mutation PartnerUpdateOrganization($input: UpdatePartnerOrganizationInput!) {\n    updatePartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.PartnerUpdateOrganizationDocument;
  '\n  mutation PartnerCreateService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n': typeof types.PartnerCreateServiceDocument;
  '\n  mutation PartnerUpdateService($input: UpdatePartnerServiceInput!) {\n    updatePartnerService(input: $input) {\n      id\n    }\n  }\n': typeof types.PartnerUpdateServiceDocument;
  '\n  mutation PartnerCreateLocation($input: CreatePartnerLocationInput!) {\n    createPartnerLocation(input: $input) {\n      id\n    }\n  }\n': typeof types.PartnerCreateLocationDocument;
  '\n  mutation PartnerUpdateLocation($input: UpdatePartnerLocationInput!) {\n    updatePartnerLocation(input: $input) {\n      id\n    }\n  }\n': typeof types.PartnerUpdateLocationDocument;
  '\n  mutation PartnerCreateContact($input: CreatePartnerContactInput!) {\n    createPartnerContact(input: $input) {\n      id\n    }\n  }\n': typeof types.PartnerCreateContactDocument;
  '\n  mutation PartnerUpdateContact($input: UpdatePartnerContactInput!) {\n    updatePartnerContact(input: $input) {\n      id\n    }\n  }\n': typeof types.PartnerUpdateContactDocument;
  '\n  query PartnerDirectoryHsds {\n    partnerDirectoryHsds\n  }\n': typeof types.PartnerDirectoryHsdsDocument;
  '\n  mutation PartnerImportHsds($input: ImportPartnerDirectoryHsdsInput!) {\n    importPartnerDirectoryHsds(input: $input) {\n      created\n      updated\n      errors {\n        index\n        id\n        messages\n      }\n    }\n  }\n': typeof types.PartnerImportHsdsDocument;
  '\n  query PartnerReferralSettings {\n    referralSettings {\n      responseBusinessDays\n    }\n  }\n': typeof types.PartnerReferralSettingsDocument;
  '\n  mutation PartnerUpdateReferralSettings($input: UpdateReferralSettingsInput!) {\n    updateReferralSettings(input: $input) {\n      responseBusinessDays\n    }\n  }\n': typeof types.PartnerUpdateReferralSettingsDocument;
  '\n  query InboxSettingsPage {\n    inboxSettings {\n      crisisContacts {\n        id\n        name\n        phone\n        note\n      }\n      escalationEmails\n      escalationMinutes\n    }\n    conversationCategories {\n      id\n      name\n      sortOrder\n    }\n    cannedResponses {\n      id\n      title\n      body\n    }\n    keywordRules {\n      id\n      keyword\n    }\n  }\n': typeof types.InboxSettingsPageDocument;
  '\n  mutation SettingsCreateCategory($input: CreateConversationCategoryInput!) {\n    createConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n': typeof types.SettingsCreateCategoryDocument;
  '\n  mutation SettingsUpdateCategory($input: UpdateConversationCategoryInput!) {\n    updateConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n': typeof types.SettingsUpdateCategoryDocument;
  '\n  mutation SettingsDeleteCategory($input: DeleteConversationCategoryInput!) {\n    deleteConversationCategory(input: $input)\n  }\n': typeof types.SettingsDeleteCategoryDocument;
  '\n  mutation SettingsCreateCanned($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n': typeof types.SettingsCreateCannedDocument;
  '\n  mutation SettingsUpdateCanned($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n': typeof types.SettingsUpdateCannedDocument;
  '\n  mutation SettingsDeleteCanned($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input)\n  }\n': typeof types.SettingsDeleteCannedDocument;
  '\n  mutation SettingsUpsertKeyword($input: UpsertKeywordRuleInput!) {\n    upsertKeywordRule(input: $input) {\n      id\n      keyword\n    }\n  }\n': typeof types.SettingsUpsertKeywordDocument;
  '\n  mutation SettingsDeleteKeyword($input: DeleteKeywordRuleInput!) {\n    deleteKeywordRule(input: $input)\n  }\n': typeof types.SettingsDeleteKeywordDocument;
  '\n  query SettingsMatchingKeyword($text: String!) {\n    matchingKeywordRule(text: $text) {\n      id\n      keyword\n    }\n  }\n': typeof types.SettingsMatchingKeywordDocument;
  '\n  mutation SettingsAddCrisisContact($input: AddCrisisContactInput!) {\n    addCrisisContact(input: $input) {\n      id\n    }\n  }\n': typeof types.SettingsAddCrisisContactDocument;
  '\n  mutation SettingsUpdateCrisisContact($input: UpdateCrisisContactInput!) {\n    updateCrisisContact(input: $input) {\n      id\n    }\n  }\n': typeof types.SettingsUpdateCrisisContactDocument;
  '\n  mutation SettingsRemoveCrisisContact($input: RemoveCrisisContactInput!) {\n    removeCrisisContact(input: $input)\n  }\n': typeof types.SettingsRemoveCrisisContactDocument;
  '\n  mutation SettingsUpdateEscalation($input: UpdateInboxSettingsInput!) {\n    updateInboxSettings(input: $input) {\n      escalationEmails\n      escalationMinutes\n    }\n  }\n': typeof types.SettingsUpdateEscalationDocument;
  '\n  query SettingsChannelHours {\n    lineChannels {\n      id\n      name\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n': typeof types.SettingsChannelHoursDocument;
  '\n  mutation SettingsUpdateChannelHours($input: UpdateLineChannelInput!) {\n    updateLineChannel(input: $input) {\n      id\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n': typeof types.SettingsUpdateChannelHoursDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          taskId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n': typeof types.NotificationsDocument;
  '\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query OnDuty {\n    onDuty {\n      onDuty\n    }\n  }\n': typeof types.OnDutyDocument;
  '\n  mutation SetOnDuty($input: SetOnDutyInput!) {\n    setOnDuty(input: $input) {\n      onDuty\n    }\n  }\n': typeof types.SetOnDutyDocument;
  '\n  query MyTenants {\n    me {\n      id\n      displayName\n      platformRoles\n      permissions\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n  }\n': typeof types.MyTenantsDocument;
  '\n  query AllTenants {\n    tenants {\n      id\n      slug\n      nameJa\n      nameEn\n    }\n  }\n': typeof types.AllTenantsDocument;
  '\n  query Shell {\n    me {\n      id\n      displayName\n      email\n      platformRoles\n      permissions\n      mfaEnabled\n      memberships {\n        id\n        role\n        tenant {\n          id\n          slug\n          nameJa\n          nameEn\n        }\n      }\n    }\n    tenant {\n      id\n      slug\n      nameJa\n      nameEn\n      timezone\n    }\n  }\n': typeof types.ShellDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  query CounsellorTasks($status: CounsellorTaskStatus) {\n    counsellorTasks(status: $status) {\n      openMine\n      openUnassigned\n      tasks {\n        id\n        kind\n        urgency\n        title\n        familyLabel\n        detail\n        caseRecordId\n        conversationId\n        assignee {\n          userId\n          displayName\n        }\n        status\n        createdAt\n        createdBy {\n          displayName\n        }\n        doneAt\n        doneBy {\n          displayName\n        }\n        doneNote\n      }\n    }\n  }\n': typeof types.CounsellorTasksDocument;
  '\n  mutation TakeCounsellorTask($input: CounsellorTaskIdInput!) {\n    takeCounsellorTask(input: $input) {\n      id\n      assignee {\n        userId\n      }\n    }\n  }\n': typeof types.TakeCounsellorTaskDocument;
  '\n  mutation CompleteCounsellorTask($input: CompleteCounsellorTaskInput!) {\n    completeCounsellorTask(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.CompleteCounsellorTaskDocument;
};
const documents: Documents = {
  '\n  query MySessions {\n    mySessions {\n      id\n      createdAt\n      lastUsedAt\n      expiresAt\n      ip\n      userAgent\n      current\n    }\n  }\n':
    types.MySessionsDocument,
  '\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n':
    types.RevokeSessionDocument,
  '\n  query AudienceSchema {\n    audienceSchema {\n      attributes {\n        id\n        key\n        label\n        kind\n        choices\n        askedInSurvey\n        question\n        sortOrder\n      }\n      tags\n    }\n  }\n':
    types.AudienceSchemaDocument,
  '\n  mutation CreateRegistrantAttribute($input: CreateRegistrantAttributeInput!) {\n    createRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n':
    types.CreateRegistrantAttributeDocument,
  '\n  mutation UpdateRegistrantAttribute($input: UpdateRegistrantAttributeInput!) {\n    updateRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateRegistrantAttributeDocument,
  '\n  mutation DeleteRegistrantAttribute($input: DeleteRegistrantAttributeInput!) {\n    deleteRegistrantAttribute(input: $input)\n  }\n':
    types.DeleteRegistrantAttributeDocument,
  '\n  query FamilyProfile($registrantId: ID!) {\n    familyProfile(registrantId: $registrantId) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n':
    types.FamilyProfileDocument,
  '\n  mutation UpdateFamilyProfile($input: UpdateFamilyProfileInput!) {\n    updateFamilyProfile(input: $input) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n':
    types.UpdateFamilyProfileDocument,
  '\n  query TestRecipients {\n    testRecipients {\n      channelId\n      channelName\n      linkedByMe\n      recipients {\n        userId\n        displayName\n        linkedAt\n      }\n    }\n  }\n':
    types.TestRecipientsDocument,
  '\n  mutation CreateTestRecipientLinkCode($input: TestRecipientChannelInput!) {\n    createTestRecipientLinkCode(input: $input) {\n      code\n      expiresAt\n    }\n  }\n':
    types.CreateTestRecipientLinkCodeDocument,
  '\n  mutation UnlinkTestRecipient($input: TestRecipientChannelInput!) {\n    unlinkTestRecipient(input: $input)\n  }\n':
    types.UnlinkTestRecipientDocument,
  '\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    occurredAt\n    actorUserId\n    actorLabel\n    actorName\n    action\n    targetType\n    targetId\n    subjectName\n    details\n  }\n':
    types.AuditEventRowFragmentDoc,
  '\n  query TenantAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TenantAuditEventsDocument,
  '\n  query PlatformAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents: platformAuditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PlatformAuditEventsDocument,
  '\n  query VerifyTenantAuditChain {\n    verification: verifyAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n':
    types.VerifyTenantAuditChainDocument,
  '\n  query VerifyPlatformAuditChain {\n    verification: verifyPlatformAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n':
    types.VerifyPlatformAuditChainDocument,
  '\n  mutation ExportTenantAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportAuditEvents(input: $input) {\n      url\n    }\n  }\n':
    types.ExportTenantAuditEventsDocument,
  '\n  mutation ExportPlatformAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportPlatformAuditEvents(input: $input) {\n      url\n    }\n  }\n':
    types.ExportPlatformAuditEventsDocument,
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
  '\n  fragment BroadcastItem on Broadcast {\n    id\n    channelId\n    title\n    status\n    audienceKind\n    segment {\n      match\n      groups {\n        match\n        conditions {\n          kind\n          attributeKey\n          choices\n          ageFrom\n          ageTo\n          tags\n        }\n      }\n    }\n    testUserIds\n    recipientCount\n    scheduledAt\n    notificationDisabled\n    aggregationUnit\n    viewerMayApprove\n    createdAt\n    submittedAt\n    approvedAt\n    cancelledAt\n    rejectionReason\n    composedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    rejectedBy {\n      id\n      displayName\n    }\n    cancelledBy {\n      id\n      displayName\n    }\n    messages {\n      kind\n      text\n      imageUrl\n      previewImageUrl\n      title\n      url\n    }\n    figures {\n      audience\n      sent\n      failed\n      skipped\n      pending\n      durationSeconds\n      startedAt\n      finishedAt\n      failures {\n        reason\n        count\n      }\n    }\n    statistics {\n      state\n      opens\n      clickers\n      links {\n        seq\n        url\n        clicks\n        uniqueClicks\n      }\n      readAt\n      refreshing\n      final\n      nextRequestAt\n    }\n  }\n':
    types.BroadcastItemFragmentDoc,
  '\n  query Broadcasts($first: Int!, $after: String, $status: BroadcastStatus) {\n    broadcasts(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          ...BroadcastItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.BroadcastsDocument,
  '\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastItem\n    }\n  }\n':
    types.BroadcastDocument,
  '\n  query BroadcastChannels {\n    broadcastChannels {\n      id\n      name\n      reachableFamilies\n    }\n  }\n':
    types.BroadcastChannelsDocument,
  '\n  query AudienceCount($channelId: ID, $segment: SegmentInput) {\n    audienceCount(channelId: $channelId, segment: $segment)\n  }\n':
    types.AudienceCountDocument,
  '\n  query BroadcastSettings {\n    broadcastSettings {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n':
    types.BroadcastSettingsDocument,
  '\n  mutation UpdateBroadcastSettings($input: UpdateBroadcastSettingsInput!) {\n    updateBroadcastSettings(input: $input) {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n':
    types.UpdateBroadcastSettingsDocument,
  '\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n':
    types.CreateBroadcastDocument,
  '\n  mutation UpdateBroadcast($input: UpdateBroadcastInput!) {\n    updateBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n':
    types.UpdateBroadcastDocument,
  '\n  mutation SubmitBroadcast($id: ID!) {\n    submitBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n':
    types.SubmitBroadcastDocument,
  '\n  mutation ApproveBroadcast($id: ID!) {\n    approveBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n':
    types.ApproveBroadcastDocument,
  '\n  mutation RejectBroadcast($id: ID!, $reason: String!) {\n    rejectBroadcast(input: { id: $id, reason: $reason }) {\n      ...BroadcastItem\n    }\n  }\n':
    types.RejectBroadcastDocument,
  '\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n':
    types.CancelBroadcastDocument,
  '\n  mutation SendTestBroadcast($id: ID!) {\n    sendTestBroadcast(input: { id: $id }) {\n      recipients\n    }\n  }\n':
    types.SendTestBroadcastDocument,
  '\n  mutation RefreshBroadcastStatistics($id: ID!) {\n    refreshBroadcastStatistics(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n':
    types.RefreshBroadcastStatisticsDocument,
  '\n  subscription BroadcastEvents($id: ID) {\n    broadcastEvents(id: $id) {\n      cursor\n      missed\n      broadcasts {\n        ...BroadcastItem\n      }\n    }\n  }\n':
    types.BroadcastEventsDocument,
  '\n  fragment DonationItemFields on DonationItem {\n    id\n    donorId\n    donorName\n    donorKind\n    receivedOn\n    name\n    quantity\n    unit\n    bestBefore\n    pastBestBefore\n    allergens\n    note\n    allocated\n    remaining\n  }\n':
    types.DonationItemFieldsFragmentDoc,
  '\n  query DonationProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n':
    types.DonationProgrammeDocument,
  '\n  query DonationStock($programmeId: ID!) {\n    donationStock(programmeId: $programmeId) {\n      ...DonationItemFields\n    }\n  }\n':
    types.DonationStockDocument,
  '\n  query Donors($needsThanks: Boolean, $after: String) {\n    donors(first: 100, needsThanks: $needsThanks, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          contact\n          note\n          lastReceivedOn\n          lastThankedOn\n          needsThanks\n          itemCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.DonorsDocument,
  '\n  mutation CreateDonor($input: CreateDonorInput!) {\n    createDonor(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.CreateDonorDocument,
  '\n  mutation ReceiveDonation($input: ReceiveDonationInput!) {\n    receiveDonation(input: $input) {\n      ...DonationItemFields\n    }\n  }\n':
    types.ReceiveDonationDocument,
  '\n  mutation RecordDonorThanks($input: RecordDonorThanksInput!) {\n    recordDonorThanks(input: $input) {\n      id\n      sentOn\n      method\n      sentBy\n    }\n  }\n':
    types.RecordDonorThanksDocument,
  '\n  query DonationRounds($programmeId: ID!) {\n    donationRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      open\n    }\n  }\n':
    types.DonationRoundsDocument,
  '\n  query RoundDonations($roundId: ID!) {\n    roundDonations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        open\n      }\n      lines {\n        id\n        quantity\n        item {\n          ...DonationItemFields\n        }\n      }\n    }\n  }\n':
    types.RoundDonationsDocument,
  '\n  mutation AllocateDonations($input: AllocateDonationsInput!) {\n    allocateDonations(input: $input) {\n      round {\n        id\n      }\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n':
    types.AllocateDonationsDocument,
  '\n  query FoodDeliverySummary($programmeId: ID!) {\n    foodDeliverySummary(programmeId: $programmeId) {\n      programmeId\n      suppressionThreshold\n      statuses {\n        status\n        households {\n          display\n        }\n      }\n      rounds {\n        roundId\n        name\n        startsOn\n        endsOn\n        capacity\n        filled {\n          display\n        }\n      }\n      donations {\n        kind\n        donors {\n          display\n        }\n        items {\n          display\n        }\n      }\n    }\n  }\n':
    types.FoodDeliverySummaryDocument,
  '\n  query FoodHouseholds($programmeId: ID!, $statuses: [FoodHouseholdStatus!], $first: Int, $after: String) {\n    foodHouseholds(programmeId: $programmeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          area\n          status\n          source\n          appliedAt\n          waitlistPosition\n          preferredMethod\n          rounds {\n            roundId\n            roundName\n          }\n        }\n      }\n    }\n  }\n':
    types.FoodHouseholdsDocument,
  '\n  query FoodHousehold($id: ID!) {\n    foodHousehold(id: $id) {\n      id\n      programmeId\n      registrantId\n      source\n      name\n      area\n      childrenBirthMonths\n      eligibilityBasis\n      eligibilityNote\n      allergies\n      preferredMethod\n      preferredTimes\n      visitConsent\n      status\n      statusReason\n      appliedAt\n      enrolledAt\n      statusChangedAt\n      waitlistPosition\n      rounds {\n        roundId\n        roundName\n        startsOn\n        endsOn\n      }\n    }\n  }\n':
    types.FoodHouseholdDocument,
  '\n  query FoodHouseholdAddress($householdId: ID!) {\n    foodHouseholdAddress(householdId: $householdId) {\n      postalCode\n      prefecture\n      city\n      street\n      building\n      phone\n    }\n  }\n':
    types.FoodHouseholdAddressDocument,
  '\n  query FoodRounds($programmeId: ID!) {\n    foodRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      capacity\n      filled\n      status\n      plannedItems {\n        name\n        quantity\n      }\n    }\n  }\n':
    types.FoodRoundsDocument,
  '\n  query FoodProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n':
    types.FoodProgrammeDocument,
  '\n  mutation CreateFoodRound($input: CreateFoodRoundInput!) {\n    createFoodRound(input: $input) {\n      id\n      filled\n    }\n  }\n':
    types.CreateFoodRoundDocument,
  '\n  mutation MarkFoodHouseholdEligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdEligible(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.MarkFoodHouseholdEligibleDocument,
  '\n  mutation MarkFoodHouseholdIneligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdIneligible(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n':
    types.MarkFoodHouseholdIneligibleDocument,
  '\n  mutation ApproveFoodHousehold($input: DecideFoodHouseholdInput!) {\n    approveFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.ApproveFoodHouseholdDocument,
  '\n  mutation WithdrawFoodHousehold($input: DecideFoodHouseholdInput!) {\n    withdrawFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.WithdrawFoodHouseholdDocument,
  '\n  mutation EnrolFoodHousehold($input: EnrolFoodHouseholdInput!) {\n    enrolFoodHousehold(input: $input) {\n      id\n    }\n  }\n':
    types.EnrolFoodHouseholdDocument,
  '\n  query FoodApplicationForm($tenantSlug: String!, $token: String!) {\n    foodApplicationForm(tenantSlug: $tenantSlug, token: $token) {\n      tenantName\n      programmeName\n      expiresAt\n    }\n  }\n':
    types.FoodApplicationFormDocument,
  '\n  mutation SubmitFoodApplication($input: SubmitFoodApplicationInput!) {\n    submitFoodApplication(input: $input) {\n      programmeName\n      appliedAt\n    }\n  }\n':
    types.SubmitFoodApplicationDocument,
  '\n  mutation UpdateFoodHousehold($input: UpdateFoodHouseholdInput!) {\n    updateFoodHousehold(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.UpdateFoodHouseholdDocument,
  '\n  query FoodRoundOperations($roundId: ID!) {\n    foodRoundOperations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        capacity\n        status\n      }\n      packing {\n        households\n        children\n        householdsWithAllergies\n        ageBands {\n          band\n          children\n        }\n        items {\n          name\n          quantity\n          allergens\n          perHousehold\n          warnedHouseholds\n        }\n        rows {\n          placeId\n          householdId\n          name\n          area\n          children\n          childrenAges\n          allergies\n          warnings {\n            itemName\n            allergen\n          }\n          method\n        }\n      }\n      deliveries {\n        ...RoundDeliveryFields\n      }\n      areas {\n        area\n        households\n        hand\n        courier\n        unassigned\n      }\n      deliverers {\n        userId\n        displayName\n      }\n      courierHouseholds\n    }\n  }\n':
    types.FoodRoundOperationsDocument,
  '\n  fragment RoundDeliveryFields on RoundDelivery {\n    placeId\n    householdId\n    name\n    area\n    preferredMethod\n    preferredTimes\n    visitConsent\n    method\n    assignee {\n      userId\n      displayName\n    }\n    outcome\n    outcomeAt\n    outcomeBy {\n      userId\n      displayName\n    }\n    observation\n    observationNote\n    observedAt\n    taskId\n    taskOpen\n  }\n':
    types.RoundDeliveryFieldsFragmentDoc,
  '\n  mutation AssignFoodDeliveries($input: AssignFoodDeliveriesInput!) {\n    assignFoodDeliveries(input: $input) {\n      courierHouseholds\n    }\n  }\n':
    types.AssignFoodDeliveriesDocument,
  '\n  mutation RecordFoodDelivery($input: RecordFoodDeliveryInput!) {\n    recordFoodDelivery(input: $input) {\n      placeId\n      taskId\n    }\n  }\n':
    types.RecordFoodDeliveryDocument,
  '\n  mutation ExportFoodCourierCsv($input: ExportFoodCourierCsvInput!) {\n    exportFoodCourierCsv(input: $input) {\n      url\n      expiresAt\n      households\n      replacedCharacters\n    }\n  }\n':
    types.ExportFoodCourierCsvDocument,
  '\n  mutation ChangeFoodRoundStatus($input: ChangeFoodRoundStatusInput!) {\n    changeFoodRoundStatus(input: $input) {\n      id\n      status\n      filled\n    }\n  }\n':
    types.ChangeFoodRoundStatusDocument,
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
  '\n  query MembersList {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      email\n      displayName\n    }\n  }\n':
    types.MembersListDocument,
  '\n  query PendingInvitations($tenantSlug: String) {\n    invitations(tenantSlug: $tenantSlug) {\n      id\n      email\n      role\n      status\n      expiresAt\n      invitedByName\n    }\n  }\n':
    types.PendingInvitationsDocument,
  '\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n':
    types.InviteMemberDocument,
  '\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      id\n      status\n      expiresAt\n    }\n  }\n':
    types.ResendInvitationDocument,
  '\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  mutation ChangeMemberRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input)\n  }\n':
    types.ChangeMemberRoleDocument,
  '\n  mutation DeactivateMember($input: DeactivateMembershipInput!) {\n    deactivateMembership(input: $input)\n  }\n':
    types.DeactivateMemberDocument,
  '\n  query InvitablePartners {\n    partnerOrganizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.InvitablePartnersDocument,
  '\n  query OnboardingState {\n    onboardingChecklist {\n      complete\n      items {\n        item\n        done\n        missing\n      }\n    }\n    tenant {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n      status\n    }\n    lineChannels {\n      id\n      name\n      lineChannelId\n      webhookUrl\n      status\n      channelAccessTokenLast4\n    }\n    reportSettings {\n      recipients\n    }\n  }\n':
    types.OnboardingStateDocument,
  '\n  mutation SaveTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n    }\n  }\n':
    types.SaveTenantSettingsDocument,
  '\n  mutation ConnectLineChannel($input: CreateLineChannelInput!) {\n    createLineChannel(input: $input) {\n      id\n    }\n  }\n':
    types.ConnectLineChannelDocument,
  '\n  mutation CheckLineConnection($input: CheckLineChannelConnectionInput!) {\n    checkLineChannelConnection(input: $input) {\n      ok\n      botDisplayName\n      problem\n      detail\n    }\n  }\n':
    types.CheckLineConnectionDocument,
  '\n  mutation OnboardingAddPartnerOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n    }\n  }\n':
    types.OnboardingAddPartnerOrganizationDocument,
  '\n  mutation OnboardingAddPartnerService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n':
    types.OnboardingAddPartnerServiceDocument,
  '\n  mutation OnboardingMarkRosterReviewed {\n    markRosterReviewed\n  }\n':
    types.OnboardingMarkRosterReviewedDocument,
  '\n  mutation OnboardingSaveReportRecipients($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      recipients\n    }\n  }\n':
    types.OnboardingSaveReportRecipientsDocument,
  '\n  fragment PartnerReferralRow on Referral {\n    id\n    status\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    familyDisplayName\n    outcome\n    partnerOrganization {\n      id\n      name\n    }\n  }\n':
    types.PartnerReferralRowFragmentDoc,
  '\n  query PartnerReferrals($filter: ReferralFilter!, $after: String) {\n    referrals(first: 50, after: $after, filter: $filter) {\n      edges {\n        node {\n          ...PartnerReferralRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PartnerReferralsDocument,
  '\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    sharedAssessmentFields {\n      key\n      section\n      label\n      kind\n      value\n      columns {\n        key\n        label\n        kind\n      }\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n':
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
  '\n  query PlatformTenantOnboarding {\n    tenantOnboarding {\n      tenant {\n        id\n        slug\n        nameJa\n        nameEn\n        localGovernmentCode\n        prefecture\n        status\n      }\n      checklist {\n        complete\n        items {\n          item\n          done\n          missing\n        }\n      }\n    }\n  }\n':
    types.PlatformTenantOnboardingDocument,
  '\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n    }\n  }\n':
    types.PlatformCreateTenantDocument,
  '\n  mutation PlatformActivateTenant($input: ActivateTenantInput!) {\n    activateTenant(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.PlatformActivateTenantDocument,
  '\n  mutation PlatformRequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      id\n      reason\n      grantedAt\n      expiresAt\n    }\n  }\n':
    types.PlatformRequestEmergencyAccessDocument,
  '\n  query Programmes {\n    programmes {\n      id\n      name\n      kind\n      description\n      startedOn\n      archived\n      channels {\n        id\n        name\n      }\n      staff {\n        userId\n        displayName\n      }\n      contracts {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n        amountYen\n        kpis {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n      }\n    }\n  }\n':
    types.ProgrammesDocument,
  '\n  query ProgrammeChannels {\n    lineChannels {\n      id\n      name\n    }\n  }\n':
    types.ProgrammeChannelsDocument,
  '\n  query ProgrammeMembers {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      displayName\n    }\n  }\n':
    types.ProgrammeMembersDocument,
  '\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n':
    types.CreateProgrammeDocument,
  '\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateProgrammeDocument,
  '\n  mutation CreateProgrammeContract($input: CreateProgrammeContractInput!) {\n    createProgrammeContract(input: $input) {\n      id\n    }\n  }\n':
    types.CreateProgrammeContractDocument,
  '\n  mutation UpdateProgrammeContract($input: UpdateProgrammeContractInput!) {\n    updateProgrammeContract(input: $input) {\n      id\n    }\n  }\n':
    types.UpdateProgrammeContractDocument,
  '\n  query ContractKpis($contractId: ID!) {\n    contractKpis(contractId: $contractId) {\n      programmeId\n      programmeName\n      periodLabel\n      elapsed\n      suppressionThreshold\n      generatedAt\n      contract {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n      }\n      figures {\n        kpi {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n        recorded\n        actual {\n          value\n          suppressed\n          display\n        }\n        progress\n      }\n    }\n  }\n':
    types.ContractKpisDocument,
  '\n  query FamilyCase($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n      }\n      caseRecord {\n        id\n        status\n        risk\n        nextReviewOn\n        reviewDue\n        responsibleName\n        latestAssessment {\n          id\n          summary\n          createdAt\n          templateVersion {\n            id\n            templateName\n            version\n          }\n        }\n      }\n    }\n  }\n':
    types.FamilyCaseDocument,
  '\n  query CaseRecords($first: Int!, $after: String, $filter: CaseRecordFilter) {\n    caseRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          familyName\n          status\n          risk\n          nextReviewOn\n          reviewDue\n          responsibleName\n          updatedAt\n          latestAssessment {\n            id\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n':
    types.CaseRecordsDocument,
  '\n  fragment TemplateVersionFields on AssessmentTemplateVersion {\n    id\n    templateId\n    templateName\n    version\n    publishedAt\n    definition\n  }\n':
    types.TemplateVersionFieldsFragmentDoc,
  '\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      registrantId\n      familyName\n      labels\n      conversationId\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n      assessments {\n        id\n        values\n        summary\n        createdAt\n        createdByName\n        templateVersion {\n          ...TemplateVersionFields\n        }\n      }\n    }\n    assessmentTemplates {\n      id\n      name\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n':
    types.CaseRecordDocument,
  '\n  query CaseHistory($id: ID!, $after: String) {\n    caseRecordHistory(caseRecordId: $id, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          field\n          section\n          label\n          row\n          column\n          kind\n          beforeShown\n          afterShown\n          actorName\n          changedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.CaseHistoryDocument,
  '\n  mutation OpenCaseRecord($input: OpenCaseRecordInput!) {\n    openCaseRecord(input: $input) {\n      id\n    }\n  }\n':
    types.OpenCaseRecordDocument,
  '\n  mutation UpdateCaseRecord($input: UpdateCaseRecordInput!) {\n    updateCaseRecord(input: $input) {\n      id\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n    }\n  }\n':
    types.UpdateCaseRecordDocument,
  '\n  mutation AddAssessment($input: AddAssessmentInput!) {\n    addAssessment(input: $input) {\n      id\n    }\n  }\n':
    types.AddAssessmentDocument,
  '\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      values\n    }\n  }\n':
    types.UpdateAssessmentDocument,
  '\n  query AssessmentTemplates {\n    assessmentTemplates {\n      id\n      name\n      versions {\n        id\n        version\n        publishedAt\n      }\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n  }\n':
    types.AssessmentTemplatesDocument,
  '\n  mutation CreateAssessmentTemplate($input: CreateAssessmentTemplateInput!) {\n    createAssessmentTemplate(input: $input) {\n      id\n    }\n  }\n':
    types.CreateAssessmentTemplateDocument,
  '\n  mutation PublishAssessmentTemplateVersion($input: PublishAssessmentTemplateVersionInput!) {\n    publishAssessmentTemplateVersion(input: $input) {\n      id\n      latestVersion {\n        version\n      }\n    }\n  }\n':
    types.PublishAssessmentTemplateVersionDocument,
  '\n  query AssessmentMigrationPreview($id: ID!) {\n    assessmentMigrationPreview(assessmentId: $id) {\n      assessmentId\n      from {\n        version\n      }\n      to {\n        id\n        version\n      }\n      steps {\n        field\n        label\n        outcome\n        before\n      }\n    }\n  }\n':
    types.AssessmentMigrationPreviewDocument,
  '\n  mutation MigrateAssessment($input: MigrateAssessmentInput!) {\n    migrateAssessment(input: $input) {\n      id\n    }\n  }\n':
    types.MigrateAssessmentDocument,
  '\n  query ShareChoices($id: ID!) {\n    conversation(id: $id) {\n      id\n      caseRecord {\n        id\n        latestAssessment {\n          id\n          createdAt\n          values\n          templateVersion {\n            ...TemplateVersionFields\n          }\n        }\n      }\n    }\n  }\n':
    types.ShareChoicesDocument,
  '\n  query CaseRecordSettings {\n    caseRecordSettings {\n      retentionYears\n    }\n  }\n':
    types.CaseRecordSettingsDocument,
  '\n  mutation UpdateCaseRecordSettings($input: UpdateCaseRecordSettingsInput!) {\n    updateCaseRecordSettings(input: $input) {\n      retentionYears\n    }\n  }\n':
    types.UpdateCaseRecordSettingsDocument,
  '\n  query FamilyErasurePlan($registrantId: ID!) {\n    familyErasurePlan(registrantId: $registrantId) {\n      registrantId\n      displayName\n      erased {\n        item\n        count\n      }\n      kept {\n        item\n        count\n      }\n    }\n  }\n':
    types.FamilyErasurePlanDocument,
  '\n  mutation ExportFamilyRecord($input: ExportFamilyRecordInput!) {\n    exportFamilyRecord(input: $input) {\n      url\n      expiresAt\n    }\n  }\n':
    types.ExportFamilyRecordDocument,
  '\n  mutation EraseFamily($input: EraseFamilyInput!) {\n    eraseFamily(input: $input) {\n      cases\n      messages\n      keptReferrals\n      keptConsents\n      foodHouseholds\n    }\n  }\n':
    types.EraseFamilyDocument,
  '\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n':
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
  '\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n      sharedAssessmentFields {\n        key\n        section\n        label\n        kind\n        value\n        columns {\n          key\n          label\n          kind\n        }\n      }\n    }\n  }\n':
    types.ReferralDocument,
  '\n  mutation AddReferralNote($input: AddReferralNoteInput!) {\n    addReferralNote(input: $input) {\n      id\n      status\n      timeline {\n        toStatus\n        fromStatus\n        occurredAt\n        actorName\n        actorSide\n        reason\n        note\n      }\n    }\n  }\n':
    types.AddReferralNoteDocument,
  '\n  subscription ReferralEvents {\n    referralEvents {\n      missed\n      referrals {\n        ...ReferralItem\n      }\n    }\n  }\n':
    types.ReferralEventsDocument,
  '\n  fragment ReportTableFields on ReportTable {\n    key\n    group\n    title\n    titleEn\n    unit\n    columns {\n      key\n      label\n      labelEn\n    }\n    rows {\n      key\n      label\n      labelEn\n      values {\n        value\n        suppressed\n        display\n      }\n    }\n  }\n':
    types.ReportTableFieldsFragmentDoc,
  '\n  query ReportCalendar {\n    tenant {\n      id\n      fiscalYearStartMonth\n      timezone\n    }\n  }\n':
    types.ReportCalendarDocument,
  '\n  query TenantReport($fiscalYear: Int!, $month: Int, $exact: Boolean, $programmeId: ID) {\n    tenantReport(fiscalYear: $fiscalYear, month: $month, exact: $exact, programmeId: $programmeId) {\n      programmeName\n      fiscalYear\n      month\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n    }\n  }\n':
    types.TenantReportDocument,
  '\n  query ReportProgrammes {\n    programmes {\n      id\n      name\n      archived\n      contracts {\n        id\n        title\n      }\n    }\n  }\n':
    types.ReportProgrammesDocument,
  '\n  mutation ExportTenantReport($input: ExportTenantReportInput!) {\n    exportTenantReport(input: $input) {\n      url\n      expiresAt\n    }\n  }\n':
    types.ExportTenantReportDocument,
  '\n  query ReportRuns {\n    reportRuns(first: 20) {\n      edges {\n        node {\n          id\n          periodLabel\n          trigger\n          status\n          recipientCount\n          createdAt\n          finishedAt\n        }\n      }\n    }\n  }\n':
    types.ReportRunsDocument,
  '\n  mutation RunReportNow($input: RunReportNowInput!) {\n    runReportNow(input: $input) {\n      id\n      periodLabel\n      trigger\n      status\n      recipientCount\n      createdAt\n      finishedAt\n    }\n  }\n':
    types.RunReportNowDocument,
  '\n  query ReportSettings {\n    reportSettings {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n':
    types.ReportSettingsDocument,
  '\n  mutation UpdateReportSettings($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n':
    types.UpdateReportSettingsDocument,
  '\n  query PlatformReport($fiscalYear: Int!) {\n    platformReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n      cities {\n        tenantSlug\n        tenantName\n        tenantNameEn\n        suppressionThreshold\n        figures {\n          key\n          title\n          titleEn\n          label\n          labelEn\n          unit\n          value {\n            value\n            suppressed\n            display\n          }\n        }\n      }\n    }\n  }\n':
    types.PlatformReportDocument,
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
  '\n  query SecondmentCities {\n    secondmentCities {\n      slug\n      nameJa\n      nameEn\n      timezone\n      lastRosterReview {\n        reviewedAt\n        reviewerName\n      }\n      rosterReviewDue\n    }\n  }\n':
    types.SecondmentCitiesDocument,
  '\n  query PartnerDirectoryList($filter: PartnerOrganizationFilter, $after: String) {\n    partnerOrganizations(first: 50, filter: $filter, after: $after) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.PartnerDirectoryListDocument,
  '\n  query PartnerDirectoryDetail($id: ID!) {\n    partnerOrganization(id: $id) {\n      id\n      name\n      description\n      email\n      website\n      phones {\n        id\n        number\n        type\n        description\n      }\n      services {\n        id\n        name\n        description\n        status\n        serviceAreas\n        minimumAge\n        maximumAge\n        categories {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        name\n        type\n        description\n        url\n        address {\n          postalCode\n          prefecture\n          city\n          addressLine\n        }\n      }\n      contacts {\n        id\n        name\n        title\n        department\n        email\n        phones {\n          id\n          number\n          type\n          description\n        }\n      }\n    }\n    serviceCategories {\n      id\n      name\n    }\n  }\n':
    types.PartnerDirectoryDetailDocument,
  '\n  mutation PartnerCreateOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.PartnerCreateOrganizationDocument,
  '\n  mutation PartnerUpdateOrganization($input: UpdatePartnerOrganizationInput!) {\n    updatePartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.PartnerUpdateOrganizationDocument,
  '\n  mutation PartnerCreateService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n':
    types.PartnerCreateServiceDocument,
  '\n  mutation PartnerUpdateService($input: UpdatePartnerServiceInput!) {\n    updatePartnerService(input: $input) {\n      id\n    }\n  }\n':
    types.PartnerUpdateServiceDocument,
  '\n  mutation PartnerCreateLocation($input: CreatePartnerLocationInput!) {\n    createPartnerLocation(input: $input) {\n      id\n    }\n  }\n':
    types.PartnerCreateLocationDocument,
  '\n  mutation PartnerUpdateLocation($input: UpdatePartnerLocationInput!) {\n    updatePartnerLocation(input: $input) {\n      id\n    }\n  }\n':
    types.PartnerUpdateLocationDocument,
  '\n  mutation PartnerCreateContact($input: CreatePartnerContactInput!) {\n    createPartnerContact(input: $input) {\n      id\n    }\n  }\n':
    types.PartnerCreateContactDocument,
  '\n  mutation PartnerUpdateContact($input: UpdatePartnerContactInput!) {\n    updatePartnerContact(input: $input) {\n      id\n    }\n  }\n':
    types.PartnerUpdateContactDocument,
  '\n  query PartnerDirectoryHsds {\n    partnerDirectoryHsds\n  }\n': types.PartnerDirectoryHsdsDocument,
  '\n  mutation PartnerImportHsds($input: ImportPartnerDirectoryHsdsInput!) {\n    importPartnerDirectoryHsds(input: $input) {\n      created\n      updated\n      errors {\n        index\n        id\n        messages\n      }\n    }\n  }\n':
    types.PartnerImportHsdsDocument,
  '\n  query PartnerReferralSettings {\n    referralSettings {\n      responseBusinessDays\n    }\n  }\n':
    types.PartnerReferralSettingsDocument,
  '\n  mutation PartnerUpdateReferralSettings($input: UpdateReferralSettingsInput!) {\n    updateReferralSettings(input: $input) {\n      responseBusinessDays\n    }\n  }\n':
    types.PartnerUpdateReferralSettingsDocument,
  '\n  query InboxSettingsPage {\n    inboxSettings {\n      crisisContacts {\n        id\n        name\n        phone\n        note\n      }\n      escalationEmails\n      escalationMinutes\n    }\n    conversationCategories {\n      id\n      name\n      sortOrder\n    }\n    cannedResponses {\n      id\n      title\n      body\n    }\n    keywordRules {\n      id\n      keyword\n    }\n  }\n':
    types.InboxSettingsPageDocument,
  '\n  mutation SettingsCreateCategory($input: CreateConversationCategoryInput!) {\n    createConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n':
    types.SettingsCreateCategoryDocument,
  '\n  mutation SettingsUpdateCategory($input: UpdateConversationCategoryInput!) {\n    updateConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n':
    types.SettingsUpdateCategoryDocument,
  '\n  mutation SettingsDeleteCategory($input: DeleteConversationCategoryInput!) {\n    deleteConversationCategory(input: $input)\n  }\n':
    types.SettingsDeleteCategoryDocument,
  '\n  mutation SettingsCreateCanned($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n':
    types.SettingsCreateCannedDocument,
  '\n  mutation SettingsUpdateCanned($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n':
    types.SettingsUpdateCannedDocument,
  '\n  mutation SettingsDeleteCanned($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input)\n  }\n':
    types.SettingsDeleteCannedDocument,
  '\n  mutation SettingsUpsertKeyword($input: UpsertKeywordRuleInput!) {\n    upsertKeywordRule(input: $input) {\n      id\n      keyword\n    }\n  }\n':
    types.SettingsUpsertKeywordDocument,
  '\n  mutation SettingsDeleteKeyword($input: DeleteKeywordRuleInput!) {\n    deleteKeywordRule(input: $input)\n  }\n':
    types.SettingsDeleteKeywordDocument,
  '\n  query SettingsMatchingKeyword($text: String!) {\n    matchingKeywordRule(text: $text) {\n      id\n      keyword\n    }\n  }\n':
    types.SettingsMatchingKeywordDocument,
  '\n  mutation SettingsAddCrisisContact($input: AddCrisisContactInput!) {\n    addCrisisContact(input: $input) {\n      id\n    }\n  }\n':
    types.SettingsAddCrisisContactDocument,
  '\n  mutation SettingsUpdateCrisisContact($input: UpdateCrisisContactInput!) {\n    updateCrisisContact(input: $input) {\n      id\n    }\n  }\n':
    types.SettingsUpdateCrisisContactDocument,
  '\n  mutation SettingsRemoveCrisisContact($input: RemoveCrisisContactInput!) {\n    removeCrisisContact(input: $input)\n  }\n':
    types.SettingsRemoveCrisisContactDocument,
  '\n  mutation SettingsUpdateEscalation($input: UpdateInboxSettingsInput!) {\n    updateInboxSettings(input: $input) {\n      escalationEmails\n      escalationMinutes\n    }\n  }\n':
    types.SettingsUpdateEscalationDocument,
  '\n  query SettingsChannelHours {\n    lineChannels {\n      id\n      name\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n':
    types.SettingsChannelHoursDocument,
  '\n  mutation SettingsUpdateChannelHours($input: UpdateLineChannelInput!) {\n    updateLineChannel(input: $input) {\n      id\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n':
    types.SettingsUpdateChannelHoursDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': types.UnreadNotificationCountDocument,
  '\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          taskId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n':
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
  '\n  query CounsellorTasks($status: CounsellorTaskStatus) {\n    counsellorTasks(status: $status) {\n      openMine\n      openUnassigned\n      tasks {\n        id\n        kind\n        urgency\n        title\n        familyLabel\n        detail\n        caseRecordId\n        conversationId\n        assignee {\n          userId\n          displayName\n        }\n        status\n        createdAt\n        createdBy {\n          displayName\n        }\n        doneAt\n        doneBy {\n          displayName\n        }\n        doneNote\n      }\n    }\n  }\n':
    types.CounsellorTasksDocument,
  '\n  mutation TakeCounsellorTask($input: CounsellorTaskIdInput!) {\n    takeCounsellorTask(input: $input) {\n      id\n      assignee {\n        userId\n      }\n    }\n  }\n':
    types.TakeCounsellorTaskDocument,
  '\n  mutation CompleteCounsellorTask($input: CompleteCounsellorTaskInput!) {\n    completeCounsellorTask(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.CompleteCounsellorTaskDocument,
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
  source: '\n  query AudienceSchema {\n    audienceSchema {\n      attributes {\n        id\n        key\n        label\n        kind\n        choices\n        askedInSurvey\n        question\n        sortOrder\n      }\n      tags\n    }\n  }\n',
): (typeof documents)['\n  query AudienceSchema {\n    audienceSchema {\n      attributes {\n        id\n        key\n        label\n        kind\n        choices\n        askedInSurvey\n        question\n        sortOrder\n      }\n      tags\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateRegistrantAttribute($input: CreateRegistrantAttributeInput!) {\n    createRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateRegistrantAttribute($input: CreateRegistrantAttributeInput!) {\n    createRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateRegistrantAttribute($input: UpdateRegistrantAttributeInput!) {\n    updateRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateRegistrantAttribute($input: UpdateRegistrantAttributeInput!) {\n    updateRegistrantAttribute(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteRegistrantAttribute($input: DeleteRegistrantAttributeInput!) {\n    deleteRegistrantAttribute(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeleteRegistrantAttribute($input: DeleteRegistrantAttributeInput!) {\n    deleteRegistrantAttribute(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyProfile($registrantId: ID!) {\n    familyProfile(registrantId: $registrantId) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n',
): (typeof documents)['\n  query FamilyProfile($registrantId: ID!) {\n    familyProfile(registrantId: $registrantId) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFamilyProfile($input: UpdateFamilyProfileInput!) {\n    updateFamilyProfile(input: $input) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateFamilyProfile($input: UpdateFamilyProfileInput!) {\n    updateFamilyProfile(input: $input) {\n      registrantId\n      values {\n        attributeKey\n        values\n      }\n      tags\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TestRecipients {\n    testRecipients {\n      channelId\n      channelName\n      linkedByMe\n      recipients {\n        userId\n        displayName\n        linkedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TestRecipients {\n    testRecipients {\n      channelId\n      channelName\n      linkedByMe\n      recipients {\n        userId\n        displayName\n        linkedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateTestRecipientLinkCode($input: TestRecipientChannelInput!) {\n    createTestRecipientLinkCode(input: $input) {\n      code\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateTestRecipientLinkCode($input: TestRecipientChannelInput!) {\n    createTestRecipientLinkCode(input: $input) {\n      code\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UnlinkTestRecipient($input: TestRecipientChannelInput!) {\n    unlinkTestRecipient(input: $input)\n  }\n',
): (typeof documents)['\n  mutation UnlinkTestRecipient($input: TestRecipientChannelInput!) {\n    unlinkTestRecipient(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    occurredAt\n    actorUserId\n    actorLabel\n    actorName\n    action\n    targetType\n    targetId\n    subjectName\n    details\n  }\n',
): (typeof documents)['\n  fragment AuditEventRow on AuditEvent {\n    id\n    seq\n    occurredAt\n    actorUserId\n    actorLabel\n    actorName\n    action\n    targetType\n    targetId\n    subjectName\n    details\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TenantAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TenantAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlatformAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents: platformAuditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlatformAuditEvents($filter: AuditEventFilter, $after: String) {\n    auditEvents: platformAuditEvents(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          ...AuditEventRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyTenantAuditChain {\n    verification: verifyAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n',
): (typeof documents)['\n  query VerifyTenantAuditChain {\n    verification: verifyAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyPlatformAuditChain {\n    verification: verifyPlatformAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n',
): (typeof documents)['\n  query VerifyPlatformAuditChain {\n    verification: verifyPlatformAuditChain {\n      ok\n      brokenAt\n      checked\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportTenantAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportAuditEvents(input: $input) {\n      url\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportTenantAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportAuditEvents(input: $input) {\n      url\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportPlatformAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportPlatformAuditEvents(input: $input) {\n      url\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportPlatformAuditEvents($input: ExportAuditEventsInput!) {\n    link: exportPlatformAuditEvents(input: $input) {\n      url\n    }\n  }\n'];
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
  source: '\n  fragment BroadcastItem on Broadcast {\n    id\n    channelId\n    title\n    status\n    audienceKind\n    segment {\n      match\n      groups {\n        match\n        conditions {\n          kind\n          attributeKey\n          choices\n          ageFrom\n          ageTo\n          tags\n        }\n      }\n    }\n    testUserIds\n    recipientCount\n    scheduledAt\n    notificationDisabled\n    aggregationUnit\n    viewerMayApprove\n    createdAt\n    submittedAt\n    approvedAt\n    cancelledAt\n    rejectionReason\n    composedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    rejectedBy {\n      id\n      displayName\n    }\n    cancelledBy {\n      id\n      displayName\n    }\n    messages {\n      kind\n      text\n      imageUrl\n      previewImageUrl\n      title\n      url\n    }\n    figures {\n      audience\n      sent\n      failed\n      skipped\n      pending\n      durationSeconds\n      startedAt\n      finishedAt\n      failures {\n        reason\n        count\n      }\n    }\n    statistics {\n      state\n      opens\n      clickers\n      links {\n        seq\n        url\n        clicks\n        uniqueClicks\n      }\n      readAt\n      refreshing\n      final\n      nextRequestAt\n    }\n  }\n',
): (typeof documents)['\n  fragment BroadcastItem on Broadcast {\n    id\n    channelId\n    title\n    status\n    audienceKind\n    segment {\n      match\n      groups {\n        match\n        conditions {\n          kind\n          attributeKey\n          choices\n          ageFrom\n          ageTo\n          tags\n        }\n      }\n    }\n    testUserIds\n    recipientCount\n    scheduledAt\n    notificationDisabled\n    aggregationUnit\n    viewerMayApprove\n    createdAt\n    submittedAt\n    approvedAt\n    cancelledAt\n    rejectionReason\n    composedBy {\n      id\n      displayName\n    }\n    approvedBy {\n      id\n      displayName\n    }\n    rejectedBy {\n      id\n      displayName\n    }\n    cancelledBy {\n      id\n      displayName\n    }\n    messages {\n      kind\n      text\n      imageUrl\n      previewImageUrl\n      title\n      url\n    }\n    figures {\n      audience\n      sent\n      failed\n      skipped\n      pending\n      durationSeconds\n      startedAt\n      finishedAt\n      failures {\n        reason\n        count\n      }\n    }\n    statistics {\n      state\n      opens\n      clickers\n      links {\n        seq\n        url\n        clicks\n        uniqueClicks\n      }\n      readAt\n      refreshing\n      final\n      nextRequestAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Broadcasts($first: Int!, $after: String, $status: BroadcastStatus) {\n    broadcasts(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          ...BroadcastItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Broadcasts($first: Int!, $after: String, $status: BroadcastStatus) {\n    broadcasts(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          ...BroadcastItem\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BroadcastChannels {\n    broadcastChannels {\n      id\n      name\n      reachableFamilies\n    }\n  }\n',
): (typeof documents)['\n  query BroadcastChannels {\n    broadcastChannels {\n      id\n      name\n      reachableFamilies\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AudienceCount($channelId: ID, $segment: SegmentInput) {\n    audienceCount(channelId: $channelId, segment: $segment)\n  }\n',
): (typeof documents)['\n  query AudienceCount($channelId: ID, $segment: SegmentInput) {\n    audienceCount(channelId: $channelId, segment: $segment)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BroadcastSettings {\n    broadcastSettings {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n',
): (typeof documents)['\n  query BroadcastSettings {\n    broadcastSettings {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBroadcastSettings($input: UpdateBroadcastSettingsInput!) {\n    updateBroadcastSettings(input: $input) {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBroadcastSettings($input: UpdateBroadcastSettingsInput!) {\n    updateBroadcastSettings(input: $input) {\n      approverRoles\n      approverUserIds\n      allowSelfApproval\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateBroadcast($input: CreateBroadcastInput!) {\n    createBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateBroadcast($input: UpdateBroadcastInput!) {\n    updateBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateBroadcast($input: UpdateBroadcastInput!) {\n    updateBroadcast(input: $input) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitBroadcast($id: ID!) {\n    submitBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitBroadcast($id: ID!) {\n    submitBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveBroadcast($id: ID!) {\n    approveBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveBroadcast($id: ID!) {\n    approveBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RejectBroadcast($id: ID!, $reason: String!) {\n    rejectBroadcast(input: { id: $id, reason: $reason }) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  mutation RejectBroadcast($id: ID!, $reason: String!) {\n    rejectBroadcast(input: { id: $id, reason: $reason }) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelBroadcast($id: ID!) {\n    cancelBroadcast(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SendTestBroadcast($id: ID!) {\n    sendTestBroadcast(input: { id: $id }) {\n      recipients\n    }\n  }\n',
): (typeof documents)['\n  mutation SendTestBroadcast($id: ID!) {\n    sendTestBroadcast(input: { id: $id }) {\n      recipients\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RefreshBroadcastStatistics($id: ID!) {\n    refreshBroadcastStatistics(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n',
): (typeof documents)['\n  mutation RefreshBroadcastStatistics($id: ID!) {\n    refreshBroadcastStatistics(input: { id: $id }) {\n      ...BroadcastItem\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription BroadcastEvents($id: ID) {\n    broadcastEvents(id: $id) {\n      cursor\n      missed\n      broadcasts {\n        ...BroadcastItem\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription BroadcastEvents($id: ID) {\n    broadcastEvents(id: $id) {\n      cursor\n      missed\n      broadcasts {\n        ...BroadcastItem\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DonationItemFields on DonationItem {\n    id\n    donorId\n    donorName\n    donorKind\n    receivedOn\n    name\n    quantity\n    unit\n    bestBefore\n    pastBestBefore\n    allergens\n    note\n    allocated\n    remaining\n  }\n',
): (typeof documents)['\n  fragment DonationItemFields on DonationItem {\n    id\n    donorId\n    donorName\n    donorKind\n    receivedOn\n    name\n    quantity\n    unit\n    bestBefore\n    pastBestBefore\n    allergens\n    note\n    allocated\n    remaining\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DonationProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query DonationProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DonationStock($programmeId: ID!) {\n    donationStock(programmeId: $programmeId) {\n      ...DonationItemFields\n    }\n  }\n',
): (typeof documents)['\n  query DonationStock($programmeId: ID!) {\n    donationStock(programmeId: $programmeId) {\n      ...DonationItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Donors($needsThanks: Boolean, $after: String) {\n    donors(first: 100, needsThanks: $needsThanks, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          contact\n          note\n          lastReceivedOn\n          lastThankedOn\n          needsThanks\n          itemCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Donors($needsThanks: Boolean, $after: String) {\n    donors(first: 100, needsThanks: $needsThanks, after: $after) {\n      edges {\n        node {\n          id\n          kind\n          name\n          contact\n          note\n          lastReceivedOn\n          lastThankedOn\n          needsThanks\n          itemCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateDonor($input: CreateDonorInput!) {\n    createDonor(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateDonor($input: CreateDonorInput!) {\n    createDonor(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReceiveDonation($input: ReceiveDonationInput!) {\n    receiveDonation(input: $input) {\n      ...DonationItemFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReceiveDonation($input: ReceiveDonationInput!) {\n    receiveDonation(input: $input) {\n      ...DonationItemFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordDonorThanks($input: RecordDonorThanksInput!) {\n    recordDonorThanks(input: $input) {\n      id\n      sentOn\n      method\n      sentBy\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordDonorThanks($input: RecordDonorThanksInput!) {\n    recordDonorThanks(input: $input) {\n      id\n      sentOn\n      method\n      sentBy\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DonationRounds($programmeId: ID!) {\n    donationRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      open\n    }\n  }\n',
): (typeof documents)['\n  query DonationRounds($programmeId: ID!) {\n    donationRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      open\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RoundDonations($roundId: ID!) {\n    roundDonations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        open\n      }\n      lines {\n        id\n        quantity\n        item {\n          ...DonationItemFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RoundDonations($roundId: ID!) {\n    roundDonations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        open\n      }\n      lines {\n        id\n        quantity\n        item {\n          ...DonationItemFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AllocateDonations($input: AllocateDonationsInput!) {\n    allocateDonations(input: $input) {\n      round {\n        id\n      }\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AllocateDonations($input: AllocateDonationsInput!) {\n    allocateDonations(input: $input) {\n      round {\n        id\n      }\n      lines {\n        id\n        quantity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodDeliverySummary($programmeId: ID!) {\n    foodDeliverySummary(programmeId: $programmeId) {\n      programmeId\n      suppressionThreshold\n      statuses {\n        status\n        households {\n          display\n        }\n      }\n      rounds {\n        roundId\n        name\n        startsOn\n        endsOn\n        capacity\n        filled {\n          display\n        }\n      }\n      donations {\n        kind\n        donors {\n          display\n        }\n        items {\n          display\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FoodDeliverySummary($programmeId: ID!) {\n    foodDeliverySummary(programmeId: $programmeId) {\n      programmeId\n      suppressionThreshold\n      statuses {\n        status\n        households {\n          display\n        }\n      }\n      rounds {\n        roundId\n        name\n        startsOn\n        endsOn\n        capacity\n        filled {\n          display\n        }\n      }\n      donations {\n        kind\n        donors {\n          display\n        }\n        items {\n          display\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodHouseholds($programmeId: ID!, $statuses: [FoodHouseholdStatus!], $first: Int, $after: String) {\n    foodHouseholds(programmeId: $programmeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          area\n          status\n          source\n          appliedAt\n          waitlistPosition\n          preferredMethod\n          rounds {\n            roundId\n            roundName\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FoodHouseholds($programmeId: ID!, $statuses: [FoodHouseholdStatus!], $first: Int, $after: String) {\n    foodHouseholds(programmeId: $programmeId, statuses: $statuses, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          area\n          status\n          source\n          appliedAt\n          waitlistPosition\n          preferredMethod\n          rounds {\n            roundId\n            roundName\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodHousehold($id: ID!) {\n    foodHousehold(id: $id) {\n      id\n      programmeId\n      registrantId\n      source\n      name\n      area\n      childrenBirthMonths\n      eligibilityBasis\n      eligibilityNote\n      allergies\n      preferredMethod\n      preferredTimes\n      visitConsent\n      status\n      statusReason\n      appliedAt\n      enrolledAt\n      statusChangedAt\n      waitlistPosition\n      rounds {\n        roundId\n        roundName\n        startsOn\n        endsOn\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FoodHousehold($id: ID!) {\n    foodHousehold(id: $id) {\n      id\n      programmeId\n      registrantId\n      source\n      name\n      area\n      childrenBirthMonths\n      eligibilityBasis\n      eligibilityNote\n      allergies\n      preferredMethod\n      preferredTimes\n      visitConsent\n      status\n      statusReason\n      appliedAt\n      enrolledAt\n      statusChangedAt\n      waitlistPosition\n      rounds {\n        roundId\n        roundName\n        startsOn\n        endsOn\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodHouseholdAddress($householdId: ID!) {\n    foodHouseholdAddress(householdId: $householdId) {\n      postalCode\n      prefecture\n      city\n      street\n      building\n      phone\n    }\n  }\n',
): (typeof documents)['\n  query FoodHouseholdAddress($householdId: ID!) {\n    foodHouseholdAddress(householdId: $householdId) {\n      postalCode\n      prefecture\n      city\n      street\n      building\n      phone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodRounds($programmeId: ID!) {\n    foodRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      capacity\n      filled\n      status\n      plannedItems {\n        name\n        quantity\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FoodRounds($programmeId: ID!) {\n    foodRounds(programmeId: $programmeId) {\n      id\n      name\n      startsOn\n      endsOn\n      capacity\n      filled\n      status\n      plannedItems {\n        name\n        quantity\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n',
): (typeof documents)['\n  query FoodProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateFoodRound($input: CreateFoodRoundInput!) {\n    createFoodRound(input: $input) {\n      id\n      filled\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateFoodRound($input: CreateFoodRoundInput!) {\n    createFoodRound(input: $input) {\n      id\n      filled\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkFoodHouseholdEligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdEligible(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkFoodHouseholdEligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdEligible(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkFoodHouseholdIneligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdIneligible(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkFoodHouseholdIneligible($input: DecideFoodHouseholdInput!) {\n    markFoodHouseholdIneligible(input: $input) {\n      id\n      status\n      statusReason\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ApproveFoodHousehold($input: DecideFoodHouseholdInput!) {\n    approveFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation ApproveFoodHousehold($input: DecideFoodHouseholdInput!) {\n    approveFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawFoodHousehold($input: DecideFoodHouseholdInput!) {\n    withdrawFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawFoodHousehold($input: DecideFoodHouseholdInput!) {\n    withdrawFoodHousehold(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EnrolFoodHousehold($input: EnrolFoodHouseholdInput!) {\n    enrolFoodHousehold(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation EnrolFoodHousehold($input: EnrolFoodHouseholdInput!) {\n    enrolFoodHousehold(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodApplicationForm($tenantSlug: String!, $token: String!) {\n    foodApplicationForm(tenantSlug: $tenantSlug, token: $token) {\n      tenantName\n      programmeName\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query FoodApplicationForm($tenantSlug: String!, $token: String!) {\n    foodApplicationForm(tenantSlug: $tenantSlug, token: $token) {\n      tenantName\n      programmeName\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitFoodApplication($input: SubmitFoodApplicationInput!) {\n    submitFoodApplication(input: $input) {\n      programmeName\n      appliedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitFoodApplication($input: SubmitFoodApplicationInput!) {\n    submitFoodApplication(input: $input) {\n      programmeName\n      appliedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateFoodHousehold($input: UpdateFoodHouseholdInput!) {\n    updateFoodHousehold(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateFoodHousehold($input: UpdateFoodHouseholdInput!) {\n    updateFoodHousehold(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FoodRoundOperations($roundId: ID!) {\n    foodRoundOperations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        capacity\n        status\n      }\n      packing {\n        households\n        children\n        householdsWithAllergies\n        ageBands {\n          band\n          children\n        }\n        items {\n          name\n          quantity\n          allergens\n          perHousehold\n          warnedHouseholds\n        }\n        rows {\n          placeId\n          householdId\n          name\n          area\n          children\n          childrenAges\n          allergies\n          warnings {\n            itemName\n            allergen\n          }\n          method\n        }\n      }\n      deliveries {\n        ...RoundDeliveryFields\n      }\n      areas {\n        area\n        households\n        hand\n        courier\n        unassigned\n      }\n      deliverers {\n        userId\n        displayName\n      }\n      courierHouseholds\n    }\n  }\n',
): (typeof documents)['\n  query FoodRoundOperations($roundId: ID!) {\n    foodRoundOperations(roundId: $roundId) {\n      round {\n        id\n        name\n        startsOn\n        endsOn\n        capacity\n        status\n      }\n      packing {\n        households\n        children\n        householdsWithAllergies\n        ageBands {\n          band\n          children\n        }\n        items {\n          name\n          quantity\n          allergens\n          perHousehold\n          warnedHouseholds\n        }\n        rows {\n          placeId\n          householdId\n          name\n          area\n          children\n          childrenAges\n          allergies\n          warnings {\n            itemName\n            allergen\n          }\n          method\n        }\n      }\n      deliveries {\n        ...RoundDeliveryFields\n      }\n      areas {\n        area\n        households\n        hand\n        courier\n        unassigned\n      }\n      deliverers {\n        userId\n        displayName\n      }\n      courierHouseholds\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RoundDeliveryFields on RoundDelivery {\n    placeId\n    householdId\n    name\n    area\n    preferredMethod\n    preferredTimes\n    visitConsent\n    method\n    assignee {\n      userId\n      displayName\n    }\n    outcome\n    outcomeAt\n    outcomeBy {\n      userId\n      displayName\n    }\n    observation\n    observationNote\n    observedAt\n    taskId\n    taskOpen\n  }\n',
): (typeof documents)['\n  fragment RoundDeliveryFields on RoundDelivery {\n    placeId\n    householdId\n    name\n    area\n    preferredMethod\n    preferredTimes\n    visitConsent\n    method\n    assignee {\n      userId\n      displayName\n    }\n    outcome\n    outcomeAt\n    outcomeBy {\n      userId\n      displayName\n    }\n    observation\n    observationNote\n    observedAt\n    taskId\n    taskOpen\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AssignFoodDeliveries($input: AssignFoodDeliveriesInput!) {\n    assignFoodDeliveries(input: $input) {\n      courierHouseholds\n    }\n  }\n',
): (typeof documents)['\n  mutation AssignFoodDeliveries($input: AssignFoodDeliveriesInput!) {\n    assignFoodDeliveries(input: $input) {\n      courierHouseholds\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordFoodDelivery($input: RecordFoodDeliveryInput!) {\n    recordFoodDelivery(input: $input) {\n      placeId\n      taskId\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordFoodDelivery($input: RecordFoodDeliveryInput!) {\n    recordFoodDelivery(input: $input) {\n      placeId\n      taskId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportFoodCourierCsv($input: ExportFoodCourierCsvInput!) {\n    exportFoodCourierCsv(input: $input) {\n      url\n      expiresAt\n      households\n      replacedCharacters\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportFoodCourierCsv($input: ExportFoodCourierCsvInput!) {\n    exportFoodCourierCsv(input: $input) {\n      url\n      expiresAt\n      households\n      replacedCharacters\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeFoodRoundStatus($input: ChangeFoodRoundStatusInput!) {\n    changeFoodRoundStatus(input: $input) {\n      id\n      status\n      filled\n    }\n  }\n',
): (typeof documents)['\n  mutation ChangeFoodRoundStatus($input: ChangeFoodRoundStatusInput!) {\n    changeFoodRoundStatus(input: $input) {\n      id\n      status\n      filled\n    }\n  }\n'];
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
  source: '\n  query MembersList {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      email\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query MembersList {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      email\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PendingInvitations($tenantSlug: String) {\n    invitations(tenantSlug: $tenantSlug) {\n      id\n      email\n      role\n      status\n      expiresAt\n      invitedByName\n    }\n  }\n',
): (typeof documents)['\n  query PendingInvitations($tenantSlug: String) {\n    invitations(tenantSlug: $tenantSlug) {\n      id\n      email\n      role\n      status\n      expiresAt\n      invitedByName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation InviteMember($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      id\n      status\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ResendInvitation($input: InvitationIdInput!) {\n    resendInvitation(input: $input) {\n      id\n      status\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($input: InvitationIdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangeMemberRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangeMemberRole($input: ChangeMembershipRoleInput!) {\n    changeMembershipRole(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivateMember($input: DeactivateMembershipInput!) {\n    deactivateMembership(input: $input)\n  }\n',
): (typeof documents)['\n  mutation DeactivateMember($input: DeactivateMembershipInput!) {\n    deactivateMembership(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitablePartners {\n    partnerOrganizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query InvitablePartners {\n    partnerOrganizations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OnboardingState {\n    onboardingChecklist {\n      complete\n      items {\n        item\n        done\n        missing\n      }\n    }\n    tenant {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n      status\n    }\n    lineChannels {\n      id\n      name\n      lineChannelId\n      webhookUrl\n      status\n      channelAccessTokenLast4\n    }\n    reportSettings {\n      recipients\n    }\n  }\n',
): (typeof documents)['\n  query OnboardingState {\n    onboardingChecklist {\n      complete\n      items {\n        item\n        done\n        missing\n      }\n    }\n    tenant {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n      status\n    }\n    lineChannels {\n      id\n      name\n      lineChannelId\n      webhookUrl\n      status\n      channelAccessTokenLast4\n    }\n    reportSettings {\n      recipients\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      nameJa\n      nameEn\n      timezone\n      fiscalYearStartMonth\n      mfaRequiredRoles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConnectLineChannel($input: CreateLineChannelInput!) {\n    createLineChannel(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation ConnectLineChannel($input: CreateLineChannelInput!) {\n    createLineChannel(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckLineConnection($input: CheckLineChannelConnectionInput!) {\n    checkLineChannelConnection(input: $input) {\n      ok\n      botDisplayName\n      problem\n      detail\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckLineConnection($input: CheckLineChannelConnectionInput!) {\n    checkLineChannelConnection(input: $input) {\n      ok\n      botDisplayName\n      problem\n      detail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OnboardingAddPartnerOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation OnboardingAddPartnerOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OnboardingAddPartnerService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation OnboardingAddPartnerService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OnboardingMarkRosterReviewed {\n    markRosterReviewed\n  }\n',
): (typeof documents)['\n  mutation OnboardingMarkRosterReviewed {\n    markRosterReviewed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OnboardingSaveReportRecipients($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      recipients\n    }\n  }\n',
): (typeof documents)['\n  mutation OnboardingSaveReportRecipients($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      recipients\n    }\n  }\n'];
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
  source: '\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    sharedAssessmentFields {\n      key\n      section\n      label\n      kind\n      value\n      columns {\n        key\n        label\n        kind\n      }\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment PartnerReferralDetail on Referral {\n    ...PartnerReferralRow\n    summary\n    shareActive\n    sharedMessages {\n      direction\n      text\n      sentAt\n    }\n    sharedAssessmentFields {\n      key\n      section\n      label\n      kind\n      value\n      columns {\n        key\n        label\n        kind\n      }\n    }\n    nextStatuses\n    declineReason\n    closeReason\n    timeline {\n      toStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n'];
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
  source: '\n  query PlatformTenantOnboarding {\n    tenantOnboarding {\n      tenant {\n        id\n        slug\n        nameJa\n        nameEn\n        localGovernmentCode\n        prefecture\n        status\n      }\n      checklist {\n        complete\n        items {\n          item\n          done\n          missing\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlatformTenantOnboarding {\n    tenantOnboarding {\n      tenant {\n        id\n        slug\n        nameJa\n        nameEn\n        localGovernmentCode\n        prefecture\n        status\n      }\n      checklist {\n        complete\n        items {\n          item\n          done\n          missing\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n    }\n  }\n',
): (typeof documents)['\n  mutation PlatformCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      id\n      slug\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlatformActivateTenant($input: ActivateTenantInput!) {\n    activateTenant(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation PlatformActivateTenant($input: ActivateTenantInput!) {\n    activateTenant(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlatformRequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      id\n      reason\n      grantedAt\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation PlatformRequestEmergencyAccess($input: RequestEmergencyAccessInput!) {\n    requestEmergencyAccess(input: $input) {\n      id\n      reason\n      grantedAt\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Programmes {\n    programmes {\n      id\n      name\n      kind\n      description\n      startedOn\n      archived\n      channels {\n        id\n        name\n      }\n      staff {\n        userId\n        displayName\n      }\n      contracts {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n        amountYen\n        kpis {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Programmes {\n    programmes {\n      id\n      name\n      kind\n      description\n      startedOn\n      archived\n      channels {\n        id\n        name\n      }\n      staff {\n        userId\n        displayName\n      }\n      contracts {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n        amountYen\n        kpis {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeChannels {\n    lineChannels {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeChannels {\n    lineChannels {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ProgrammeMembers {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query ProgrammeMembers {\n    tenantMembers {\n      id\n      role\n      active\n      userId\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProgramme($input: UpdateProgrammeInput!) {\n    updateProgramme(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateProgrammeContract($input: CreateProgrammeContractInput!) {\n    createProgrammeContract(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateProgrammeContract($input: CreateProgrammeContractInput!) {\n    createProgrammeContract(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProgrammeContract($input: UpdateProgrammeContractInput!) {\n    updateProgrammeContract(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProgrammeContract($input: UpdateProgrammeContractInput!) {\n    updateProgrammeContract(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ContractKpis($contractId: ID!) {\n    contractKpis(contractId: $contractId) {\n      programmeId\n      programmeName\n      periodLabel\n      elapsed\n      suppressionThreshold\n      generatedAt\n      contract {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n      }\n      figures {\n        kpi {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n        recorded\n        actual {\n          value\n          suppressed\n          display\n        }\n        progress\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ContractKpis($contractId: ID!) {\n    contractKpis(contractId: $contractId) {\n      programmeId\n      programmeName\n      periodLabel\n      elapsed\n      suppressionThreshold\n      generatedAt\n      contract {\n        id\n        title\n        department\n        contractNumber\n        startsOn\n        endsOn\n      }\n      figures {\n        kpi {\n          id\n          kind\n          label\n          target\n          unit\n          minutes\n        }\n        recorded\n        actual {\n          value\n          suppressed\n          display\n        }\n        progress\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyCase($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n      }\n      caseRecord {\n        id\n        status\n        risk\n        nextReviewOn\n        reviewDue\n        responsibleName\n        latestAssessment {\n          id\n          summary\n          createdAt\n          templateVersion {\n            id\n            templateName\n            version\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyCase($id: ID!) {\n    conversation(id: $id) {\n      id\n      registrant {\n        id\n      }\n      caseRecord {\n        id\n        status\n        risk\n        nextReviewOn\n        reviewDue\n        responsibleName\n        latestAssessment {\n          id\n          summary\n          createdAt\n          templateVersion {\n            id\n            templateName\n            version\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseRecords($first: Int!, $after: String, $filter: CaseRecordFilter) {\n    caseRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          familyName\n          status\n          risk\n          nextReviewOn\n          reviewDue\n          responsibleName\n          updatedAt\n          latestAssessment {\n            id\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query CaseRecords($first: Int!, $after: String, $filter: CaseRecordFilter) {\n    caseRecords(first: $first, after: $after, filter: $filter) {\n      edges {\n        node {\n          id\n          familyName\n          status\n          risk\n          nextReviewOn\n          reviewDue\n          responsibleName\n          updatedAt\n          latestAssessment {\n            id\n            summary\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TemplateVersionFields on AssessmentTemplateVersion {\n    id\n    templateId\n    templateName\n    version\n    publishedAt\n    definition\n  }\n',
): (typeof documents)['\n  fragment TemplateVersionFields on AssessmentTemplateVersion {\n    id\n    templateId\n    templateName\n    version\n    publishedAt\n    definition\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      registrantId\n      familyName\n      labels\n      conversationId\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n      assessments {\n        id\n        values\n        summary\n        createdAt\n        createdByName\n        templateVersion {\n          ...TemplateVersionFields\n        }\n      }\n    }\n    assessmentTemplates {\n      id\n      name\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n',
): (typeof documents)['\n  query CaseRecord($id: ID!) {\n    caseRecord(id: $id) {\n      id\n      registrantId\n      familyName\n      labels\n      conversationId\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n      assessments {\n        id\n        values\n        summary\n        createdAt\n        createdByName\n        templateVersion {\n          ...TemplateVersionFields\n        }\n      }\n    }\n    assessmentTemplates {\n      id\n      name\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n    counsellors {\n      id\n      displayName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseHistory($id: ID!, $after: String) {\n    caseRecordHistory(caseRecordId: $id, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          field\n          section\n          label\n          row\n          column\n          kind\n          beforeShown\n          afterShown\n          actorName\n          changedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CaseHistory($id: ID!, $after: String) {\n    caseRecordHistory(caseRecordId: $id, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          field\n          section\n          label\n          row\n          column\n          kind\n          beforeShown\n          afterShown\n          actorName\n          changedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation OpenCaseRecord($input: OpenCaseRecordInput!) {\n    openCaseRecord(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation OpenCaseRecord($input: OpenCaseRecordInput!) {\n    openCaseRecord(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCaseRecord($input: UpdateCaseRecordInput!) {\n    updateCaseRecord(input: $input) {\n      id\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCaseRecord($input: UpdateCaseRecordInput!) {\n    updateCaseRecord(input: $input) {\n      id\n      status\n      risk\n      nextReviewOn\n      reviewDue\n      responsibleUserId\n      responsibleName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddAssessment($input: AddAssessmentInput!) {\n    addAssessment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddAssessment($input: AddAssessmentInput!) {\n    addAssessment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      values\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateAssessment($input: UpdateAssessmentInput!) {\n    updateAssessment(input: $input) {\n      id\n      values\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentTemplates {\n    assessmentTemplates {\n      id\n      name\n      versions {\n        id\n        version\n        publishedAt\n      }\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentTemplates {\n    assessmentTemplates {\n      id\n      name\n      versions {\n        id\n        version\n        publishedAt\n      }\n      latestVersion {\n        ...TemplateVersionFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateAssessmentTemplate($input: CreateAssessmentTemplateInput!) {\n    createAssessmentTemplate(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateAssessmentTemplate($input: CreateAssessmentTemplateInput!) {\n    createAssessmentTemplate(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishAssessmentTemplateVersion($input: PublishAssessmentTemplateVersionInput!) {\n    publishAssessmentTemplateVersion(input: $input) {\n      id\n      latestVersion {\n        version\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishAssessmentTemplateVersion($input: PublishAssessmentTemplateVersionInput!) {\n    publishAssessmentTemplateVersion(input: $input) {\n      id\n      latestVersion {\n        version\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AssessmentMigrationPreview($id: ID!) {\n    assessmentMigrationPreview(assessmentId: $id) {\n      assessmentId\n      from {\n        version\n      }\n      to {\n        id\n        version\n      }\n      steps {\n        field\n        label\n        outcome\n        before\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AssessmentMigrationPreview($id: ID!) {\n    assessmentMigrationPreview(assessmentId: $id) {\n      assessmentId\n      from {\n        version\n      }\n      to {\n        id\n        version\n      }\n      steps {\n        field\n        label\n        outcome\n        before\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MigrateAssessment($input: MigrateAssessmentInput!) {\n    migrateAssessment(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation MigrateAssessment($input: MigrateAssessmentInput!) {\n    migrateAssessment(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ShareChoices($id: ID!) {\n    conversation(id: $id) {\n      id\n      caseRecord {\n        id\n        latestAssessment {\n          id\n          createdAt\n          values\n          templateVersion {\n            ...TemplateVersionFields\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ShareChoices($id: ID!) {\n    conversation(id: $id) {\n      id\n      caseRecord {\n        id\n        latestAssessment {\n          id\n          createdAt\n          values\n          templateVersion {\n            ...TemplateVersionFields\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CaseRecordSettings {\n    caseRecordSettings {\n      retentionYears\n    }\n  }\n',
): (typeof documents)['\n  query CaseRecordSettings {\n    caseRecordSettings {\n      retentionYears\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateCaseRecordSettings($input: UpdateCaseRecordSettingsInput!) {\n    updateCaseRecordSettings(input: $input) {\n      retentionYears\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateCaseRecordSettings($input: UpdateCaseRecordSettingsInput!) {\n    updateCaseRecordSettings(input: $input) {\n      retentionYears\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyErasurePlan($registrantId: ID!) {\n    familyErasurePlan(registrantId: $registrantId) {\n      registrantId\n      displayName\n      erased {\n        item\n        count\n      }\n      kept {\n        item\n        count\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyErasurePlan($registrantId: ID!) {\n    familyErasurePlan(registrantId: $registrantId) {\n      registrantId\n      displayName\n      erased {\n        item\n        count\n      }\n      kept {\n        item\n        count\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportFamilyRecord($input: ExportFamilyRecordInput!) {\n    exportFamilyRecord(input: $input) {\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportFamilyRecord($input: ExportFamilyRecordInput!) {\n    exportFamilyRecord(input: $input) {\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EraseFamily($input: EraseFamilyInput!) {\n    eraseFamily(input: $input) {\n      cases\n      messages\n      keptReferrals\n      keptConsents\n      foodHouseholds\n    }\n  }\n',
): (typeof documents)['\n  mutation EraseFamily($input: EraseFamilyInput!) {\n    eraseFamily(input: $input) {\n      cases\n      messages\n      keptReferrals\n      keptConsents\n      foodHouseholds\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n',
): (typeof documents)['\n  fragment ReferralItem on Referral {\n    id\n    status\n    createdAt\n    sentAt\n    respondBy\n    overdue\n    responseBusinessDaysLeft\n    summary\n    familyDisplayName\n    conversationId\n    partnerOrganization {\n      id\n      name\n    }\n    timeline {\n      toStatus\n      fromStatus\n      occurredAt\n      actorName\n      actorSide\n      reason\n      note\n    }\n  }\n'];
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
  source: '\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n      sharedAssessmentFields {\n        key\n        section\n        label\n        kind\n        value\n        columns {\n          key\n          label\n          kind\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralItem\n      sharedAssessmentFields {\n        key\n        section\n        label\n        kind\n        value\n        columns {\n          key\n          label\n          kind\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  fragment ReportTableFields on ReportTable {\n    key\n    group\n    title\n    titleEn\n    unit\n    columns {\n      key\n      label\n      labelEn\n    }\n    rows {\n      key\n      label\n      labelEn\n      values {\n        value\n        suppressed\n        display\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ReportTableFields on ReportTable {\n    key\n    group\n    title\n    titleEn\n    unit\n    columns {\n      key\n      label\n      labelEn\n    }\n    rows {\n      key\n      label\n      labelEn\n      values {\n        value\n        suppressed\n        display\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportCalendar {\n    tenant {\n      id\n      fiscalYearStartMonth\n      timezone\n    }\n  }\n',
): (typeof documents)['\n  query ReportCalendar {\n    tenant {\n      id\n      fiscalYearStartMonth\n      timezone\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TenantReport($fiscalYear: Int!, $month: Int, $exact: Boolean, $programmeId: ID) {\n    tenantReport(fiscalYear: $fiscalYear, month: $month, exact: $exact, programmeId: $programmeId) {\n      programmeName\n      fiscalYear\n      month\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TenantReport($fiscalYear: Int!, $month: Int, $exact: Boolean, $programmeId: ID) {\n    tenantReport(fiscalYear: $fiscalYear, month: $month, exact: $exact, programmeId: $programmeId) {\n      programmeName\n      fiscalYear\n      month\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportProgrammes {\n    programmes {\n      id\n      name\n      archived\n      contracts {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportProgrammes {\n    programmes {\n      id\n      name\n      archived\n      contracts {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ExportTenantReport($input: ExportTenantReportInput!) {\n    exportTenantReport(input: $input) {\n      url\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ExportTenantReport($input: ExportTenantReportInput!) {\n    exportTenantReport(input: $input) {\n      url\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportRuns {\n    reportRuns(first: 20) {\n      edges {\n        node {\n          id\n          periodLabel\n          trigger\n          status\n          recipientCount\n          createdAt\n          finishedAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ReportRuns {\n    reportRuns(first: 20) {\n      edges {\n        node {\n          id\n          periodLabel\n          trigger\n          status\n          recipientCount\n          createdAt\n          finishedAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RunReportNow($input: RunReportNowInput!) {\n    runReportNow(input: $input) {\n      id\n      periodLabel\n      trigger\n      status\n      recipientCount\n      createdAt\n      finishedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RunReportNow($input: RunReportNowInput!) {\n    runReportNow(input: $input) {\n      id\n      periodLabel\n      trigger\n      status\n      recipientCount\n      createdAt\n      finishedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportSettings {\n    reportSettings {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n',
): (typeof documents)['\n  query ReportSettings {\n    reportSettings {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateReportSettings($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateReportSettings($input: UpdateReportSettingsInput!) {\n    updateReportSettings(input: $input) {\n      groups\n      suppressionThreshold\n      recipients\n      scheduleDay\n      language\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlatformReport($fiscalYear: Int!) {\n    platformReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n      cities {\n        tenantSlug\n        tenantName\n        tenantNameEn\n        suppressionThreshold\n        figures {\n          key\n          title\n          titleEn\n          label\n          labelEn\n          unit\n          value {\n            value\n            suppressed\n            display\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlatformReport($fiscalYear: Int!) {\n    platformReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      periodLabel\n      periodLabelEn\n      generatedAt\n      suppressionThreshold\n      tables {\n        ...ReportTableFields\n      }\n      cities {\n        tenantSlug\n        tenantName\n        tenantNameEn\n        suppressionThreshold\n        figures {\n          key\n          title\n          titleEn\n          label\n          labelEn\n          unit\n          value {\n            value\n            suppressed\n            display\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query SecondmentCities {\n    secondmentCities {\n      slug\n      nameJa\n      nameEn\n      timezone\n      lastRosterReview {\n        reviewedAt\n        reviewerName\n      }\n      rosterReviewDue\n    }\n  }\n',
): (typeof documents)['\n  query SecondmentCities {\n    secondmentCities {\n      slug\n      nameJa\n      nameEn\n      timezone\n      lastRosterReview {\n        reviewedAt\n        reviewerName\n      }\n      rosterReviewDue\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerDirectoryList($filter: PartnerOrganizationFilter, $after: String) {\n    partnerOrganizations(first: 50, filter: $filter, after: $after) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PartnerDirectoryList($filter: PartnerOrganizationFilter, $after: String) {\n    partnerOrganizations(first: 50, filter: $filter, after: $after) {\n      edges {\n        node {\n          id\n          name\n          services {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerDirectoryDetail($id: ID!) {\n    partnerOrganization(id: $id) {\n      id\n      name\n      description\n      email\n      website\n      phones {\n        id\n        number\n        type\n        description\n      }\n      services {\n        id\n        name\n        description\n        status\n        serviceAreas\n        minimumAge\n        maximumAge\n        categories {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        name\n        type\n        description\n        url\n        address {\n          postalCode\n          prefecture\n          city\n          addressLine\n        }\n      }\n      contacts {\n        id\n        name\n        title\n        department\n        email\n        phones {\n          id\n          number\n          type\n          description\n        }\n      }\n    }\n    serviceCategories {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  query PartnerDirectoryDetail($id: ID!) {\n    partnerOrganization(id: $id) {\n      id\n      name\n      description\n      email\n      website\n      phones {\n        id\n        number\n        type\n        description\n      }\n      services {\n        id\n        name\n        description\n        status\n        serviceAreas\n        minimumAge\n        maximumAge\n        categories {\n          id\n          name\n        }\n      }\n      locations {\n        id\n        name\n        type\n        description\n        url\n        address {\n          postalCode\n          prefecture\n          city\n          addressLine\n        }\n      }\n      contacts {\n        id\n        name\n        title\n        department\n        email\n        phones {\n          id\n          number\n          type\n          description\n        }\n      }\n    }\n    serviceCategories {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerCreateOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerCreateOrganization($input: CreatePartnerOrganizationInput!) {\n    createPartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerUpdateOrganization($input: UpdatePartnerOrganizationInput!) {\n    updatePartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerUpdateOrganization($input: UpdatePartnerOrganizationInput!) {\n    updatePartnerOrganization(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerCreateService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerCreateService($input: CreatePartnerServiceInput!) {\n    createPartnerService(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerUpdateService($input: UpdatePartnerServiceInput!) {\n    updatePartnerService(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerUpdateService($input: UpdatePartnerServiceInput!) {\n    updatePartnerService(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerCreateLocation($input: CreatePartnerLocationInput!) {\n    createPartnerLocation(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerCreateLocation($input: CreatePartnerLocationInput!) {\n    createPartnerLocation(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerUpdateLocation($input: UpdatePartnerLocationInput!) {\n    updatePartnerLocation(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerUpdateLocation($input: UpdatePartnerLocationInput!) {\n    updatePartnerLocation(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerCreateContact($input: CreatePartnerContactInput!) {\n    createPartnerContact(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerCreateContact($input: CreatePartnerContactInput!) {\n    createPartnerContact(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerUpdateContact($input: UpdatePartnerContactInput!) {\n    updatePartnerContact(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerUpdateContact($input: UpdatePartnerContactInput!) {\n    updatePartnerContact(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerDirectoryHsds {\n    partnerDirectoryHsds\n  }\n',
): (typeof documents)['\n  query PartnerDirectoryHsds {\n    partnerDirectoryHsds\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerImportHsds($input: ImportPartnerDirectoryHsdsInput!) {\n    importPartnerDirectoryHsds(input: $input) {\n      created\n      updated\n      errors {\n        index\n        id\n        messages\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerImportHsds($input: ImportPartnerDirectoryHsdsInput!) {\n    importPartnerDirectoryHsds(input: $input) {\n      created\n      updated\n      errors {\n        index\n        id\n        messages\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PartnerReferralSettings {\n    referralSettings {\n      responseBusinessDays\n    }\n  }\n',
): (typeof documents)['\n  query PartnerReferralSettings {\n    referralSettings {\n      responseBusinessDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PartnerUpdateReferralSettings($input: UpdateReferralSettingsInput!) {\n    updateReferralSettings(input: $input) {\n      responseBusinessDays\n    }\n  }\n',
): (typeof documents)['\n  mutation PartnerUpdateReferralSettings($input: UpdateReferralSettingsInput!) {\n    updateReferralSettings(input: $input) {\n      responseBusinessDays\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InboxSettingsPage {\n    inboxSettings {\n      crisisContacts {\n        id\n        name\n        phone\n        note\n      }\n      escalationEmails\n      escalationMinutes\n    }\n    conversationCategories {\n      id\n      name\n      sortOrder\n    }\n    cannedResponses {\n      id\n      title\n      body\n    }\n    keywordRules {\n      id\n      keyword\n    }\n  }\n',
): (typeof documents)['\n  query InboxSettingsPage {\n    inboxSettings {\n      crisisContacts {\n        id\n        name\n        phone\n        note\n      }\n      escalationEmails\n      escalationMinutes\n    }\n    conversationCategories {\n      id\n      name\n      sortOrder\n    }\n    cannedResponses {\n      id\n      title\n      body\n    }\n    keywordRules {\n      id\n      keyword\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsCreateCategory($input: CreateConversationCategoryInput!) {\n    createConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsCreateCategory($input: CreateConversationCategoryInput!) {\n    createConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsUpdateCategory($input: UpdateConversationCategoryInput!) {\n    updateConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsUpdateCategory($input: UpdateConversationCategoryInput!) {\n    updateConversationCategory(input: $input) {\n      id\n      name\n      sortOrder\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsDeleteCategory($input: DeleteConversationCategoryInput!) {\n    deleteConversationCategory(input: $input)\n  }\n',
): (typeof documents)['\n  mutation SettingsDeleteCategory($input: DeleteConversationCategoryInput!) {\n    deleteConversationCategory(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsCreateCanned($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsCreateCanned($input: CreateCannedResponseInput!) {\n    createCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsUpdateCanned($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsUpdateCanned($input: UpdateCannedResponseInput!) {\n    updateCannedResponse(input: $input) {\n      id\n      title\n      body\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsDeleteCanned($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input)\n  }\n',
): (typeof documents)['\n  mutation SettingsDeleteCanned($input: DeleteCannedResponseInput!) {\n    deleteCannedResponse(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsUpsertKeyword($input: UpsertKeywordRuleInput!) {\n    upsertKeywordRule(input: $input) {\n      id\n      keyword\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsUpsertKeyword($input: UpsertKeywordRuleInput!) {\n    upsertKeywordRule(input: $input) {\n      id\n      keyword\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsDeleteKeyword($input: DeleteKeywordRuleInput!) {\n    deleteKeywordRule(input: $input)\n  }\n',
): (typeof documents)['\n  mutation SettingsDeleteKeyword($input: DeleteKeywordRuleInput!) {\n    deleteKeywordRule(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsMatchingKeyword($text: String!) {\n    matchingKeywordRule(text: $text) {\n      id\n      keyword\n    }\n  }\n',
): (typeof documents)['\n  query SettingsMatchingKeyword($text: String!) {\n    matchingKeywordRule(text: $text) {\n      id\n      keyword\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsAddCrisisContact($input: AddCrisisContactInput!) {\n    addCrisisContact(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsAddCrisisContact($input: AddCrisisContactInput!) {\n    addCrisisContact(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsUpdateCrisisContact($input: UpdateCrisisContactInput!) {\n    updateCrisisContact(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsUpdateCrisisContact($input: UpdateCrisisContactInput!) {\n    updateCrisisContact(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsRemoveCrisisContact($input: RemoveCrisisContactInput!) {\n    removeCrisisContact(input: $input)\n  }\n',
): (typeof documents)['\n  mutation SettingsRemoveCrisisContact($input: RemoveCrisisContactInput!) {\n    removeCrisisContact(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsUpdateEscalation($input: UpdateInboxSettingsInput!) {\n    updateInboxSettings(input: $input) {\n      escalationEmails\n      escalationMinutes\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsUpdateEscalation($input: UpdateInboxSettingsInput!) {\n    updateInboxSettings(input: $input) {\n      escalationEmails\n      escalationMinutes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SettingsChannelHours {\n    lineChannels {\n      id\n      name\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SettingsChannelHours {\n    lineChannels {\n      id\n      name\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SettingsUpdateChannelHours($input: UpdateLineChannelInput!) {\n    updateLineChannel(input: $input) {\n      id\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SettingsUpdateChannelHours($input: UpdateLineChannelInput!) {\n    updateLineChannel(input: $input) {\n      id\n      businessHours {\n        closedOnPublicHolidays\n        weekly {\n          day\n          start\n          end\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          taskId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Notifications {\n    notifications(first: 20) {\n      edges {\n        node {\n          id\n          kind\n          conversationId\n          referralId\n          taskId\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n'];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CounsellorTasks($status: CounsellorTaskStatus) {\n    counsellorTasks(status: $status) {\n      openMine\n      openUnassigned\n      tasks {\n        id\n        kind\n        urgency\n        title\n        familyLabel\n        detail\n        caseRecordId\n        conversationId\n        assignee {\n          userId\n          displayName\n        }\n        status\n        createdAt\n        createdBy {\n          displayName\n        }\n        doneAt\n        doneBy {\n          displayName\n        }\n        doneNote\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CounsellorTasks($status: CounsellorTaskStatus) {\n    counsellorTasks(status: $status) {\n      openMine\n      openUnassigned\n      tasks {\n        id\n        kind\n        urgency\n        title\n        familyLabel\n        detail\n        caseRecordId\n        conversationId\n        assignee {\n          userId\n          displayName\n        }\n        status\n        createdAt\n        createdBy {\n          displayName\n        }\n        doneAt\n        doneBy {\n          displayName\n        }\n        doneNote\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation TakeCounsellorTask($input: CounsellorTaskIdInput!) {\n    takeCounsellorTask(input: $input) {\n      id\n      assignee {\n        userId\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation TakeCounsellorTask($input: CounsellorTaskIdInput!) {\n    takeCounsellorTask(input: $input) {\n      id\n      assignee {\n        userId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteCounsellorTask($input: CompleteCounsellorTaskInput!) {\n    completeCounsellorTask(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteCounsellorTask($input: CompleteCounsellorTaskInput!) {\n    completeCounsellorTask(input: $input) {\n      id\n      status\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
