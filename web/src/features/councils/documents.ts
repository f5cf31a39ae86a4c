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
            person {
              id
              fullName
            }
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

/** The nominations that may go on the council's slate, and the catalogue's vote rules. */
export const SlateSourcesQuery = graphql(`
  query SlateSources($organizationId: ID!, $issuerId: ID) {
    nominations(organizationId: $organizationId, stage: PROPOSED, first: 100) {
      totalCount
      edges {
        node {
          id
          stage
          nomineeName
          target
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
