import { graphql } from '../../gql';

/** The organizations the signed-in user administers or reads (to pick one). */
export const FosteringGrantsQuery = graphql(`
  query FosteringGrants {
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

export const FosteringUnitQuery = graphql(`
  query FosteringUnit($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      exemplars(first: 50) {
        edges {
          node {
            id
            title
            published
            nextEvaluationDue
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

export const EvaluationsDueQuery = graphql(`
  query EvaluationsDue($organizationId: ID!, $before: DateTime!) {
    evaluationsDue(organizationId: $organizationId, before: $before) {
      id
      title
      nextEvaluationDue
      organization {
        id
        name
      }
    }
  }
`);

export const ExemplarPageQuery = graphql(`
  query ExemplarPage($id: ID!) {
    exemplar(id: $id) {
      id
      title
      field
      published
      nominee {
        __typename
        ... on Person {
          id
          fullName
        }
        ... on Organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
      nextEvaluationDue
      plan {
        goals
        targetYear
        evaluationPeriod
        targetDistinction {
          code
          nameVi
          nameEn
        }
        actions {
          id
          text
          dueAt
          doneAt
          responsible {
            id
            name
          }
        }
      }
    }
  }
`);

export const ExemplarEvaluationsQuery = graphql(`
  query ExemplarEvaluations($id: ID!) {
    exemplar(id: $id) {
      id
      evaluations(first: 50) {
        edges {
          node {
            id
            period
            at
            by
            effect
            influence
            potential
            difficulties
            support
          }
        }
      }
    }
  }
`);

export const ExemplarAdoptionsQuery = graphql(`
  query ExemplarAdoptions($id: ID!) {
    exemplar(id: $id) {
      id
      adoptions {
        id
        kind
        at
        outcome
        adopter {
          id
          name
        }
      }
      pathway {
        eligible
        missing
        earliestYear
        distinction {
          code
          nameVi
          nameEn
        }
      }
    }
  }
`);

/** The units an action can be given to: the fostering organization and its children. */
export const PlanUnitsQuery = graphql(`
  query PlanUnits($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
      children(first: 100) {
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

export const DistinctionsForPlanQuery = graphql(`
  query DistinctionsForPlan($target: Target) {
    distinctions(target: $target) {
      code
      nameVi
      nameEn
    }
  }
`);

export const SetFosteringPlanMutation = graphql(`
  mutation SetFosteringPlan($exemplarId: ID!, $plan: FosteringPlanInput!) {
    setFosteringPlan(exemplarId: $exemplarId, plan: $plan) {
      id
      nextEvaluationDue
    }
  }
`);

export const CompleteFosteringActionMutation = graphql(`
  mutation CompleteFosteringAction($id: ID!) {
    completeFosteringAction(id: $id) {
      id
      doneAt
    }
  }
`);

export const RecordEvaluationMutation = graphql(`
  mutation RecordEvaluation($exemplarId: ID!, $evaluation: EvaluationInput!) {
    recordEvaluation(exemplarId: $exemplarId, evaluation: $evaluation) {
      id
      period
      at
    }
  }
`);

/** The showcase's cards with the exemplar each belongs to, read with the signed-in client. */
export const ShowcaseAdoptLinksQuery = graphql(`
  query ShowcaseAdoptLinks($organizationId: ID!) {
    exemplars(organizationId: $organizationId, first: 50) {
      edges {
        node {
          id
          exemplar {
            id
          }
        }
      }
    }
  }
`);

export const AdoptPageQuery = graphql(`
  query AdoptPage($id: ID!) {
    exemplar(id: $id) {
      id
      title
      field
      published
      nominee {
        __typename
        ... on Person {
          id
          fullName
        }
        ... on Organization {
          id
          name
        }
      }
      organization {
        id
        name
      }
    }
    me {
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

export const RecordAdoptionMutation = graphql(`
  mutation RecordAdoption($input: AdoptionInput!) {
    recordAdoption(input: $input) {
      id
      kind
      at
      outcome
      adopter {
        id
        name
      }
    }
  }
`);

export const ReplicationReportQuery = graphql(`
  query ReplicationReport($organizationId: ID!, $year: Int!) {
    replicationReport(organizationId: $organizationId, year: $year) {
      year
      organization {
        id
        name
      }
      totals {
        exemplars
        evaluationsOnTime
        evaluationsOverdue
        adoptionsGiven
        adoptionsTaken
      }
      children {
        organization {
          id
          name
        }
        exemplars
        evaluationsOnTime
        evaluationsOverdue
        adoptionsGiven
        adoptionsTaken
      }
    }
  }
`);

export const InitiativesQuery = graphql(`
  query Initiatives($organizationId: ID!, $year: Int) {
    organization(id: $organizationId) {
      id
      name
      initiatives(year: $year, first: 50) {
        edges {
          node {
            id
            title
            status
            reach
            authors {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);

export const RegisterInitiativeMutation = graphql(`
  mutation RegisterInitiative($input: RegisterInitiativeInput!) {
    registerInitiative(input: $input) {
      id
      title
      status
    }
  }
`);

export const InitiativePageQuery = graphql(`
  query InitiativePage($id: ID!) {
    initiative(id: $id) {
      id
      title
      field
      year
      status
      reach
      organization {
        id
        name
        campaigns(applying: true, status: OPEN, first: 50) {
          edges {
            node {
              id
              title
              year
            }
          }
        }
      }
      authors {
        id
        fullName
      }
      progress {
        at
        by
        text
      }
      nomination {
        id
        stage
        decisionNumber
      }
    }
  }
`);

export const ReportInitiativeProgressMutation = graphql(`
  mutation ReportInitiativeProgress($id: ID!, $text: String!) {
    reportInitiativeProgress(id: $id, text: $text) {
      id
      progress {
        at
        by
        text
      }
    }
  }
`);

export const SubmitInitiativeMutation = graphql(`
  mutation SubmitInitiative($id: ID!, $campaignId: ID!, $summary: String!) {
    submitInitiative(id: $id, campaignId: $campaignId, summary: $summary) {
      id
      status
      nomination {
        id
        stage
        decisionNumber
      }
    }
  }
`);

export const SetInitiativeReachMutation = graphql(`
  mutation SetInitiativeReach($id: ID!, $reach: InitiativeReach!, $decisionNumber: String!) {
    setInitiativeReach(id: $id, reach: $reach, decisionNumber: $decisionNumber) {
      id
      status
      reach
    }
  }
`);

/** Recognized nominations of the organization's subtree, and whether each is fostered already. */
export const RecognizedNominationsQuery = graphql(`
  query RecognizedNominations($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      nominations(stage: RECOGNIZED, first: 50) {
        edges {
          node {
            id
            nomineeName
            year
            distinction {
              code
              nameVi
              nameEn
            }
            exemplar {
              id
            }
          }
        }
      }
    }
  }
`);

export const CreateExemplarMutation = graphql(`
  mutation CreateExemplar($input: CreateExemplarInput!) {
    createExemplar(input: $input) {
      id
    }
  }
`);
