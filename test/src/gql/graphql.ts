/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AdoptionInput = {
  adopterOrganizationId: string;
  at: string;
  exemplarId: string;
  kind: AdoptionKind;
  outcome?: string | null | undefined;
};

export type AdoptionKind =
  | 'ADOPTED'
  | 'STUDY_VISIT';

/** Metadata of a file kept elsewhere (the platform stores no files). */
export type AttachmentInput = {
  contentType?: string | null | undefined;
  name: string;
  size?: number | null | undefined;
  url?: string | null | undefined;
};

export type BallotChoiceInput = {
  choice: Choice;
  nominationId: string;
};

/** Which year a campaign counts in: the school year (năm học) or the calendar year. */
export type CampaignCalendar =
  | 'CALENDAR_YEAR'
  | 'SCHOOL_YEAR';

export type CampaignKind =
  | 'ANNUAL'
  | 'PHASE'
  | 'THEMATIC';

export type CampaignStage =
  | 'ESCALATION'
  | 'PROPOSAL'
  | 'REGISTRATION';

export type CampaignStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type Choice =
  | 'ABSTAIN'
  | 'APPROVE'
  | 'REJECT';

export type CouncilKind =
  | 'EMULATION'
  | 'INITIATIVE';

export type CouncilMemberInput = {
  personId: string;
  role: CouncilRole;
};

export type CouncilRole =
  | 'CHAIR'
  | 'MEMBER'
  | 'SECRETARY'
  | 'VICE_CHAIR';

export type CreateCampaignInput = {
  /** Defaults to SCHOOL_YEAR for institutions and their units, CALENDAR_YEAR otherwise. */
  calendar?: CampaignCalendar | null | undefined;
  criteria?: Array<CriterionInput> | null | undefined;
  /** Empty: every distinction of the catalogue. */
  distinctionCodes: Array<string>;
  /** Last year of a PHASE (e.g. 2025 for 2021–2025); without it, the end of the five-year phase holding `year` (2021–2025, 2026–2030). */
  endYear?: number | null | undefined;
  escalationDeadline?: string | null | undefined;
  /** Limit the campaign to these emulation groups. */
  groupIds?: Array<string> | null | undefined;
  /** Same key and input: the first result; same key, other input: CONFLICT. */
  idempotencyKey?: string | null | undefined;
  kind: CampaignKind;
  organizationId: string;
  parentId?: string | null | undefined;
  proposalDeadline: string;
  quotas?: Array<QuotaInput> | null | undefined;
  registrationDeadline: string;
  reviews?: Array<ReviewInput> | null | undefined;
  title: string;
  year: number;
};

export type CreateCouncilInput = {
  kind: CouncilKind;
  members: Array<CouncilMemberInput>;
  name: string;
  organizationId: string;
};

export type CreateExemplarInput = {
  field?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  nominationId: string;
  title: string;
};

export type CreateOrganizationInput = {
  code: string;
  kind: OrgKind;
  name: string;
  parentId?: string | null | undefined;
};

export type CreatePersonInput = {
  account?: string | null | undefined;
  fullName: string;
  governmentPosition?: string | null | undefined;
  leadsId?: string | null | undefined;
  organizationId: string;
  partyPosition?: string | null | undefined;
  staffCode?: string | null | undefined;
};

export type CreateVotingSessionInput = {
  /** Omitted: from the catalogue, like threshold. */
  base?: VoteBase | null | undefined;
  /** Omitted: AT_LEAST, or the catalogue’s. */
  comparison?: VoteComparison | null | undefined;
  councilId: string;
  nominationIds: Array<string>;
  /** Omitted: half of the eligible voters. */
  quorum?: FractionInput | null | undefined;
  /** Omitted: the strictest council vote the slate's distinctions need in the catalogue. */
  threshold?: FractionInput | null | undefined;
  title: string;
};

