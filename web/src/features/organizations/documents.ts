import { graphql } from '../../gql';

export const HomeQuery = graphql(`
  query Home {
    me {
      subject
      person {
        id
        fullName
        organization {
          id
          name
        }
      }
      grants {
        id
        role
        organization {
          id
          name
          kind
        }
      }
    }
  }
`);

export const DirectorySearchQuery = graphql(`
  query DirectorySearch($search: String!) {
    organizations(search: $search, first: 20) {
      totalCount
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);
