import { graphql } from '../../gql';

export const AUDIENCE_SCHEMA = graphql(`
  query AudienceSchema {
    audienceSchema {
      attributes {
        id
        key
        label
        kind
        choices
        askedInSurvey
        question
        sortOrder
      }
      tags
    }
  }
`);

export const CREATE_ATTRIBUTE = graphql(`
  mutation CreateRegistrantAttribute($input: CreateRegistrantAttributeInput!) {
    createRegistrantAttribute(input: $input) {
      id
    }
  }
`);

export const UPDATE_ATTRIBUTE = graphql(`
  mutation UpdateRegistrantAttribute($input: UpdateRegistrantAttributeInput!) {
    updateRegistrantAttribute(input: $input) {
      id
    }
  }
`);

export const DELETE_ATTRIBUTE = graphql(`
  mutation DeleteRegistrantAttribute($input: DeleteRegistrantAttributeInput!) {
    deleteRegistrantAttribute(input: $input)
  }
`);

export const FAMILY_PROFILE = graphql(`
  query FamilyProfile($registrantId: ID!) {
    familyProfile(registrantId: $registrantId) {
      registrantId
      values {
        attributeKey
        values
      }
      tags
    }
  }
`);

export const UPDATE_FAMILY_PROFILE = graphql(`
  mutation UpdateFamilyProfile($input: UpdateFamilyProfileInput!) {
    updateFamilyProfile(input: $input) {
      registrantId
      values {
        attributeKey
        values
      }
      tags
    }
  }
`);

export const TEST_RECIPIENTS = graphql(`
  query TestRecipients {
    testRecipients {
      channelId
      channelName
      linkedByMe
      recipients {
        userId
        displayName
        linkedAt
      }
    }
  }
`);

export const CREATE_LINK_CODE = graphql(`
  mutation CreateTestRecipientLinkCode($input: TestRecipientChannelInput!) {
    createTestRecipientLinkCode(input: $input) {
      code
      expiresAt
    }
  }
`);

export const UNLINK_TEST_RECIPIENT = graphql(`
  mutation UnlinkTestRecipient($input: TestRecipientChannelInput!) {
    unlinkTestRecipient(input: $input)
  }
`);