export type CriterionInput = {
  /** The unit that assesses this criterion. */
  evaluatorOrganizationId?: string | null | undefined;
  target: CriterionTarget;
  text: string;
};

export type CriterionTarget =
  | 'COLLECTIVE'
  | 'INDIVIDUAL'
  | 'LEADER';

export type DossierInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  evidence?: Array<EvidenceInput> | null | undefined;
  summary: string;
};

export type EvaluationInput = {
  difficulties?: string | null | undefined;
  effect: Rating;
  influence: Rating;
  period: string;
  potential: Rating;
  support?: string | null | undefined;
};

export type EvaluationPeriod =
  | 'HALF_YEAR'
  | 'QUARTER'
  | 'YEAR';

export type EvidenceInput = {
  criterionId: string;
  text: string;
};

export type FosteringActionInput = {
  dueAt: string;
  responsibleOrganizationId?: string | null | undefined;
  text: string;
};

export type FosteringPlanInput = {
  actions?: Array<FosteringActionInput> | null | undefined;
  evaluationPeriod: EvaluationPeriod;
  goals: string;
  targetDistinctionCode?: string | null | undefined;
  targetYear?: number | null | undefined;
};

export type FractionInput = {
  denominator: number;
  numerator: number;
};

export type GrantRoleInput = {
  organizationId: string;
  role: Role;
  subject: string;
};

export type NominationStage =
  | 'COUNCIL_APPROVED'
  | 'COUNCIL_REJECTED'
  | 'ESCALATED'
  | 'PROPOSED'
  | 'RECOGNIZED'
  | 'REGISTERED'
  | 'RETURNED'
  | 'REVOKED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type OrgKind =
  | 'AGENCY'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'INSTITUTION'
  | 'MASS_ORGANIZATION'
  | 'NATION'
  | 'PROVINCE'
  | 'UNIT';

/** Exactly one of organizationId and groupId. */
export type QuotaInput = {
  groupId?: string | null | undefined;
  max: number;
  min: number;
  organizationId?: string | null | undefined;
};

export type Rating =
  | 'EXCELLENT'
  | 'FAIR'
  | 'GOOD'
  | 'WEAK';

export type RegisterNominationInput = {
  campaignId: string;
  distinctionCode: string;
  idempotencyKey?: string | null | undefined;
  nomineeOrganizationId?: string | null | undefined;
  nomineePersonId?: string | null | undefined;
  submittingOrganizationId: string;
};

export type ReviewInput = {
  dueAt: string;
  kind: ReviewKind;
  title: string;
};

export type ReviewKind =
  | 'FINAL'
  | 'PRELIMINARY';

export type Role =
  | 'ORG_ADMIN'
  | 'UNIT_LEAD'
  | 'VIEWER';

export type Target =
  | 'COLLECTIVE'
  | 'INDIVIDUAL';

export type VoteBase =
  | 'BALLOTS_CAST'
  | 'TOTAL_MEMBERS';

export type VoteComparison =
  | 'AT_LEAST'
  | 'MORE_THAN';

export type VotingStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type CampaignFieldsFragment = { id: string, title: string, year: number, endYear: number, kind: CampaignKind, calendar: CampaignCalendar, status: CampaignStatus, periodLabel: string, periodStart: string, periodEnd: string, registrationDeadline: string, proposalDeadline: string, escalationDeadline: string | null, timeZone: string, organization: { id: string, name: string }, parent: { id: string } | null, children: Array<{ id: string, title: string }>, deadlines: Array<{ stage: CampaignStage, at: string, local: string, passed: boolean }>, criteria: Array<{ id: string, target: CriterionTarget, text: string, evaluator: { id: string, name: string } | null }>, distinctions: Array<{ code: string }>, quotas: Array<{ min: number, max: number, organization: { id: string } | null, group: { id: string } | null }>, reviews: Array<{ kind: ReviewKind, title: string, dueAt: string }>, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, by: string }> };

