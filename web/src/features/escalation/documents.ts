import { graphql } from '../../gql';

export const EscalationPageQuery = graphql(`
  query EscalationPage($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      kind
    }
    recognized: nominations(organizationId: $organizationId, stage: RECOGNIZED, first: 100) {
      totalCount
      edges {
        node {
          ...EscalationNomination
        }
      }
    }
    escalated: nominations(organizationId: $organizationId, stage: ESCALATED, first: 100) {
      totalCount
      edges {
        node {
          ...EscalationNomination
        }
      }
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

  fragment EscalationCampaign on Campaign {
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
  }

  fragment EscalationNomination on Nomination {
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
    submittingOrganization {
      id
      name
    }
    campaign {
      ...EscalationCampaign
      parent {
        ...EscalationCampaign
        parent {
          ...EscalationCampaign
          parent {
            ...EscalationCampaign
          }
        }
      }
    }
    escalatedTo {
      id
      stage
      distinction {
        code
        nameVi
        nameEn
      }
      campaign {
        id
        title
        organization {
          id
          name
        }
      }
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
