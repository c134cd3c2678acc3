import { graphql } from '../../gql';

/** The signed-in counsellor's open tasks and the unassigned ones (or the ones they closed). */
export const COUNSELLOR_TASKS = graphql(`
  query CounsellorTasks($status: CounsellorTaskStatus) {
    counsellorTasks(status: $status) {
      openMine
      openUnassigned
      tasks {
        id
        kind
        urgency
        title
        familyLabel
        detail
        caseRecordId
        conversationId
        assignee {
          userId
          displayName
        }
        status
        createdAt
        createdBy {
          displayName
        }
        doneAt
        doneBy {
          displayName
        }
        doneNote
      }
    }
  }
`);

export const TAKE_TASK = graphql(`
  mutation TakeCounsellorTask($input: CounsellorTaskIdInput!) {
    takeCounsellorTask(input: $input) {
      id
      assignee {
        userId
      }
    }
  }
`);

export const COMPLETE_TASK = graphql(`
  mutation CompleteCounsellorTask($input: CompleteCounsellorTaskInput!) {
    completeCounsellorTask(input: $input) {
      id
      status
    }
  }
`);