export type FlowsCreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type FlowsCreateCampaignMutation = { createCampaign: { id: string, title: string, year: number, endYear: number, kind: CampaignKind, calendar: CampaignCalendar, status: CampaignStatus, periodLabel: string, periodStart: string, periodEnd: string, registrationDeadline: string, proposalDeadline: string, escalationDeadline: string | null, timeZone: string, organization: { id: string, name: string }, parent: { id: string } | null, children: Array<{ id: string, title: string }>, deadlines: Array<{ stage: CampaignStage, at: string, local: string, passed: boolean }>, criteria: Array<{ id: string, target: CriterionTarget, text: string, evaluator: { id: string, name: string } | null }>, distinctions: Array<{ code: string }>, quotas: Array<{ min: number, max: number, organization: { id: string } | null, group: { id: string } | null }>, reviews: Array<{ kind: ReviewKind, title: string, dueAt: string }>, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, by: string }> } };

export type FlowsCampaignQueryVariables = Exact<{
  id: string;
}>;


export type FlowsCampaignQuery = { campaign: { id: string, title: string, year: number, endYear: number, kind: CampaignKind, calendar: CampaignCalendar, status: CampaignStatus, periodLabel: string, periodStart: string, periodEnd: string, registrationDeadline: string, proposalDeadline: string, escalationDeadline: string | null, timeZone: string, organization: { id: string, name: string }, parent: { id: string } | null, children: Array<{ id: string, title: string }>, deadlines: Array<{ stage: CampaignStage, at: string, local: string, passed: boolean }>, criteria: Array<{ id: string, target: CriterionTarget, text: string, evaluator: { id: string, name: string } | null }>, distinctions: Array<{ code: string }>, quotas: Array<{ min: number, max: number, organization: { id: string } | null, group: { id: string } | null }>, reviews: Array<{ kind: ReviewKind, title: string, dueAt: string }>, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, by: string }> } | null };

export type FlowsCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type FlowsCreateOrganizationMutation = { createOrganization: { id: string, code: string, name: string } };

export type FlowsGrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type FlowsGrantRoleMutation = { grantRole: { id: string } };

export type FlowsCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type FlowsCreatePersonMutation = { createPerson: { id: string } };

export type ExemplarFieldsFragment = { id: string, title: string, field: string | null, published: boolean, nextEvaluationDue: string | null, nominee:
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, fullName: string }
  , organization: { id: string, name: string }, recognitions: Array<{ id: string, stage: NominationStage }>, plan: { goals: string, targetYear: number | null, evaluationPeriod: EvaluationPeriod, targetDistinction: { code: string } | null, actions: Array<{ id: string, text: string, dueAt: string, doneAt: string | null, responsible: { id: string } | null }> } | null, evaluations: { totalCount: number, edges: Array<{ node: { period: string, effect: Rating, influence: Rating, potential: Rating, difficulties: string | null, support: string | null, by: string } }> }, adoptions: Array<{ kind: AdoptionKind, outcome: string | null, adopter: { id: string, name: string }, exemplar: { id: string } }> };

export type FlowsCreateExemplarMutationVariables = Exact<{
  i: CreateExemplarInput;
}>;


export type FlowsCreateExemplarMutation = { createExemplar: { id: string, title: string, field: string | null, published: boolean, nextEvaluationDue: string | null, nominee:
      | { __typename: 'Organization' }
      | { __typename: 'Person', id: string, fullName: string }
    , organization: { id: string, name: string }, recognitions: Array<{ id: string, stage: NominationStage }>, plan: { goals: string, targetYear: number | null, evaluationPeriod: EvaluationPeriod, targetDistinction: { code: string } | null, actions: Array<{ id: string, text: string, dueAt: string, doneAt: string | null, responsible: { id: string } | null }> } | null, evaluations: { totalCount: number, edges: Array<{ node: { period: string, effect: Rating, influence: Rating, potential: Rating, difficulties: string | null, support: string | null, by: string } }> }, adoptions: Array<{ kind: AdoptionKind, outcome: string | null, adopter: { id: string, name: string }, exemplar: { id: string } }> } };

