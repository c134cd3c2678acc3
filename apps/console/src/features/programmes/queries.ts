import { graphql } from '../../gql';

/** The programmes with their contracts and targets: the list, the editors and the report's selector. */
export const PROGRAMMES = graphql(`
  query Programmes {
    programmes {
      id
      name
      kind
      description
      startedOn
      archived
      channels {
        id
        name
      }
      staff {
        userId
        displayName
      }
      contracts {
        id
        title
        department
        contractNumber
        startsOn
        endsOn
        amountYen
        kpis {
          id
          kind
          label
          target
          unit
          minutes
        }
      }
    }
  }
`);

/** The channels an admin may give a programme. */
export const PROGRAMME_CHANNELS = graphql(`
  query ProgrammeChannels {
    lineChannels {
      id
      name
    }
  }
`);

/** The members an admin may name as a programme's staff (partner agencies' users serve no programme). */
export const PROGRAMME_MEMBERS = graphql(`
  query ProgrammeMembers {
    tenantMembers {
      id
      role
      active
      userId
      displayName
    }
  }
`);

export const CREATE_PROGRAMME = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

export const UPDATE_PROGRAMME = graphql(`
  mutation UpdateProgramme($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      id
    }
  }
`);

export const CREATE_CONTRACT = graphql(`
  mutation CreateProgrammeContract($input: CreateProgrammeContractInput!) {
    createProgrammeContract(input: $input) {
      id
    }
  }
`);

export const UPDATE_CONTRACT = graphql(`
  mutation UpdateProgrammeContract($input: UpdateProgrammeContractInput!) {
    updateProgrammeContract(input: $input) {
      id
    }
  }
`);

export const CONTRACT_KPIS = graphql(`
  query ContractKpis($contractId: ID!) {
    contractKpis(contractId: $contractId) {
      programmeId
      programmeName
      periodLabel
      elapsed
      suppressionThreshold
      generatedAt
      contract {
        id
        title
        department
        contractNumber
        startsOn
        endsOn
      }
      figures {
        kpi {
          id
          kind
          label
          target
          unit
          minutes
        }
        recorded
        actual {
          value
          suppressed
          display
        }
        progress
      }
    }
  }
`);
