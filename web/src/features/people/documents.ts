import { graphql } from '../../gql';

export const PeopleQuery = graphql(`
  query People($id: ID!, $search: String, $after: String, $includeDescendants: Boolean) {
    organization(id: $id) {
      id
      code
      name
      people(first: 25, after: $after, search: $search, includeDescendants: $includeDescendants) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            fullName
            partyPosition
            governmentPosition
            account
            staffCode
            active
            leftAt
            leads {
              id
              name
            }
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

/** Who a person may head: the organization itself or one right below it (a separate query: the cost limit). */
export const LeadOptionsQuery = graphql(`
  query LeadOptions($id: ID!) {
    organization(id: $id) {
      id
      children(first: 50) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      fullName
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id
      fullName
      partyPosition
      governmentPosition
      account
      leads {
        id
        name
      }
    }
  }
`);

export const DeactivatePersonMutation = graphql(`
  mutation DeactivatePerson($id: ID!, $leftAt: DateTime!) {
    deactivatePerson(id: $id, leftAt: $leftAt) {
      id
      active
      leftAt
    }
  }
`);
