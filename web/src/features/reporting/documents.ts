import { graphql } from '../../gql';

export const DashboardOrganizationQuery = graphql(`
  query DashboardOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      ancestors {
        id
        name
      }
      campaigns(applying: true, first: 40) {
        edges {
          node {
            id
            title
            year
            status
            organization {
              id
              name
            }
            parent {
              id
            }
          }
        }
      }
    }
  }
`);

/**
 * The report the dashboard asks again every few seconds: only what reporting answers itself (the
 * children's names it provides), so the gateway sends it straight there (its fast path); the
 * distinctions' names come once from the catalogue (`DashboardDistinctionNamesQuery`).
 */
export const DashboardReportQuery = graphql(`
  query DashboardReport($organizationId: ID!, $campaignId: ID!) {
    orgReport(organizationId: $organizationId, campaignId: $campaignId) {
      totals {
        registered
        proposed
        underReview
        councilApproved
        councilRejected
        recognized
        escalated
        collectives
        individuals
      }
      byDistinction {
        count
        distinction {
          code
        }
      }
      children {
        organization {
          id
          name
        }
        totals {
          registered
          proposed
          underReview
          councilApproved
          councilRejected
          recognized
          escalated
          collectives
          individuals
        }
      }
    }
  }
`);

/** The catalogue's names, asked once per visit: the report carries the codes alone. */
export const DashboardDistinctionNamesQuery = graphql(`
  query DashboardDistinctionNames {
    distinctions {
      code
      nameVi
      nameEn
    }
  }
`);

/** Apart from the figures, and asked less often: deadlines and quotas change slowly. */
export const DashboardComplianceQuery = graphql(`
  query DashboardCompliance($organizationId: ID!, $campaignId: ID!) {
    submissionCompliance(organizationId: $organizationId, campaignId: $campaignId) {
      organization {
        id
        name
      }
      registered
      proposed
      quotaMin
      quotaMax
      onTime
      withinQuota
    }
  }
`);
