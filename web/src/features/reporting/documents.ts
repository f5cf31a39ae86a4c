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
          nameVi
          nameEn
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

/** Apart from the figures: at a province of the national dataset it takes over a second. */
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
