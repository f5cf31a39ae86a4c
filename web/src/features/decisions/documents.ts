import { graphql } from '../../gql';

/** The organizations the user works for: where decisions are issued and funds kept. */
export const DecisionOrganizationsQuery = graphql(`
  query DecisionOrganizations {
    me {
      subject
      grants {
        id
        role
        organization {
          id
          name
        }
      }
    }
  }
`);

/**
 * The council-approved nominations submitted inside the organization, ready for a decision, 50
 * a page (the gateway's cost limit).
 */
export const ApprovedNominationsQuery = graphql(`
  query ApprovedNominations($organizationId: ID!, $after: String) {
    organization(id: $organizationId) {
      id
      name
    }
    nominations(organizationId: $organizationId, stage: COUNCIL_APPROVED, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          nomineeName
          target
          year
          campaign {
            id
            title
          }
          distinction {
            code
            nameVi
            nameEn
          }
          submittingOrganization {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The money each distinction carries on the decision's date for this issuer, computed by the
 * server exactly as the decision will be (multiple × base salary, rounded up to 10,000 đồng).
 */
export const RewardPreviewQuery = graphql(`
  query RewardPreview($organizationId: ID!, $decidedAt: DateTime!) {
    distinctions {
      code
      individual: reward(target: INDIVIDUAL, decidedAt: $decidedAt, issuerId: $organizationId) {
        multiple
        baseSalary
        amount
      }
      collective: reward(target: COLLECTIVE, decidedAt: $decidedAt, issuerId: $organizationId) {
        multiple
        baseSalary
        amount
      }
    }
  }
`);

export const IssueDecisionMutation = graphql(`
  mutation IssueDecision($input: IssueDecisionInput!) {
    issueRecognitionDecision(input: $input) {
      id
      number
      totalReward
    }
  }
`);

export const RecognitionDecisionQuery = graphql(`
  query RecognitionDecision($id: ID!) {
    recognitionDecision(id: $id) {
      id
      number
      decidedAt
      signer
      title
      totalReward
      organization {
        id
        name
      }
      nominations {
        id
        nomineeName
        target
        stage
        reward
        distinction {
          code
          nameVi
          nameEn
        }
        submittingOrganization {
          id
          name
        }
      }
    }
  }
`);

export const EmulationFundQuery = graphql(`
  query EmulationFund($organizationId: ID!, $year: Int!) {
    organization(id: $organizationId) {
      id
      name
    }
    emulationFund(organizationId: $organizationId, year: $year) {
      year
      allocated
      paid
      recovered
      balance
      entries(first: 50) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            at
            amount
            kind
            note
            decision {
              id
              number
            }
          }
        }
      }
    }
  }
`);

/** The ledger's later pages, 50 entries a page. */
export const EmulationFundEntriesQuery = graphql(`
  query EmulationFundEntries($organizationId: ID!, $year: Int!, $after: String) {
    emulationFund(organizationId: $organizationId, year: $year) {
      entries(first: 50, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            at
            amount
            kind
            note
            decision {
              id
              number
            }
          }
        }
      }
    }
  }
`);

export const RecordFundEntryMutation = graphql(`
  mutation RecordFundEntry($input: FundEntryInput!) {
    recordFundEntry(input: $input) {
      id
      amount
      kind
    }
  }
`);

export const RevocationQuery = graphql(`
  query Revocation($id: ID!) {
    nomination(id: $id) {
      id
      nomineeName
      target
      stage
      year
      reward
      decisionNumber
      decidedAt
      distinction {
        code
        nameVi
        nameEn
      }
      submittingOrganization {
        id
        name
      }
      decision {
        id
        number
        organization {
          id
        }
      }
      revocationPreview {
        rewardToRecover
        affected {
          id
          nomineeName
          year
          decisionNumber
          distinction {
            code
            nameVi
            nameEn
          }
        }
      }
      revocation {
        decisionNumber
        decidedAt
        reason
        rewardToRecover
        affected {
          id
          nomineeName
          distinction {
            code
            nameVi
            nameEn
          }
        }
      }
    }
  }
`);

export const RevokeRecognitionMutation = graphql(`
  mutation RevokeRecognition(
    $nominationId: ID!
    $decisionNumber: String!
    $decidedAt: DateTime!
    $reason: String!
  ) {
    revokeRecognition(
      nominationId: $nominationId
      decisionNumber: $decisionNumber
      decidedAt: $decidedAt
      reason: $reason
    ) {
      id
      stage
      revocation {
        decisionNumber
        rewardToRecover
      }
    }
  }
`);