export type FlowsExemplarQueryVariables = Exact<{
  id: string;
}>;


export type FlowsExemplarQuery = { exemplar: { id: string, title: string, field: string | null, published: boolean, nextEvaluationDue: string | null, nominee:
      | { __typename: 'Organization' }
      | { __typename: 'Person', id: string, fullName: string }
    , organization: { id: string, name: string }, recognitions: Array<{ id: string, stage: NominationStage }>, plan: { goals: string, targetYear: number | null, evaluationPeriod: EvaluationPeriod, targetDistinction: { code: string } | null, actions: Array<{ id: string, text: string, dueAt: string, doneAt: string | null, responsible: { id: string } | null }> } | null, evaluations: { totalCount: number, edges: Array<{ node: { period: string, effect: Rating, influence: Rating, potential: Rating, difficulties: string | null, support: string | null, by: string } }> }, adoptions: Array<{ kind: AdoptionKind, outcome: string | null, adopter: { id: string, name: string }, exemplar: { id: string } }> } | null };

export type FlowsSetFosteringPlanMutationVariables = Exact<{
  id: string;
  p: FosteringPlanInput;
}>;


export type FlowsSetFosteringPlanMutation = { setFosteringPlan: { id: string, title: string, field: string | null, published: boolean, nextEvaluationDue: string | null, nominee:
      | { __typename: 'Organization' }
      | { __typename: 'Person', id: string, fullName: string }
    , organization: { id: string, name: string }, recognitions: Array<{ id: string, stage: NominationStage }>, plan: { goals: string, targetYear: number | null, evaluationPeriod: EvaluationPeriod, targetDistinction: { code: string } | null, actions: Array<{ id: string, text: string, dueAt: string, doneAt: string | null, responsible: { id: string } | null }> } | null, evaluations: { totalCount: number, edges: Array<{ node: { period: string, effect: Rating, influence: Rating, potential: Rating, difficulties: string | null, support: string | null, by: string } }> }, adoptions: Array<{ kind: AdoptionKind, outcome: string | null, adopter: { id: string, name: string }, exemplar: { id: string } }> } };

export type FlowsRecordEvaluationMutationVariables = Exact<{
  id: string;
  e: EvaluationInput;
}>;


export type FlowsRecordEvaluationMutation = { recordEvaluation: { id: string, period: string, at: string } };

export type FlowsRecordAdoptionMutationVariables = Exact<{
  i: AdoptionInput;
}>;


export type FlowsRecordAdoptionMutation = { recordAdoption: { id: string, kind: AdoptionKind, outcome: string | null, adopter: { id: string, name: string }, exemplar: { id: string, title: string, published: boolean, nextEvaluationDue: string | null, plan: { goals: string } | null, evaluations: { totalCount: number }, adoptions: Array<{ id: string }>, pathway: Array<{ missing: Array<string> }> } } };

export type NominationFieldsFragment = { id: string, stage: NominationStage, target: Target, year: number, nomineeName: string, decisionNumber: string | null, decidedAt: string | null, published: boolean, campaign: { id: string, title: string }, distinction: { code: string, nameVi: string }, nominee:
    | { __typename: 'Organization', id: string, name: string }
    | { __typename: 'Person', id: string, fullName: string }
  , submittingOrganization: { id: string, name: string }, dossier: { summary: string, evidence: Array<{ criterionId: string, text: string }>, attachments: Array<{ name: string, size: number | null }> } | null, history: Array<{ from: NominationStage | null, to: NominationStage, by: string, reason: string | null }>, escalatedFrom: { id: string, stage: NominationStage } | null, escalatedTo: { id: string, stage: NominationStage } | null };

export type FlowsRegisterNominationMutationVariables = Exact<{
  input: RegisterNominationInput;
}>;


