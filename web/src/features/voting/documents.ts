import { graphql } from '../../gql';

export const VotingSessionQuery = graphql(`
  query VotingSessionPage($id: ID!) {
    votingSession(id: $id) {
      id
      title
      status
      ballotsCast
      eligibleVoters
      threshold {
        numerator
        denominator
      }
      quorum {
        numerator
        denominator
      }
      base
      comparison
      ruleSource
      outcomeNote
      council {
        id
        name
        organization {
          id
          name
          ancestors {
            id
          }
        }
        members {
          role
          person {
            id
          }
        }
      }
      nominations {
        id
      }
      results {
        approve
        reject
        abstain
        passed
        nomination {
          id
        }
      }
    }
    me {
      subject
      isPlatformAdmin
      person {
        id
      }
      grants {
        role
        organization {
          id
        }
      }
    }
  }
`);

/**
 * The slate's details come from nominations, which answers only for nominations the caller may
 * read: the page asks for them apart, so that a member who may not read one still votes on it.
 */
export const VotingSlateQuery = graphql(`
  query VotingSlate($id: ID!) {
    votingSession(id: $id) {
      id
      nominations {
        id
        nomineeName
        distinction {
          code
          nameVi
          nameEn
        }
        submittingOrganization {
          id
          name
        }
        dossier {
          summary
        }
      }
    }
  }
`);

export const VotingProgressSubscription = graphql(`
  subscription VotingProgressLive($sessionId: ID!) {
    votingProgress(sessionId: $sessionId) {
      sessionId
      status
      ballotsCast
      eligibleVoters
      results {
        approve
        reject
        abstain
        passed
        nomination {
          id
        }
      }
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($sessionId: ID!, $choices: [BallotChoiceInput!]!) {
    castBallot(sessionId: $sessionId, choices: $choices) {
      sessionId
      receiptCode
    }
  }
`);

export const OpenSessionMutation = graphql(`
  mutation OpenVotingSession($id: ID!) {
    openVotingSession(id: $id) {
      id
      status
      ballotsCast
      eligibleVoters
    }
  }
`);

export const CloseSessionMutation = graphql(`
  mutation CloseVotingSession($id: ID!) {
    closeVotingSession(id: $id) {
      id
      status
      ballotsCast
      eligibleVoters
      results {
        approve
        reject
        abstain
        passed
        nomination {
          id
        }
      }
    }
  }
`);

export const VerifyReceiptQuery = graphql(`
  query VerifyReceipt($sessionId: ID!, $receiptCode: String!) {
    verifyReceipt(sessionId: $sessionId, receiptCode: $receiptCode)
  }
`);
