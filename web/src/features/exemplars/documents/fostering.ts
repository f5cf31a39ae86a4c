import { graphql } from '../../../gql';

// The fostering unit's page (/fostering/o/:id) and the organization picker before it.

/** The organizations the signed-in user administers or reads (to pick one). */
export const FosteringGrantsQuery = graphql(`
  query FosteringGrants {
    me {
      subject
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

export const FosteringUnitQuery = graphql(`
  query FosteringUnit($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      exemplars(first: 50) {
        edges {
          node {
            id
            title
            published
            nextEvaluationDue
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const EvaluationsDueQuery = graphql(`
  query EvaluationsDue($organizationId: ID!, $before: DateTime!) {
    evaluationsDue(organizationId: $organizationId, before: $before) {
      id
      title
      nextEvaluationDue
      organization {
        id
        name
      }
    }
  }
`);

/** Recognized nominations of the organization's subtree, and whether each is fostered already. */
export const RecognizedNominationsQuery = graphql(`
  query RecognizedNominations($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      nominations(stage: RECOGNIZED, first: 50) {
        edges {
          node {
            id
            nomineeName
            year
            distinction {
              code
              nameVi
              nameEn
            }
            exemplar {
              id
            }
          }
        }
      }
    }
  }
`);

export const CreateExemplarMutation = graphql(`
  mutation CreateExemplar($input: CreateExemplarInput!) {
    createExemplar(input: $input) {
      id
    }
  }
`);
