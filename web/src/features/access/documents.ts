import { graphql } from '../../gql';

export const AccessQuery = graphql(`
  query Access($id: ID!) {
    organization(id: $id) {
      id
      name
      code
    }
    roleGrants(organizationId: $id, includeDescendants: false) {
      id
      subject
      role
      organization {
        id
        name
      }
    }
    apiKeys(organizationId: $id) {
      id
      name
      createdAt
      revokedAt
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
      subject
      role
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
        createdAt
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id)
  }
`);
