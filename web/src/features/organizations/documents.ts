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

export const OrganizationChildrenQuery = graphql(`
  query OrganizationChildren($id: ID!, $after: String) {
    organization(id: $id) {
      id
      children(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            code
            name
            kind
            children(first: 1) {
              totalCount
            }
          }
        }
      }
    }
  }
`);

export const OrganizationAdminQuery = graphql(`
  query OrganizationAdmin($id: ID!) {
    organization(id: $id) {
      id
      code
      name
      kind
      dissolvedAt
      parent {
        id
        name
      }
      ancestors {
        id
        name
      }
      mergedInto {
        id
        name
      }
      history {
        id
        kind
        status
        effectiveFrom
        appliedAt
        recordedAt
        recordedBy
        fromParent {
          id
          name
        }
        toParent {
          id
          name
        }
        relatedOrganization {
          id
          name
        }
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
      code
      name
      kind
    }
  }
`);

export const MoveOrganizationMutation = graphql(`
  mutation MoveOrganization($id: ID!, $newParentId: ID!, $effectiveFrom: DateTime!) {
    moveOrganization(id: $id, newParentId: $newParentId, effectiveFrom: $effectiveFrom) {
      id
      parent {
        id
        name
      }
    }
  }
`);

export const MergeOrganizationsMutation = graphql(`
  mutation MergeOrganizations($sourceIds: [ID!]!, $targetId: ID!, $effectiveFrom: DateTime!) {
    mergeOrganizations(sourceIds: $sourceIds, targetId: $targetId, effectiveFrom: $effectiveFrom) {
      id
      name
    }
  }
`);

export const EmulationGroupsQuery = graphql(`
  query EmulationGroups($ownerId: ID!) {
    organization(id: $ownerId) {
      id
      name
    }
    emulationGroups(ownerId: $ownerId) {
      id
      name
      kind
      members {
        id
        code
        name
      }
    }
  }
`);

export const CreateEmulationGroupMutation = graphql(`
  mutation CreateEmulationGroup($input: CreateEmulationGroupInput!) {
    createEmulationGroup(input: $input) {
      id
      name
      kind
      members {
        id
        code
        name
      }
    }
  }
`);

export const UpdateEmulationGroupMutation = graphql(`
  mutation UpdateEmulationGroup($id: ID!, $name: String, $memberIds: [ID!]) {
    updateEmulationGroup(id: $id, name: $name, memberIds: $memberIds) {
      id
      name
      kind
      members {
        id
        code
        name
      }
    }
  }
`);

/** A platform administrator holds no grant: the tree starts at the roots of the directory. */
export const DirectoryRootsQuery = graphql(`
  query DirectoryRoots {
    nations: organizations(kind: NATION, first: 20) {
      edges {
        node {
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
    provinces: organizations(kind: PROVINCE, first: 70) {
      edges {
        node {
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
