import { graphql } from '../../gql';

export const ExemplarsQuery = graphql(`
  query Exemplars($organizationId: ID!) {
    exemplars(organizationId: $organizationId, first: 50) {
      totalCount
      edges {
        node {
          id
          nomineeName
          year
          decisionNumber
          decidedAt
          distinction {
            code
            nameVi
            nameEn
          }
          dossier {
            summary
          }
        }
      }
    }
  }
`);
