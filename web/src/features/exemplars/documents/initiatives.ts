import { graphql } from '../../../gql';

// Initiatives: the list with its registration form, and one initiative's page.

export const InitiativesQuery = graphql(`
  query Initiatives($organizationId: ID!, $year: Int) {
    organization(id: $organizationId) {
      id
      name
      initiatives(year: $year, first: 50) {
        edges {
          node {
            id
            title
            status
            reach
            authors {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);

export const RegisterInitiativeMutation = graphql(`
  mutation RegisterInitiative($input: RegisterInitiativeInput!) {
    registerInitiative(input: $input) {
      id
      title
      status
    }
  }
`);

export const InitiativePageQuery = graphql(`
  query InitiativePage($id: ID!) {
    initiative(id: $id) {
      id
      title
      field
      year
      status
      reach
      organization {
        id
        name
        campaigns(applying: true, status: OPEN, first: 50) {
          edges {
            node {
              id
              title
              year
            }
          }
        }
      }
      authors {
        id
        fullName
      }
      progress {
        at
        by
        text
      }
      nomination {
        id
        stage
        decisionNumber
      }
    }
  }
`);

export const ReportInitiativeProgressMutation = graphql(`
  mutation ReportInitiativeProgress($id: ID!, $text: String!) {
    reportInitiativeProgress(id: $id, text: $text) {
      id
      progress {
        at
        by
        text
      }
    }
  }
`);

export const SubmitInitiativeMutation = graphql(`
  mutation SubmitInitiative($id: ID!, $campaignId: ID!, $summary: String!) {
    submitInitiative(id: $id, campaignId: $campaignId, summary: $summary) {
      id
      status
      nomination {
        id
        stage
        decisionNumber
      }
    }
  }
`);

export const SetInitiativeReachMutation = graphql(`
  mutation SetInitiativeReach($id: ID!, $reach: InitiativeReach!, $decisionNumber: String!) {
    setInitiativeReach(id: $id, reach: $reach, decisionNumber: $decisionNumber) {
      id
      status
      reach
    }
  }
`);
