import { graphql } from '../../../gql';

// One exemplar's page (/fostering/exemplars/:id): its plan, evaluations and adoptions.

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
