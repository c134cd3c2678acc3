import { graphql } from '../../gql';

export const INBOX_SETTINGS = graphql(`
  query InboxSettingsPage {
    inboxSettings {
      crisisContacts {
        id
        name
        phone
        note
      }
      escalationEmails
      escalationMinutes
    }
    conversationCategories {
      id
      name
      sortOrder
    }
    cannedResponses {
      id
      title
      body
    }
    keywordRules {
      id
      keyword
    }
  }
`);

export const CREATE_CATEGORY = graphql(`
  mutation SettingsCreateCategory($input: CreateConversationCategoryInput!) {
    createConversationCategory(input: $input) {
      id
      name
      sortOrder
    }
  }
`);

export const UPDATE_CATEGORY = graphql(`
  mutation SettingsUpdateCategory($input: UpdateConversationCategoryInput!) {
    updateConversationCategory(input: $input) {
      id
      name
      sortOrder
    }
  }
`);

export const DELETE_CATEGORY = graphql(`
  mutation SettingsDeleteCategory($input: DeleteConversationCategoryInput!) {
    deleteConversationCategory(input: $input)
  }
`);

export const CREATE_CANNED = graphql(`
  mutation SettingsCreateCanned($input: CreateCannedResponseInput!) {
    createCannedResponse(input: $input) {
      id
      title
      body
    }
  }
`);

export const UPDATE_CANNED = graphql(`
  mutation SettingsUpdateCanned($input: UpdateCannedResponseInput!) {
    updateCannedResponse(input: $input) {
      id
      title
      body
    }
  }
`);

export const DELETE_CANNED = graphql(`
  mutation SettingsDeleteCanned($input: DeleteCannedResponseInput!) {
    deleteCannedResponse(input: $input)
  }
`);

export const UPSERT_KEYWORD = graphql(`
  mutation SettingsUpsertKeyword($input: UpsertKeywordRuleInput!) {
    upsertKeywordRule(input: $input) {
      id
      keyword
    }
  }
`);

export const DELETE_KEYWORD = graphql(`
  mutation SettingsDeleteKeyword($input: DeleteKeywordRuleInput!) {
    deleteKeywordRule(input: $input)
  }
`);

export const MATCHING_KEYWORD = graphql(`
  query SettingsMatchingKeyword($text: String!) {
    matchingKeywordRule(text: $text) {
      id
      keyword
    }
  }
`);

export const ADD_CRISIS_CONTACT = graphql(`
  mutation SettingsAddCrisisContact($input: AddCrisisContactInput!) {
    addCrisisContact(input: $input) {
      id
    }
  }
`);

export const UPDATE_CRISIS_CONTACT = graphql(`
  mutation SettingsUpdateCrisisContact($input: UpdateCrisisContactInput!) {
    updateCrisisContact(input: $input) {
      id
    }
  }
`);

export const REMOVE_CRISIS_CONTACT = graphql(`
  mutation SettingsRemoveCrisisContact($input: RemoveCrisisContactInput!) {
    removeCrisisContact(input: $input)
  }
`);

export const UPDATE_ESCALATION = graphql(`
  mutation SettingsUpdateEscalation($input: UpdateInboxSettingsInput!) {
    updateInboxSettings(input: $input) {
      escalationEmails
      escalationMinutes
    }
  }
`);

export const LINE_CHANNEL_HOURS = graphql(`
  query SettingsChannelHours {
    lineChannels {
      id
      name
      businessHours {
        closedOnPublicHolidays
        weekly {
          day
          start
          end
        }
      }
    }
  }
`);

export const UPDATE_CHANNEL_HOURS = graphql(`
  mutation SettingsUpdateChannelHours($input: UpdateLineChannelInput!) {
    updateLineChannel(input: $input) {
      id
      businessHours {
        closedOnPublicHolidays
        weekly {
          day
          start
          end
        }
      }
    }
  }
`);