export type FlowsRegisterNominationMutation = { registerNomination: { id: string, stage: NominationStage, target: Target, year: number, nomineeName: string, decisionNumber: string | null, decidedAt: string | null, published: boolean, campaign: { id: string, title: string }, distinction: { code: string, nameVi: string }, nominee:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, fullName: string }
    , submittingOrganization: { id: string, name: string }, dossier: { summary: string, evidence: Array<{ criterionId: string, text: string }>, attachments: Array<{ name: string, size: number | null }> } | null, history: Array<{ from: NominationStage | null, to: NominationStage, by: string, reason: string | null }>, escalatedFrom: { id: string, stage: NominationStage } | null, escalatedTo: { id: string, stage: NominationStage } | null } };

export type FlowsNominationQueryVariables = Exact<{
  id: string;
}>;


export type FlowsNominationQuery = { nomination: { id: string, stage: NominationStage, target: Target, year: number, nomineeName: string, decisionNumber: string | null, decidedAt: string | null, published: boolean, campaign: { id: string, title: string }, distinction: { code: string, nameVi: string }, nominee:
      | { __typename: 'Organization', id: string, name: string }
      | { __typename: 'Person', id: string, fullName: string }
    , submittingOrganization: { id: string, name: string }, dossier: { summary: string, evidence: Array<{ criterionId: string, text: string }>, attachments: Array<{ name: string, size: number | null }> } | null, history: Array<{ from: NominationStage | null, to: NominationStage, by: string, reason: string | null }>, escalatedFrom: { id: string, stage: NominationStage } | null, escalatedTo: { id: string, stage: NominationStage } | null } | null };

export type FlowsProposeNominationMutationVariables = Exact<{
  id: string;
  d: DossierInput;
}>;


export type FlowsProposeNominationMutation = { proposeNomination: { stage: NominationStage } };

export type FlowsRecognizeNominationMutationVariables = Exact<{
  id: string;
  n: string;
  at: string;
}>;


export type FlowsRecognizeNominationMutation = { recognizeNomination: { stage: NominationStage } };

export type SessionFieldsFragment = { id: string, title: string, status: VotingStatus, ballotsCast: number, eligibleVoters: number, outcomeNote: string | null, base: VoteBase, threshold: { numerator: number, denominator: number }, quorum: { numerator: number, denominator: number }, council: { id: string, name: string }, nominations: Array<{ id: string, stage: NominationStage }>, results: Array<{ approve: number, reject: number, abstain: number, passed: boolean, nomination: { id: string } }> | null };

export type FlowsCreateCouncilMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type FlowsCreateCouncilMutation = { createCouncil: { id: string } };

export type FlowsCreateVotingSessionMutationVariables = Exact<{
  input: CreateVotingSessionInput;
}>;


export type FlowsCreateVotingSessionMutation = { createVotingSession: { id: string } };

export type FlowsCastBallotMutationVariables = Exact<{
  s: string;
  c: Array<BallotChoiceInput> | BallotChoiceInput;
}>;


export type FlowsCastBallotMutation = { castBallot: { sessionId: string, receiptCode: string } };

export type FlowsStageOfQueryVariables = Exact<{
  id: string;
}>;


