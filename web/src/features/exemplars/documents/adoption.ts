import { graphql } from '../../../gql';

// Adopting an exemplar (the showcase's action, /adopt/:id) and the replication report.

/** The showcase's cards with the exemplar each belongs to, read with the signed-in client. */
export const ShowcaseAdoptLinksQuery = graphql(`
  query ShowcaseAdoptLinks($organizationId: ID!) {
    exemplars(organizationId: $organizationId, first: 50) {
      edges {
        node {
          id
          exemplar {
            id
          }
        }
      }
    }
  }
`);

export const AdoptPageQuery = graphql(`
  query AdoptPage($id: ID!) {
    exemplar(id: $id) {
      id
      title
      field
      published
      nominee {
        __typename
        ... on Person {
          id
          fullName
        }
        ... on Organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
    }
    me {
      grants {
        id
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

export const RecordAdoptionMutation = graphql(`
  mutation RecordAdoption($input: AdoptionInput!) {
    recordAdoption(input: $input) {
      id
      kind
      at
      outcome
      adopter {
        id
        name
      }
    }
  }
`);

export const ReplicationReportQuery = graphql(`
  query ReplicationReport($organizationId: ID!, $year: Int!) {
    replicationReport(organizationId: $organizationId, year: $year) {
      year
      organization {
        id
        name
      }
      totals {
        exemplars
        evaluationsOnTime
        evaluationsOverdue
        adoptionsGiven
        adoptionsTaken
      }
      children {
        organization {
          id
          name
        }
        exemplars
        evaluationsOnTime
        evaluationsOverdue
        adoptionsGiven
        adoptionsTaken
      }
    }
  }
`);
