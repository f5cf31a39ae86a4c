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

export const NominationsCampaignQuery = graphql(`
  query NominationsCampaign($id: ID!) {
    campaign(id: $id) {
      id
      title
      status
      periodLabel
      registrationDeadline
      proposalDeadline
      organization {
        id
        name
      }
      criteria {
        id
        target
        text
        evaluator {
          id
          name
        }
      }
      distinctions {
        code
        nameVi
        nameEn
        targets
      }
      quotas {
        id
        min
        max
        organization {
          id
          name
        }
        group {
          id
          name
        }
      }
    }
  }
`);

export const UnitNominationsQuery = graphql(`
  query UnitNominations($campaignId: ID!, $organizationId: ID, $after: String) {
    nominations(campaignId: $campaignId, organizationId: $organizationId, first: 40, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          stage
          target
          nomineeName
          distinction {
            code
            nameVi
            nameEn
          }
          nominee {
            __typename
            ... on Person {
              id
              fullName
              partyPosition
              governmentPosition
            }
            ... on Organization {
              id
              name
            }
          }
          dossier {
            summary
          }
        }
      }
    }
  }
`);

export const NominationQuery = graphql(`
  query Nomination($id: ID!) {
    nomination(id: $id) {
      id
      stage
      target
      year
      nomineeName
      decisionNumber
      decidedAt
      createdAt
      distinction {
        code
        nameVi
        nameEn
      }
      campaign {
        id
        title
        proposalDeadline
        organization {
          id
          name
        }
        criteria {
          id
          target
          text
          evaluator {
            id
            name
          }
        }
      }
      submittingOrganization {
        id
        name
      }
      nominee {
        __typename
        ... on Person {
          id
          fullName
          partyPosition
          governmentPosition
          organization {
            id
            name
          }
        }
        ... on Organization {
          id
          name
        }
      }
      dossier {
        summary
        evidence {
          criterionId
          text
        }
        attachments {
          name
          contentType
          size
          url
        }
      }
      history {
        from
        to
        at
        by
        reason
      }
    }
  }
`);

export const RegisterNominationMutation = graphql(`
  mutation RegisterNomination($input: RegisterNominationInput!) {
    registerNomination(input: $input) {
      id
      stage
    }
  }
`);

export const ProposeNominationMutation = graphql(`
  mutation ProposeNomination($id: ID!, $dossier: DossierInput!) {
    proposeNomination(id: $id, dossier: $dossier) {
      id
      stage
    }
  }
`);

export const ReturnNominationMutation = graphql(`
  mutation ReturnNomination($id: ID!, $reason: String!) {
    returnNomination(id: $id, reason: $reason) {
      id
      stage
    }
  }
`);

export const WithdrawNominationMutation = graphql(`
  mutation WithdrawNomination($id: ID!) {
    withdrawNomination(id: $id) {
      id
      stage
    }
  }
`);