export type FlowsStageOfQuery = { nomination: { stage: NominationStage } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CampaignFieldsFragmentDoc = new TypedDocumentString(`
    fragment CampaignFields on Campaign {
  id
  title
  year
  endYear
  kind
  calendar
  status
  periodLabel
  periodStart
  periodEnd
  registrationDeadline
  proposalDeadline
  escalationDeadline
  timeZone
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
  }
  deadlines {
    stage
    at
    local
    passed
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
  }
  quotas {
    organization {
      id
    }
    group {
      id
    }
    min
    max
  }
  reviews {
    kind
    title
    dueAt
  }
  history {
    from
    to
    by
  }
}
    `, {"fragmentName":"CampaignFields"}) as unknown as TypedDocumentString<CampaignFieldsFragment, unknown>;
export const ExemplarFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExemplarFields on Exemplar {
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
  }
  organization {
    id
    name
  }
  recognitions {
    id
    stage
  }
  plan {
    goals
    targetDistinction {
      code
    }
    targetYear
    evaluationPeriod
    actions {
      id
      text
      responsible {
        id
      }
      dueAt
      doneAt
    }
  }
  evaluations {
    totalCount
    edges {
      node {
        period
        effect
        influence
        potential
        difficulties
        support
        by
      }
    }
  }
  nextEvaluationDue
  adoptions {
    kind
    outcome
    adopter {
      id
      name
    }
    exemplar {
      id
    }
  }
}
    `, {"fragmentName":"ExemplarFields"}) as unknown as TypedDocumentString<ExemplarFieldsFragment, unknown>;
export const NominationFieldsFragmentDoc = new TypedDocumentString(`
    fragment NominationFields on Nomination {
  id
  stage
  target
  year
  nomineeName
  decisionNumber
  decidedAt
  published
  campaign {
    id
    title
  }
  distinction {
    code
    nameVi
  }
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
  submittingOrganization {
    id
    name
  }
  dossier {
    summary
    evidence {
      criterionId
      text
    }
    attachments {
      name
      size
    }
  }
  history {
    from
    to
    by
    reason
  }
  escalatedFrom {
    id
    stage
  }
  escalatedTo {
    id
    stage
  }
}
    `, {"fragmentName":"NominationFields"}) as unknown as TypedDocumentString<NominationFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on VotingSession {
  id
  title
  status
  ballotsCast
  eligibleVoters
  outcomeNote
  threshold {
    numerator
    denominator
  }
  base
  quorum {
    numerator
    denominator
  }
  council {
    id
    name
  }
  nominations {
    id
    stage
  }
  results {
    nomination {
      id
    }
    approve
    reject
    abstain
    passed
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const FlowsCreateCampaignDocument = new TypedDocumentString(`
    mutation FlowsCreateCampaign($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  title
  year
  endYear
  kind
  calendar
  status
  periodLabel
  periodStart
  periodEnd
  registrationDeadline
  proposalDeadline
  escalationDeadline
  timeZone
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
  }
  deadlines {
    stage
    at
    local
    passed
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
  }
  quotas {
    organization {
      id
    }
    group {
      id
    }
    min
    max
  }
  reviews {
    kind
    title
    dueAt
  }
  history {
    from
    to
    by
  }
}`) as unknown as TypedDocumentString<FlowsCreateCampaignMutation, FlowsCreateCampaignMutationVariables>;
export const FlowsCampaignDocument = new TypedDocumentString(`
    query FlowsCampaign($id: ID!) {
  campaign(id: $id) {
    ...CampaignFields
  }
}
    fragment CampaignFields on Campaign {
  id
  title
  year
  endYear
  kind
  calendar
  status
  periodLabel
  periodStart
  periodEnd
  registrationDeadline
  proposalDeadline
  escalationDeadline
  timeZone
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
  }
  deadlines {
    stage
    at
    local
    passed
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
  }
  quotas {
    organization {
      id
    }
    group {
      id
    }
    min
    max
  }
  reviews {
    kind
    title
    dueAt
  }
  history {
    from
    to
    by
  }
}`) as unknown as TypedDocumentString<FlowsCampaignQuery, FlowsCampaignQueryVariables>;
export const FlowsCreateOrganizationDocument = new TypedDocumentString(`
    mutation FlowsCreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<FlowsCreateOrganizationMutation, FlowsCreateOrganizationMutationVariables>;
