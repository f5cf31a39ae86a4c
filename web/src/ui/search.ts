import { useQuery } from 'urql';
import { graphql } from '../gql';
import { StaffSearchQuery } from './directory-documents';

export { useDebounced } from './use-debounced';

/** The fewest characters a directory search starts with. */
export const SEARCH_MIN = 2;

export const OrganizationSearchQuery = graphql(`
  query OrganizationSearch($search: String!, $withinId: ID) {
    organizations(search: $search, withinId: $withinId, first: 10) {
      edges {
        node {
          id
          code
          name
          kind
        }
      }
    }
  }
`);

/** The directory's organizations matching a settled search (code prefix or name without diacritics). */
export function useOrganizationSearch(search: string, withinId: string | null | undefined) {
  const [result] = useQuery({
    query: OrganizationSearchQuery,
    variables: { search, withinId: withinId ?? null },
    pause: search.length < SEARCH_MIN,
  });
  const found = result.data?.organizations.edges.map((e) => e.node) ?? [];
  return { result, found, shown: search.length >= SEARCH_MIN && !!result.data };
}

/** The staff of an organization and its units matching a settled search (diacritics ignored). */
export function useStaffSearch(organizationId: string, search: string) {
  const [result] = useQuery({
    query: StaffSearchQuery,
    variables: { organizationId, search },
    pause: search.length < SEARCH_MIN,
  });
  const people =
    search.length < SEARCH_MIN ? [] : (result.data?.organization?.people.edges.map((e) => e.node) ?? []);
  return { result, people, shown: search.length >= SEARCH_MIN && !!result.data };
}
