import { graphql } from '../../gql';

export const EscalationNominationsQuery = graphql(`
  query EscalationNominations($organizationId: ID!, $stage: NominationStage!, $after: String) {
    nominations(organizationId: $organizationId, stage: $stage, first: 30, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          stage
          nomineeName
          target
          decisionNumber
          decidedAt
          published
          distinction {
            code
            nameVi
            nameEn
            level
          }
          campaign {
            id
            organization {
              id
            }
          }
          escalatedTo {
            id
            distinction {
              code
              nameVi
              nameEn
            }
            campaign {
              id
            }
          }
        }
      }
    }
  }
`);

/** The campaigns that apply to the organization (its own and its ancestors'), with their parents. */
export const EscalationCampaignsQuery = graphql(`
  query EscalationCampaigns($organizationId: ID!, $after: String) {
    campaigns(organizationId: $organizationId, applying: true, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          year
          status
          proposalDeadline
          escalationDeadline
          organization {
            id
            name
            kind
          }
          distinctions {
            code
          }
          parent {
            id
          }
        }
      }
    }
  }
`);

export const EscalationCatalogueQuery = graphql(`
  query EscalationCatalogue($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
    }
    distinctions {
      code
      nameVi
      nameEn
      target
      targets
      level
    }
  }
`);

export const EscalateMutation = graphql(`
  mutation EscalateNomination($id: ID!, $toCampaignId: ID!, $distinctionCode: String) {
    escalateNomination(id: $id, toCampaignId: $toCampaignId, distinctionCode: $distinctionCode) {
      id
      stage
      distinction {
        code
      }
      campaign {
        id
      }
      escalatedFrom {
        id
        stage
      }
    }
  }
`);

export const PublishMutation = graphql(`
  mutation PublishExemplar($id: ID!, $published: Boolean!) {
    publishExemplar(id: $id, published: $published) {
      id
      stage
      published
    }
  }
`);
