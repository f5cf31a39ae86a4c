import { graphql } from '../gql';

/** Staff of an organization and the units below it, by name without diacritics. */
export const StaffSearchQuery = graphql(`
  query StaffSearch($organizationId: ID!, $search: String!) {
    organization(id: $organizationId) {
      id
      people(search: $search, includeDescendants: true, first: 10) {
        totalCount
        edges {
          node {
            id
            fullName
            partyPosition
            governmentPosition
            active
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

/** The organizations the signed-in user works for (role grants, and his or her own). */
export const MyOrganizationsQuery = graphql(`
  query MyOrganizations {
    me {
      subject
      isPlatformAdmin
      person {
        id
        organization {
          id
          code
          name
          kind
          parent {
            id
          }
        }
      }
      grants {
        id
        role
        organization {
          id
          code
          name
          kind
          parent {
            id
          }
        }
      }
    }
  }
`);