export const FlowsGrantRoleDocument = new TypedDocumentString(`
    mutation FlowsGrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowsGrantRoleMutation, FlowsGrantRoleMutationVariables>;
export const FlowsCreatePersonDocument = new TypedDocumentString(`
    mutation FlowsCreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowsCreatePersonMutation, FlowsCreatePersonMutationVariables>;
export const FlowsCreateExemplarDocument = new TypedDocumentString(`
    mutation FlowsCreateExemplar($i: CreateExemplarInput!) {
  createExemplar(input: $i) {
    ...ExemplarFields
  }
}
    fragment ExemplarFields on Exemplar {
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
  }
  organization {
    id
    name
  }
  recognitions {
    id
    stage
  }
  plan {
    goals
    targetDistinction {
      code
    }
    targetYear
    evaluationPeriod
    actions {
      id
      text
      responsible {
        id
      }
      dueAt
      doneAt
    }
  }
  evaluations {
    totalCount
    edges {
      node {
        period
        effect
        influence
        potential
        difficulties
        support
        by
      }
    }
  }
  nextEvaluationDue
  adoptions {
    kind
    outcome
    adopter {
      id
      name
    }
    exemplar {
      id
    }
  }
}`) as unknown as TypedDocumentString<FlowsCreateExemplarMutation, FlowsCreateExemplarMutationVariables>;
export const FlowsExemplarDocument = new TypedDocumentString(`
    query FlowsExemplar($id: ID!) {
  exemplar(id: $id) {
    ...ExemplarFields
  }
}
    fragment ExemplarFields on Exemplar {
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
  }
  organization {
    id
    name
  }
  recognitions {
    id
    stage
  }
  plan {
    goals
    targetDistinction {
      code
    }
    targetYear
    evaluationPeriod
    actions {
      id
      text
      responsible {
        id
      }
      dueAt
      doneAt
    }
  }
  evaluations {
    totalCount
    edges {
      node {
        period
        effect
        influence
        potential
        difficulties
        support
        by
      }
    }
  }
  nextEvaluationDue
  adoptions {
    kind
    outcome
    adopter {
      id
      name
    }
    exemplar {
      id
    }
  }
}`) as unknown as TypedDocumentString<FlowsExemplarQuery, FlowsExemplarQueryVariables>;
export const FlowsSetFosteringPlanDocument = new TypedDocumentString(`
    mutation FlowsSetFosteringPlan($id: ID!, $p: FosteringPlanInput!) {
  setFosteringPlan(exemplarId: $id, plan: $p) {
    ...ExemplarFields
  }
}
    fragment ExemplarFields on Exemplar {
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
  }
  organization {
    id
    name
  }
  recognitions {
    id
    stage
  }
  plan {
    goals
    targetDistinction {
      code
    }
    targetYear
    evaluationPeriod
    actions {
      id
      text
      responsible {
        id
      }
      dueAt
      doneAt
    }
  }
  evaluations {
    totalCount
    edges {
      node {
        period
        effect
        influence
        potential
        difficulties
        support
        by
      }
    }
  }
  nextEvaluationDue
  adoptions {
    kind
    outcome
    adopter {
      id
      name
    }
    exemplar {
      id
    }
  }
}`) as unknown as TypedDocumentString<FlowsSetFosteringPlanMutation, FlowsSetFosteringPlanMutationVariables>;
export const FlowsRecordEvaluationDocument = new TypedDocumentString(`
    mutation FlowsRecordEvaluation($id: ID!, $e: EvaluationInput!) {
  recordEvaluation(exemplarId: $id, evaluation: $e) {
    id
    period
    at
  }
}
    `) as unknown as TypedDocumentString<FlowsRecordEvaluationMutation, FlowsRecordEvaluationMutationVariables>;
export const FlowsRecordAdoptionDocument = new TypedDocumentString(`
    mutation FlowsRecordAdoption($i: AdoptionInput!) {
  recordAdoption(input: $i) {
    id
    kind
    outcome
    adopter {
      id
      name
    }
    exemplar {
      id
      title
      published
      plan {
        goals
      }
      evaluations {
        totalCount
      }
      adoptions {
        id
      }
      nextEvaluationDue
      pathway {
        missing
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlowsRecordAdoptionMutation, FlowsRecordAdoptionMutationVariables>;
export const FlowsRegisterNominationDocument = new TypedDocumentString(`
    mutation FlowsRegisterNomination($input: RegisterNominationInput!) {
  registerNomination(input: $input) {
    ...NominationFields
  }
}
    fragment NominationFields on Nomination {
  id
  stage
  target
  year
  nomineeName
  decisionNumber
  decidedAt
  published
  campaign {
    id
    title
  }
  distinction {
    code
    nameVi
  }
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
  submittingOrganization {
    id
    name
  }
  dossier {
    summary
    evidence {
      criterionId
      text
    }
    attachments {
      name
      size
    }
  }
  history {
    from
    to
    by
    reason
  }
  escalatedFrom {
    id
    stage
  }
  escalatedTo {
    id
    stage
  }
}`) as unknown as TypedDocumentString<FlowsRegisterNominationMutation, FlowsRegisterNominationMutationVariables>;
export const FlowsNominationDocument = new TypedDocumentString(`
    query FlowsNomination($id: ID!) {
  nomination(id: $id) {
    ...NominationFields
  }
}
    fragment NominationFields on Nomination {
  id
  stage
  target
  year
  nomineeName
  decisionNumber
  decidedAt
  published
  campaign {
    id
    title
  }
  distinction {
    code
    nameVi
  }
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
  submittingOrganization {
    id
    name
  }
  dossier {
    summary
    evidence {
      criterionId
      text
    }
    attachments {
      name
      size
    }
  }
  history {
    from
    to
    by
    reason
  }
  escalatedFrom {
    id
    stage
  }
  escalatedTo {
    id
    stage
  }
}`) as unknown as TypedDocumentString<FlowsNominationQuery, FlowsNominationQueryVariables>;
export const FlowsProposeNominationDocument = new TypedDocumentString(`
    mutation FlowsProposeNomination($id: ID!, $d: DossierInput!) {
  proposeNomination(id: $id, dossier: $d) {
    stage
  }
}
    `) as unknown as TypedDocumentString<FlowsProposeNominationMutation, FlowsProposeNominationMutationVariables>;
export const FlowsRecognizeNominationDocument = new TypedDocumentString(`
    mutation FlowsRecognizeNomination($id: ID!, $n: String!, $at: DateTime!) {
  recognizeNomination(id: $id, decisionNumber: $n, decidedAt: $at) {
    stage
  }
}
    `) as unknown as TypedDocumentString<FlowsRecognizeNominationMutation, FlowsRecognizeNominationMutationVariables>;
export const FlowsCreateCouncilDocument = new TypedDocumentString(`
    mutation FlowsCreateCouncil($input: CreateCouncilInput!) {
  createCouncil(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowsCreateCouncilMutation, FlowsCreateCouncilMutationVariables>;
export const FlowsCreateVotingSessionDocument = new TypedDocumentString(`
    mutation FlowsCreateVotingSession($input: CreateVotingSessionInput!) {
  createVotingSession(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FlowsCreateVotingSessionMutation, FlowsCreateVotingSessionMutationVariables>;
export const FlowsCastBallotDocument = new TypedDocumentString(`
    mutation FlowsCastBallot($s: ID!, $c: [BallotChoiceInput!]!) {
  castBallot(sessionId: $s, choices: $c) {
    sessionId
    receiptCode
  }
}
    `) as unknown as TypedDocumentString<FlowsCastBallotMutation, FlowsCastBallotMutationVariables>;
export const FlowsStageOfDocument = new TypedDocumentString(`
    query FlowsStageOf($id: ID!) {
  nomination(id: $id) {
    stage
  }
}
    `) as unknown as TypedDocumentString<FlowsStageOfQuery, FlowsStageOfQueryVariables>;