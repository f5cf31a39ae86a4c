import { graphql } from '../../gql';

export const CouncilsQuery = graphql(`
  query CouncilsOfOrganization($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
    }
    councils(organizationId: $organizationId, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          kind
          members {
            role
          }
        }
      }
    }
  }
`);

export const CouncilPageQuery = graphql(`
  query CouncilPage($id: ID!) {
    council(id: $id) {
      id
      name
      kind
      organization {
        id
        name
        kind
        ancestors {
          id
          kind
        }
      }
      members {
        role
        person {
          id
          fullName
          governmentPosition
          organization {
            id
            name
          }
        }
      }
    }
    votingSessions(councilId: $id, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          status
          ballotsCast
          eligibleVoters
        }
      }
    }
  }
`);

export const CreateCouncilMutation = graphql(`
  mutation CreateCouncil($input: CreateCouncilInput!) {
    createCouncil(input: $input) {
      id
      name
    }
  }
`);

export const AddCouncilMemberMutation = graphql(`
  mutation AddCouncilMember($councilId: ID!, $member: CouncilMemberInput!) {
    addCouncilMember(councilId: $councilId, member: $member) {
      id
      members {
        role
        person {
          id
          fullName
          governmentPosition
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** The nominations that may go on the council's slate: PROPOSED, submitted inside its organization. */
export const SlateCandidatesQuery = graphql(`
  query SlateCandidates($organizationId: ID!, $after: String) {
    nominations(organizationId: $organizationId, stage: PROPOSED, first: 40, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          stage
          nomineeName
          distinction {
            code
            nameVi
            nameEn
          }
          campaign {
            id
            title
            year
            organization {
              id
            }
          }
          submittingOrganization {
            id
            name
          }
        }
      }
    }
  }
`);

/** The catalogue's council votes, in the version of the province or agency (else the nation's). */
export const CatalogueVotesQuery = graphql(`
  query CatalogueVotes($issuerId: ID) {
    distinctions {
      code
      rules(issuerId: $issuerId) {
        vote {
          threshold {
            numerator
            denominator
          }
          base
          comparison
          confirmed
          source
        }
      }
    }
  }
`);

export const CreateVotingSessionMutation = graphql(`
  mutation CreateVotingSession($input: CreateVotingSessionInput!) {
    createVotingSession(input: $input) {
      id
      title
      status
    }
  }
`);
