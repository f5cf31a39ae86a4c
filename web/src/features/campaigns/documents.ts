import { graphql } from '../../gql';

export const OrganizationCampaignsQuery = graphql(`
  query OrganizationCampaigns($organizationId: ID!) {
    campaigns(organizationId: $organizationId, applying: true, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          year
          endYear
          kind
          status
          periodLabel
          registrationDeadline
          proposalDeadline
          escalationDeadline
          organization {
            id
            name
          }
          parent {
            id
          }
          children {
            id
            title
            year
            status
            periodLabel
            registrationDeadline
            proposalDeadline
            escalationDeadline
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

export const UpcomingDeadlinesQuery = graphql(`
  query UpcomingDeadlines($organizationId: ID!) {
    campaigns(organizationId: $organizationId, applying: true, status: OPEN, first: 50) {
      edges {
        node {
          id
          title
          status
          organization {
            id
            name
          }
          deadlines {
            stage
            at
            passed
          }
        }
      }
    }
  }
`);

export const CampaignQuery = graphql(`
  query Campaign($id: ID!) {
    campaign(id: $id) {
      id
      title
      year
      endYear
      kind
      calendar
      status
      periodLabel
      registrationDeadline
      proposalDeadline
      escalationDeadline
      organization {
        id
        name
        kind
      }
      parent {
        id
        title
        registrationDeadline
        proposalDeadline
        escalationDeadline
        organization {
          id
          name
        }
      }
      children {
        id
        title
        status
        organization {
          id
          name
        }
      }
      criteria {
        id
        target
        text
        evaluator {
          id
          name
        }
      }
      distinctions {
        code
        nameVi
        nameEn
        target
        targets
        level
      }
      rules {
        code
        vote {
          threshold {
            numerator
            denominator
          }
          base
          comparison
        }
        prerequisites {
          target
          requirements {
            kind
            code
            times
            consecutive
            count
            share {
              numerator
              denominator
            }
          }
        }
        ratioCap {
          code
          share {
            numerator
            denominator
          }
        }
      }
      quotas {
        id
        min
        max
        organization {
          id
          name
        }
        group {
          id
          name
          kind
        }
      }
      history {
        from
        to
        at
        by
        change
      }
    }
  }
`);

export const CampaignComplianceQuery = graphql(`
  query CampaignCompliance($campaignId: ID!, $organizationId: ID!) {
    submissionCompliance(campaignId: $campaignId, organizationId: $organizationId) {
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

export const CampaignFormContextQuery = graphql(`
  query CampaignFormContext($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      kind
      ancestors {
        id
      }
    }
    emulationGroups(ownerId: $organizationId) {
      id
      name
      kind
    }
    distinctions {
      code
      nameVi
      nameEn
      target
      targets
      kind
      level
      rules {
        vote {
          threshold {
            numerator
            denominator
          }
          base
          comparison
        }
        prerequisites {
          target
          requirements {
            kind
            code
            times
            consecutive
            count
            share {
              numerator
              denominator
            }
          }
        }
        ratioCap {
          code
          share {
            numerator
            denominator
          }
        }
      }
    }
  }
`);

export const ParentCampaignQuery = graphql(`
  query ParentCampaign($id: ID!) {
    campaign(id: $id) {
      id
      title
      year
      endYear
      status
      registrationDeadline
      proposalDeadline
      escalationDeadline
      organization {
        id
        name
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      status
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      id
      status
      registrationDeadline
      proposalDeadline
      escalationDeadline
      history {
        from
        to
        at
        by
        change
      }
    }
  }
`);

export const OpenCampaignMutation = graphql(`
  mutation OpenCampaign($id: ID!) {
    openCampaign(id: $id) {
      id
      status
    }
  }
`);

export const CloseCampaignMutation = graphql(`
  mutation CloseCampaign($id: ID!) {
    closeCampaign(id: $id) {
      id
      status
    }
  }
`);
