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

export type CreateEmulationGroupInput = {
  kind: GroupKind;
  memberIds: Array<string>;
  name: string;
  ownerId: string;
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

export type GroupKind =
  | 'BLOCK'
  | 'CLUSTER';

export type ImportFormat =
  | 'CSV'
  | 'XLSX';

export type InitiativeReach =
  | 'INSTITUTION'
  | 'NATION'
  | 'PROVINCE';

export type InitiativeStatus =
  | 'RECOGNIZED'
  | 'REGISTERED'
  | 'REJECTED'
  | 'SUBMITTED';

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

export type OrganizationChangeKind =
  | 'ABSORBED'
  | 'CREATED'
  | 'MERGED_INTO'
  | 'MOVED'
  | 'UPDATED';

export type OrganizationChangeStatus =
  | 'APPLIED'
  | 'CANCELLED'
  | 'SCHEDULED';

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

export type RecordSource =
  | 'IMPORTED'
  | 'PLATFORM';

export type RegisterInitiativeInput = {
  authorIds: Array<string>;
  field?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  organizationId: string;
  title: string;
  year: number;
};

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

/** Only the fields given change. DRAFT: any; OPEN: deadlines (an extension, recorded in history), criteria and quotas (for nominations registered from now on). */
export type UpdateCampaignInput = {
  /** Replaces the criteria. */
  criteria?: Array<CriterionInput> | null | undefined;
  /** Replaces the distinctions (DRAFT only). */
  distinctionCodes?: Array<string> | null | undefined;
  escalationDeadline?: string | null | undefined;
  proposalDeadline?: string | null | undefined;
  /** Replaces the quotas. */
  quotas?: Array<QuotaInput> | null | undefined;
  registrationDeadline?: string | null | undefined;
  title?: string | null | undefined;
};

/** Only the fields given change; null clears an optional one. */
export type UpdatePersonInput = {
  account?: string | null | undefined;
  fullName?: string | null | undefined;
  governmentPosition?: string | null | undefined;
  leadsId?: string | null | undefined;
  partyPosition?: string | null | undefined;
};

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

export type BenchPeoplePageQueryVariables = Exact<{
  id: string;
  a?: string | null | undefined;
}>;


export type BenchPeoplePageQuery = { organization: { people: { edges: Array<{ node: { id: string, account: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CampaignFieldsFragment = { id: string, title: string, year: number, endYear: number, kind: CampaignKind, calendar: CampaignCalendar, status: CampaignStatus, periodLabel: string, periodStart: string, periodEnd: string, registrationDeadline: string, proposalDeadline: string, escalationDeadline: string | null, timeZone: string, organization: { id: string, name: string }, parent: { id: string } | null, children: Array<{ id: string, title: string }>, deadlines: Array<{ stage: CampaignStage, at: string, local: string, passed: boolean }>, criteria: Array<{ id: string, target: CriterionTarget, text: string, evaluator: { id: string, name: string } | null }>, distinctions: Array<{ code: string }>, quotas: Array<{ min: number, max: number, organization: { id: string } | null, group: { id: string } | null }>, reviews: Array<{ kind: ReviewKind, title: string, dueAt: string }>, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, by: string }> };

export type FlowsCreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type FlowsCreateCampaignMutation = { createCampaign: { id: string, title: string, year: number, endYear: number, kind: CampaignKind, calendar: CampaignCalendar, status: CampaignStatus, periodLabel: string, periodStart: string, periodEnd: string, registrationDeadline: string, proposalDeadline: string, escalationDeadline: string | null, timeZone: string, organization: { id: string, name: string }, parent: { id: string } | null, children: Array<{ id: string, title: string }>, deadlines: Array<{ stage: CampaignStage, at: string, local: string, passed: boolean }>, criteria: Array<{ id: string, target: CriterionTarget, text: string, evaluator: { id: string, name: string } | null }>, distinctions: Array<{ code: string }>, quotas: Array<{ min: number, max: number, organization: { id: string } | null, group: { id: string } | null }>, reviews: Array<{ kind: ReviewKind, title: string, dueAt: string }>, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, by: string }> } };

export type FlowsCampaignQueryVariables = Exact<{
  id: string;
}>;


export type FlowsCampaignQuery = { campaign: { id: string, title: string, year: number, endYear: number, kind: CampaignKind, calendar: CampaignCalendar, status: CampaignStatus, periodLabel: string, periodStart: string, periodEnd: string, registrationDeadline: string, proposalDeadline: string, escalationDeadline: string | null, timeZone: string, organization: { id: string, name: string }, parent: { id: string } | null, children: Array<{ id: string, title: string }>, deadlines: Array<{ stage: CampaignStage, at: string, local: string, passed: boolean }>, criteria: Array<{ id: string, target: CriterionTarget, text: string, evaluator: { id: string, name: string } | null }>, distinctions: Array<{ code: string }>, quotas: Array<{ min: number, max: number, organization: { id: string } | null, group: { id: string } | null }>, reviews: Array<{ kind: ReviewKind, title: string, dueAt: string }>, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, by: string }> } | null };

export type FailBallotSecrecyCloseVotingSessionMutationVariables = Exact<{
  id: string;
}>;


export type FailBallotSecrecyCloseVotingSessionMutation = { closeVotingSession: { results: Array<{ approve: number, reject: number, abstain: number }> | null } };

export type FailCampaignIsolationOpenCampaignMutationVariables = Exact<{
  id: string;
}>;


export type FailCampaignIsolationOpenCampaignMutation = { openCampaign: { status: CampaignStatus } };

export type FailCampaignIsolationCampaignsQueryVariables = Exact<{
  id: string;
  applying?: boolean | null | undefined;
}>;


export type FailCampaignIsolationCampaignsQuery = { campaigns: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type FailCampaignIsolationOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type FailCampaignIsolationOrganizationQuery = { organization: { campaigns: { totalCount: number } } | null };

export type FailEverydayOperationsUpdateCampaignMutationVariables = Exact<{
  id: string;
  input: UpdateCampaignInput;
}>;


export type FailEverydayOperationsUpdateCampaignMutation = { updateCampaign: { id: string, title: string, proposalDeadline: string, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, change: string | null }> } };

export type FailEverydayOperationsCampaignQueryVariables = Exact<{
  id: string;
}>;


export type FailEverydayOperationsCampaignQuery = { campaign: { title: string, proposalDeadline: string, escalationDeadline: string | null, history: Array<{ change: string | null }> } | null };

export type FailEverydayOperationsAddCouncilMemberMutationVariables = Exact<{
  c: string;
  m: CouncilMemberInput;
}>;


export type FailEverydayOperationsAddCouncilMemberMutation = { addCouncilMember: { id: string, members: Array<{ person: { id: string } }> } };

export type FailEverydayOperationsCouncilQueryVariables = Exact<{
  id: string;
}>;


export type FailEverydayOperationsCouncilQuery = { council: { members: Array<{ person: { id: string } }> } | null };

export type FailFosteringIsolationCompleteFosteringActionMutationVariables = Exact<{
  id: string;
}>;


export type FailFosteringIsolationCompleteFosteringActionMutation = { completeFosteringAction: { id: string, doneAt: string | null } };

export type FailFosteringIsolationEvaluationsDueQueryVariables = Exact<{
  o: string;
  b: string;
}>;


export type FailFosteringIsolationEvaluationsDueQuery = { evaluationsDue: Array<{ id: string }> };

export type FailFosteringIsolationOrganizationQueryVariables = Exact<{
  o: string;
}>;


export type FailFosteringIsolationOrganizationQuery = { organization: { exemplars: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type FailFosteringIsolationReplicationReportQueryVariables = Exact<{
  o: string;
  y: number;
}>;


export type FailFosteringIsolationReplicationReportQuery = { replicationReport: { totals: { exemplars: number } } | null };

export type FailFosteringIsolationNominationQueryVariables = Exact<{
  id: string;
}>;


export type FailFosteringIsolationNominationQuery = { nomination: { exemplar: { id: string, title: string, plan: { goals: string } | null } | null } | null };

export type FailFosteringIsolationExemplarsQueryVariables = Exact<{
  o: string;
}>;


export type FailFosteringIsolationExemplarsQuery = { exemplars: { edges: Array<{ node: { id: string, exemplar: { id: string } | null } }> } };

export type FailImportsImportOrganizationsMutationVariables = Exact<{
  format: ImportFormat;
  content: string;
}>;


export type FailImportsImportOrganizationsMutation = { importOrganizations: { created: number, updated: number, errors: Array<{ row: number, message: string }> } };

export type FailImportsImportPeopleMutationVariables = Exact<{
  format: ImportFormat;
  content: string;
}>;


export type FailImportsImportPeopleMutation = { importPeople: { created: number, updated: number, errors: Array<{ row: number, message: string }> } };

export type FailImportsOrganizationByCodeQueryVariables = Exact<{
  code: string;
}>;


export type FailImportsOrganizationByCodeQuery = { organizationByCode: { id: string, name: string, parent: { code: string } | null } | null };

export type FailImportsOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type FailImportsOrganizationQuery = { organization: { people: { totalCount: number, edges: Array<{ node: { fullName: string, governmentPosition: string | null, partyPosition: string | null } }> } } | null };

export type FailImportsOrganization2QueryVariables = Exact<{
  id: string;
}>;


export type FailImportsOrganization2Query = { organization: { people: { totalCount: number } } | null };

export type FailNominationIsolationOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type FailNominationIsolationOrganizationQuery = { organization: { nominations: { totalCount: number } } | null };

export type FailSharedInflightOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type FailSharedInflightOrganizationQuery = { organization: { people: { totalCount: number, edges: Array<{ node: { fullName: string } }> } } | null };

export type FailStaleIdentityOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type FailStaleIdentityOrganizationQuery = { organization: { people: { totalCount: number } } | null };

export type FailStaleIdentityOrganization2QueryVariables = Exact<{
  id: string;
}>;


export type FailStaleIdentityOrganization2Query = { organization: { id: string } | null };

export type FailTenantIsolationPersonQueryVariables = Exact<{
  id: string;
}>;


export type FailTenantIsolationPersonQuery = { person: { id: string, fullName: string, partyPosition: string | null, governmentPosition: string | null, organization: { id: string }, leads: { id: string } | null } | null };

export type FailTenantIsolationCreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type FailTenantIsolationCreatePersonMutation = { createPerson: { id: string } };

export type FailTenantIsolationOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type FailTenantIsolationOrganizationQuery = { organization: { name: string, people: { totalCount: number, edges: Array<{ node: { id: string } }> } } | null };

export type FailTenantIsolationOrganization2QueryVariables = Exact<{
  id: string;
}>;


export type FailTenantIsolationOrganization2Query = { organization: { people: { totalCount: number } } | null };

export type FailTenantIsolationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type FailTenantIsolationMeQuery = { me: { subject: string | null, isPlatformAdmin: boolean, person: { id: string } | null, grants: Array<{ id: string }> } };

export type FailTenantIsolationOrganization3QueryVariables = Exact<{
  id: string;
}>;


export type FailTenantIsolationOrganization3Query = { organization: { name: string } | null };

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

export type CampaignsOpenCampaignMutationVariables = Exact<{
  id: string;
}>;


export type CampaignsOpenCampaignMutation = { openCampaign: { status: CampaignStatus } };

export type CampaignsCampaignQueryVariables = Exact<{
  id: string;
}>;


export type CampaignsCampaignQuery = { campaign: { title: string, children: Array<{ title: string, parent: { title: string } | null, children: Array<{ title: string, parent: { title: string } | null }> }> } | null };

export type CampaignsCampaignsQueryVariables = Exact<{
  id: string;
}>;


export type CampaignsCampaignsQuery = { campaigns: { totalCount: number, edges: Array<{ node: { title: string, status: CampaignStatus, organization: { id: string } } }> } };

export type CampaignsOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type CampaignsOrganizationQuery = { organization: { name: string, campaigns: { totalCount: number, edges: Array<{ node: { title: string } }> } } | null };

export type CampaignsCampaigns2QueryVariables = Exact<{
  id: string;
  q?: string | null | undefined;
}>;


export type CampaignsCampaigns2Query = { campaigns: { totalCount: number } };

export type EmulationGroupsCreateEmulationGroupMutationVariables = Exact<{
  input: CreateEmulationGroupInput;
}>;


export type EmulationGroupsCreateEmulationGroupMutation = { createEmulationGroup: { id: string, name: string, kind: GroupKind, owner: { id: string }, members: Array<{ id: string }> } };

export type EmulationGroupsEmulationGroupsQueryVariables = Exact<{
  id: string;
}>;


export type EmulationGroupsEmulationGroupsQuery = { emulationGroups: Array<{ name: string }> };

export type EverydayOperationsPersonQueryVariables = Exact<{
  id: string;
}>;


export type EverydayOperationsPersonQuery = { person: { id: string, fullName: string, partyPosition: string | null, governmentPosition: string | null, account: string | null, active: boolean, leftAt: string | null, leads: { id: string } | null } | null };

export type EverydayOperationsUpdatePersonMutationVariables = Exact<{
  id: string;
  input: UpdatePersonInput;
}>;


export type EverydayOperationsUpdatePersonMutation = { updatePerson: { id: string, fullName: string, partyPosition: string | null, governmentPosition: string | null, account: string | null, active: boolean, leads: { id: string } | null } };

export type EverydayOperationsDeactivatePersonMutationVariables = Exact<{
  id: string;
  at: string;
}>;


export type EverydayOperationsDeactivatePersonMutation = { deactivatePerson: { id: string, active: boolean, leftAt: string | null } };

export type EverydayOperationsImportPeopleMutationVariables = Exact<{
  format: ImportFormat;
  content: string;
}>;


export type EverydayOperationsImportPeopleMutation = { importPeople: { created: number, updated: number, errors: Array<{ row: number, message: string }> } };

export type EverydayOperationsUpdateCampaignMutationVariables = Exact<{
  id: string;
  input: UpdateCampaignInput;
}>;


export type EverydayOperationsUpdateCampaignMutation = { updateCampaign: { id: string, title: string, status: CampaignStatus, registrationDeadline: string, proposalDeadline: string, escalationDeadline: string | null, distinctions: Array<{ code: string }>, criteria: Array<{ id: string, target: CriterionTarget, text: string }>, quotas: Array<{ min: number, max: number, organization: { id: string } | null }>, history: Array<{ from: CampaignStatus | null, to: CampaignStatus, by: string, change: string | null }> } };

export type EverydayOperationsNominationQueryVariables = Exact<{
  id: string;
}>;


export type EverydayOperationsNominationQuery = { nomination: { stage: NominationStage, nominee:
      | { id: string, active: boolean }
      | Record<PropertyKey, never>
     } | null };

export type EverydayOperationsOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type EverydayOperationsOrganizationQuery = { organization: { people: { edges: Array<{ node: { id: string, active: boolean, leftAt: string | null } }> } } | null };

export type EverydayOperationsUpdateEmulationGroupMutationVariables = Exact<{
  id: string;
  name?: string | null | undefined;
  m?: Array<string> | string | null | undefined;
}>;


export type EverydayOperationsUpdateEmulationGroupMutation = { updateEmulationGroup: { id: string, name: string, kind: GroupKind, members: Array<{ id: string }> } };

export type EverydayOperationsUpdateEmulationGroup2MutationVariables = Exact<{
  id: string;
}>;


export type EverydayOperationsUpdateEmulationGroup2Mutation = { updateEmulationGroup: { name: string, members: Array<{ id: string }> } };

export type EverydayOperationsVotingSessionQueryVariables = Exact<{
  id: string;
}>;


export type EverydayOperationsVotingSessionQuery = { votingSession: { status: VotingStatus, eligibleVoters: number } | null };

export type EverydayOperationsAddCouncilMemberMutationVariables = Exact<{
  c: string;
  m: CouncilMemberInput;
}>;


export type EverydayOperationsAddCouncilMemberMutation = { addCouncilMember: { id: string, members: Array<{ role: CouncilRole, person: { id: string } }> } };

export type EverydayOperationsCouncilsQueryVariables = Exact<{
  o: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EverydayOperationsCouncilsQuery = { councils: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: CouncilKind, organization: { id: string } } }> } };

export type EverydayOperationsVotingSessionsQueryVariables = Exact<{
  c: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EverydayOperationsVotingSessionsQuery = { votingSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: VotingStatus, eligibleVoters: number, council: { id: string } } }> } };

export type ExemplarsExemplarsQueryVariables = Exact<{
  o: string;
}>;


export type ExemplarsExemplarsQuery = { exemplars: { totalCount: number, edges: Array<{ node: { nomineeName: string, year: number, decisionNumber: string | null, distinction: { code: string, nameVi: string }, dossier: { summary: string, evidence: Array<{ text: string }>, attachments: Array<{ name: string }> } | null, history: Array<{ to: NominationStage }> } }> } };

export type ExemplarsExemplars2QueryVariables = Exact<{
  o: string;
}>;


export type ExemplarsExemplars2Query = { exemplars: { edges: Array<{ node: { nominee:
          | { governmentPosition: string | null }
          | Record<PropertyKey, never>
         } }> } };

export type InitiativeFieldsFragment = { id: string, title: string, field: string | null, year: number, status: InitiativeStatus, reach: InitiativeReach | null, organization: { id: string }, authors: Array<{ id: string, fullName: string }>, progress: Array<{ by: string, text: string, at: string }>, nomination: { id: string, stage: NominationStage, distinction: { code: string }, nominee:
      | { id: string }
      | Record<PropertyKey, never>
     } | null };

export type InitiativesRegisterMutationVariables = Exact<{
  i: RegisterInitiativeInput;
}>;


export type InitiativesRegisterMutation = { registerInitiative: { id: string, title: string, field: string | null, year: number, status: InitiativeStatus, reach: InitiativeReach | null, organization: { id: string }, authors: Array<{ id: string, fullName: string }>, progress: Array<{ by: string, text: string, at: string }>, nomination: { id: string, stage: NominationStage, distinction: { code: string }, nominee:
        | { id: string }
        | Record<PropertyKey, never>
       } | null } };

export type InitiativesReadQueryVariables = Exact<{
  id: string;
}>;


export type InitiativesReadQuery = { initiative: { id: string, title: string, field: string | null, year: number, status: InitiativeStatus, reach: InitiativeReach | null, organization: { id: string }, authors: Array<{ id: string, fullName: string }>, progress: Array<{ by: string, text: string, at: string }>, nomination: { id: string, stage: NominationStage, distinction: { code: string }, nominee:
        | { id: string }
        | Record<PropertyKey, never>
       } | null } | null };

export type InitiativesProgressMutationVariables = Exact<{
  id: string;
  t: string;
}>;


export type InitiativesProgressMutation = { reportInitiativeProgress: { id: string, title: string, field: string | null, year: number, status: InitiativeStatus, reach: InitiativeReach | null, organization: { id: string }, authors: Array<{ id: string, fullName: string }>, progress: Array<{ by: string, text: string, at: string }>, nomination: { id: string, stage: NominationStage, distinction: { code: string }, nominee:
        | { id: string }
        | Record<PropertyKey, never>
       } | null } };

export type InitiativesSubmitMutationVariables = Exact<{
  id: string;
  c: string;
  s: string;
}>;


export type InitiativesSubmitMutation = { submitInitiative: { id: string, title: string, field: string | null, year: number, status: InitiativeStatus, reach: InitiativeReach | null, organization: { id: string }, authors: Array<{ id: string, fullName: string }>, progress: Array<{ by: string, text: string, at: string }>, nomination: { id: string, stage: NominationStage, distinction: { code: string }, nominee:
        | { id: string }
        | Record<PropertyKey, never>
       } | null } };

export type FosteringInitiativesSetInitiativeReachMutationVariables = Exact<{
  id: string;
  r: InitiativeReach;
  n: string;
}>;


export type FosteringInitiativesSetInitiativeReachMutation = { setInitiativeReach: { status: InitiativeStatus, reach: InitiativeReach | null } };

export type FosteringInitiativesImportDistinctionRecordsMutationVariables = Exact<{
  format: ImportFormat;
  content: string;
}>;


export type FosteringInitiativesImportDistinctionRecordsMutation = { importDistinctionRecords: { created: number, errors: Array<{ row: number, message: string }> } };

export type FosteringInitiativesExemplarQueryVariables = Exact<{
  id: string;
}>;


export type FosteringInitiativesExemplarQuery = { exemplar: { pathway: Array<{ eligible: boolean, missing: Array<string>, distinction: { code: string } }> } | null };

export type FosteringInitiativesOrganizationQueryVariables = Exact<{
  o: string;
  y?: number | null | undefined;
}>;


export type FosteringInitiativesOrganizationQuery = { organization: { initiatives: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } } | null };

export type FosteringInitiativesOrganization2QueryVariables = Exact<{
  o: string;
  y?: number | null | undefined;
}>;


export type FosteringInitiativesOrganization2Query = { organization: { initiatives: { totalCount: number } } | null };

export type FosteringReplicationReportQueryVariables = Exact<{
  o: string;
  y: number;
}>;


export type FosteringReplicationReportQuery = { replicationReport: { year: number, organization: { id: string }, totals: { exemplars: number, evaluationsOnTime: number, evaluationsOverdue: number, adoptionsGiven: number, adoptionsTaken: number }, children: Array<{ exemplars: number, evaluationsOnTime: number, evaluationsOverdue: number, adoptionsGiven: number, adoptionsTaken: number, organization: { id: string, name: string } }> } | null };

export type FosteringEvaluationsDueQueryVariables = Exact<{
  o: string;
  b: string;
}>;


export type FosteringEvaluationsDueQuery = { evaluationsDue: Array<{ id: string, nextEvaluationDue: string | null }> };

export type FosteringImportDistinctionRecordsMutationVariables = Exact<{
  format: ImportFormat;
  content: string;
}>;


export type FosteringImportDistinctionRecordsMutation = { importDistinctionRecords: { created: number, errors: Array<{ row: number, message: string }> } };

export type FosteringExemplarsQueryVariables = Exact<{
  o: string;
}>;


export type FosteringExemplarsQuery = { exemplars: { edges: Array<{ node: { id: string, exemplar: { id: string, title: string, published: boolean } | null } }> } };

export type FosteringExemplarQueryVariables = Exact<{
  id: string;
}>;


export type FosteringExemplarQuery = { exemplar: { pathway: Array<{ eligible: boolean, missing: Array<string>, earliestYear: number | null, distinction: { code: string, nameVi: string } }> } | null };

export type MassOrganizationsEscalationRegisterNominationMutationVariables = Exact<{
  input: RegisterNominationInput;
}>;


export type MassOrganizationsEscalationRegisterNominationMutation = { registerNomination: { id: string, stage: NominationStage, year: number, nomineeName: string, submittingOrganization: { id: string }, campaign: { id: string } } };

export type MassOrganizationsEscalationEscalateNominationMutationVariables = Exact<{
  id: string;
  to: string;
  code?: string | null | undefined;
}>;


export type MassOrganizationsEscalationEscalateNominationMutation = { escalateNomination: { id: string, stage: NominationStage, year: number, distinction: { code: string, level: OrgKind }, campaign: { id: string }, escalatedFrom: { id: string, stage: NominationStage } | null, submittingOrganization: { id: string } } };

export type MassOrganizationsEscalationOrganizationQueryVariables = Exact<{
  id: string;
  c?: string | null | undefined;
}>;


export type MassOrganizationsEscalationOrganizationQuery = { organization: { nominations: { totalCount: number, edges: Array<{ node: { nominee:
            | { id: string }
            | Record<PropertyKey, never>
          , submittingOrganization: { id: string } } }> } } | null };

export type MassOrganizationsEscalationCampaignsQueryVariables = Exact<{
  o: string;
}>;


export type MassOrganizationsEscalationCampaignsQuery = { campaigns: { edges: Array<{ node: { id: string } }> } };

export type MassOrganizationsEscalationCampaigns2QueryVariables = Exact<{
  o: string;
}>;


export type MassOrganizationsEscalationCampaigns2Query = { campaigns: { edges: Array<{ node: { id: string } }> } };

export type NominationExportsPeoplePageQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type NominationExportsPeoplePageQuery = { organization: { people: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } } | null };

export type NominationsProposeNominationMutationVariables = Exact<{
  id: string;
  d: DossierInput;
}>;


export type NominationsProposeNominationMutation = { proposeNomination: { stage: NominationStage, dossier: { summary: string, evidence: Array<{ criterionId: string, text: string }>, attachments: Array<{ name: string, size: number | null }> } | null } };

export type NominationsEscalateNomination3MutationVariables = Exact<{
  id: string;
  to: string;
}>;


export type NominationsEscalateNomination3Mutation = { escalateNomination: { id: string, stage: NominationStage, campaign: { id: string }, submittingOrganization: { id: string }, escalatedFrom: { id: string, stage: NominationStage } | null } };

export type NominationsPersonQueryVariables = Exact<{
  id: string;
}>;


export type NominationsPersonQuery = { person: { fullName: string, distinctions: Array<{ year: number, source: RecordSource, decisionNumber: string | null, distinction: { code: string }, nomination: { id: string } | null }> } | null };

export type NominationsEscalateNominationMutationVariables = Exact<{
  id: string;
  to: string;
}>;


export type NominationsEscalateNominationMutation = { escalateNomination: { stage: NominationStage } };

export type NominationsReturnNominationMutationVariables = Exact<{
  id: string;
}>;


export type NominationsReturnNominationMutation = { returnNomination: { stage: NominationStage, history: Array<{ to: NominationStage, reason: string | null }> } };

export type NominationsEscalateNomination2MutationVariables = Exact<{
  id: string;
  to: string;
}>;


export type NominationsEscalateNomination2Mutation = { escalateNomination: { id: string, campaign: { id: string } } };

export type NominationsNominationsQueryVariables = Exact<{
  c: string;
  q?: string | null | undefined;
}>;


export type NominationsNominationsQuery = { nominations: { totalCount: number, edges: Array<{ node: { nomineeName: string, stage: NominationStage, nominee:
          | { fullName: string }
          | Record<PropertyKey, never>
        , submittingOrganization: { name: string } } }> } };

export type NominationsOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type NominationsOrganizationQuery = { organization: { nominations: { totalCount: number, edges: Array<{ node: { stage: NominationStage } }> } } | null };

export type NominationsNominations2QueryVariables = Exact<{
  c: string;
}>;


export type NominationsNominations2Query = { nominations: { edges: Array<{ node: { id: string } }> } };

export type NominationsNominations3QueryVariables = Exact<{
  c: string;
}>;


export type NominationsNominations3Query = { nominations: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NominationsNominations4QueryVariables = Exact<{
  c: string;
  a?: string | null | undefined;
}>;


export type NominationsNominations4Query = { nominations: { edges: Array<{ node: { id: string } }> } };

export type OrganizationTreeReadQueryVariables = Exact<{
  id: string;
}>;


export type OrganizationTreeReadQuery = { organization: { id: string, code: string, name: string, kind: OrgKind, dissolvedAt: string | null, parent: { id: string } | null, ancestors: Array<{ id: string }>, tenant: { id: string }, children: { totalCount: number, edges: Array<{ node: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type OrganizationTreeOrganizationQueryVariables = Exact<{
  id: string;
}>;


export type OrganizationTreeOrganizationQuery = { organization: { children: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type OrganizationTreeOrganization2QueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type OrganizationTreeOrganization2Query = { organization: { children: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } } | null };

export type OrganizationTreeOrganizationsQueryVariables = Exact<{
  within: string;
}>;


export type OrganizationTreeOrganizationsQuery = { organizations: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type OrganizationTreeMoveOrganizationMutationVariables = Exact<{
  id: string;
  to: string;
  at: string;
}>;


export type OrganizationTreeMoveOrganizationMutation = { moveOrganization: { id: string, parent: { id: string } | null, ancestors: Array<{ id: string }>, tenant: { id: string } } };

export type OrganizationTreeOrganization3QueryVariables = Exact<{
  id: string;
  before: string;
}>;


export type OrganizationTreeOrganization3Query = { organization: { history: Array<{ kind: OrganizationChangeKind, status: OrganizationChangeStatus, fromParent: { id: string } | null, toParent: { id: string } | null }>, parentAt: { id: string } | null } | null };

export type OrganizationTreeOrganization4QueryVariables = Exact<{
  id: string;
}>;


export type OrganizationTreeOrganization4Query = { organization: { children: { edges: Array<{ node: { ancestors: Array<{ id: string }> } }> } } | null };

export type OrganizationTreeMoveOrganization2MutationVariables = Exact<{
  id: string;
  to: string;
  at: string;
}>;


export type OrganizationTreeMoveOrganization2Mutation = { moveOrganization: { parent: { id: string } | null, history: Array<{ kind: OrganizationChangeKind, status: OrganizationChangeStatus }> } };

export type OrganizationTreeOrganization5QueryVariables = Exact<{
  id: string;
}>;


export type OrganizationTreeOrganization5Query = { organization: { parent: { id: string } | null } | null };

export type OrganizationTreeOrganization6QueryVariables = Exact<{
  id: string;
}>;


export type OrganizationTreeOrganization6Query = { organization: { history: Array<{ kind: OrganizationChangeKind, status: OrganizationChangeStatus }> } | null };

export type OrganizationTreeOrganization7QueryVariables = Exact<{
  id: string;
}>;


export type OrganizationTreeOrganization7Query = { organization: { parent: { name: string } | null } | null };

export type OrganizationTreeMergeOrganizationsMutationVariables = Exact<{
  s: Array<string> | string;
  t: string;
  at: string;
}>;


export type OrganizationTreeMergeOrganizationsMutation = { mergeOrganizations: { id: string, predecessors: Array<{ id: string }>, children: { edges: Array<{ node: { id: string } }> } } };

export type OrganizationTreeOrganization8QueryVariables = Exact<{
  id: string;
}>;


export type OrganizationTreeOrganization8Query = { organization: { dissolvedAt: string | null, mergedInto: { id: string } | null, ancestors: Array<{ id: string }>, history: Array<{ kind: OrganizationChangeKind }> } | null };

export type PhaseReviewsYearlyStatisticsQueryVariables = Exact<{
  o: string;
  y: number;
}>;


export type PhaseReviewsYearlyStatisticsQuery = { yearlyStatistics: { campaigns: { own: { annual: number, thematic: number, phase: number, total: number } }, distinctions: Array<{ distinction: { code: string }, recognized: { individuals: number } }> } | null };

export type PhaseReviewsCampaignQueryVariables = Exact<{
  id: string;
}>;


export type PhaseReviewsCampaignQuery = { campaign: { children: Array<{ id: string }> } | null };

export type PhaseReviewsPersonQueryVariables = Exact<{
  id: string;
}>;


export type PhaseReviewsPersonQuery = { person: { distinctions: Array<{ year: number, decisionNumber: string | null, source: RecordSource, distinction: { code: string }, nomination: { id: string } | null }> } | null };

export type ReportsOrgReportQueryVariables = Exact<{
  o: string;
  c: string;
}>;


export type ReportsOrgReportQuery = { orgReport: { organization: { id: string }, campaign: { id: string }, totals: { registered: number, proposed: number, underReview: number, councilApproved: number, councilRejected: number, recognized: number, escalated: number, collectives: number, individuals: number }, byDistinction: Array<{ count: number, distinction: { code: string } }>, children: Array<{ organization: { id: string, name: string }, totals: { registered: number, proposed: number, escalated: number, collectives: number, individuals: number } }> } | null };

export type ReportsOrganizationQueryVariables = Exact<{
  id: string;
  c: string;
}>;


export type ReportsOrganizationQuery = { organization: { name: string, report: { totals: { registered: number } } | null } | null };

export type ReportsOrgReport2QueryVariables = Exact<{
  o: string;
  c: string;
}>;


export type ReportsOrgReport2Query = { orgReport: { campaign: { title: string }, totals: { registered: number } } | null };

export type ReportsSubmissionComplianceQueryVariables = Exact<{
  o: string;
  c: string;
}>;


export type ReportsSubmissionComplianceQuery = { submissionCompliance: Array<{ registered: number, proposed: number, quotaMin: number | null, quotaMax: number | null, onTime: boolean, withinQuota: boolean, organization: { id: string } }> };

export type RollupsPropertyRegisterNominationMutationVariables = Exact<{
  i: RegisterNominationInput;
}>;


export type RollupsPropertyRegisterNominationMutation = { registerNomination: { id: string, stage: NominationStage } };

export type RollupsPropertyEscalateMutationVariables = Exact<{
  id: string;
  to: string;
}>;


export type RollupsPropertyEscalateMutation = { escalateNomination: { id: string, stage: NominationStage } };

export type SubscriptionOrganizationChangedSubscriptionVariables = Exact<{
  id: string;
}>;


export type SubscriptionOrganizationChangedSubscription = { organizationChanged: { kind: OrganizationChangeKind, at: string, organization: { id: string, name: string, parent: { id: string } | null } } };

export type VotingDashboardsVotingSessionQueryVariables = Exact<{
  id: string;
}>;


export type VotingDashboardsVotingSessionQuery = { votingSession: { id: string, status: VotingStatus, eligibleVoters: number, ballotsCast: number } | null };

export type VotingDashboardsVotingProgressSubscriptionVariables = Exact<{
  id: string;
}>;


export type VotingDashboardsVotingProgressSubscription = { votingProgress: { sessionId: string, status: VotingStatus, ballotsCast: number, eligibleVoters: number, results: Array<{ passed: boolean, nomination: { id: string } }> | null } };

export type VotingDashboardsOpenVotingSessionMutationVariables = Exact<{
  id: string;
}>;


export type VotingDashboardsOpenVotingSessionMutation = { openVotingSession: { status: VotingStatus, nominations: Array<{ id: string, stage: NominationStage }> } };

export type VotingDashboardsCloseVotingSessionMutationVariables = Exact<{
  id: string;
}>;


export type VotingDashboardsCloseVotingSessionMutation = { closeVotingSession: { status: VotingStatus, nominations: Array<{ id: string, stage: NominationStage }> } };

export type VotingSessionQueryVariables = Exact<{
  id: string;
}>;


export type VotingSessionQuery = { votingSession: { id: string, title: string, status: VotingStatus, ballotsCast: number, eligibleVoters: number, outcomeNote: string | null, base: VoteBase, threshold: { numerator: number, denominator: number }, quorum: { numerator: number, denominator: number }, council: { id: string, name: string }, nominations: Array<{ id: string, stage: NominationStage }>, results: Array<{ approve: number, reject: number, abstain: number, passed: boolean, nomination: { id: string } }> | null } | null };

export type VotingVotingProgressSubscriptionVariables = Exact<{
  id: string;
}>;


export type VotingVotingProgressSubscription = { votingProgress: { sessionId: string, status: VotingStatus, ballotsCast: number, eligibleVoters: number, results: Array<{ approve: number, passed: boolean, nomination: { id: string } }> | null } };

export type VotingOpenVotingSessionMutationVariables = Exact<{
  id: string;
}>;


export type VotingOpenVotingSessionMutation = { openVotingSession: { status: VotingStatus, eligibleVoters: number } };

export type VotingCloseWithFieldsMutationVariables = Exact<{
  id: string;
}>;


export type VotingCloseWithFieldsMutation = { closeVotingSession: { id: string, title: string, status: VotingStatus, ballotsCast: number, eligibleVoters: number, outcomeNote: string | null, base: VoteBase, threshold: { numerator: number, denominator: number }, quorum: { numerator: number, denominator: number }, council: { id: string, name: string }, nominations: Array<{ id: string, stage: NominationStage }>, results: Array<{ approve: number, reject: number, abstain: number, passed: boolean, nomination: { id: string } }> | null } };

export type VotingVotingSessionQueryVariables = Exact<{
  id: string;
}>;


export type VotingVotingSessionQuery = { votingSession: { ballotsCast: number } | null };

export type VotingCloseVotingSessionMutationVariables = Exact<{
  id: string;
}>;


export type VotingCloseVotingSessionMutation = { closeVotingSession: { ballotsCast: number, outcomeNote: string | null, results: Array<{ approve: number, passed: boolean }> | null } };

export type VotingCreateVotingSessionMutationVariables = Exact<{
  input: CreateVotingSessionInput;
}>;


export type VotingCreateVotingSessionMutation = { createVotingSession: { base: VoteBase, comparison: VoteComparison, ruleSource: string | null, threshold: { numerator: number, denominator: number }, quorum: { numerator: number, denominator: number } } };

export type WebAppOrgReportQueryVariables = Exact<{
  o: string;
  c: string;
}>;


export type WebAppOrgReportQuery = { orgReport: { totals: { registered: number, proposed: number, underReview: number, councilApproved: number, councilRejected: number, recognized: number, escalated: number, collectives: number, individuals: number }, children: Array<{ organization: { id: string }, totals: { registered: number } }> } | null };

export type WebExemplarsReplicationReportQueryVariables = Exact<{
  o: string;
  y: number;
}>;


export type WebExemplarsReplicationReportQuery = { replicationReport: { totals: { exemplars: number, evaluationsOnTime: number, evaluationsOverdue: number, adoptionsGiven: number, adoptionsTaken: number }, children: Array<{ exemplars: number, evaluationsOnTime: number, evaluationsOverdue: number, adoptionsGiven: number, adoptionsTaken: number, organization: { id: string } }> } | null };

export type WebExemplarsImportDistinctionRecordsMutationVariables = Exact<{
  format: ImportFormat;
  content: string;
}>;


export type WebExemplarsImportDistinctionRecordsMutation = { importDistinctionRecords: { created: number } };

export type WebExemplarsInitiativeQueryVariables = Exact<{
  id: string;
}>;


export type WebExemplarsInitiativeQuery = { initiative: { status: InitiativeStatus, year: number, authors: Array<{ id: string }>, progress: Array<{ text: string, by: string }>, organization: { id: string }, nomination: { stage: NominationStage, distinction: { code: string }, nominee:
        | { id: string }
        | Record<PropertyKey, never>
       } | null } | null };

export type YearlyStatisticsYearlyStatisticsQueryVariables = Exact<{
  o: string;
  y: number;
}>;


export type YearlyStatisticsYearlyStatisticsQuery = { yearlyStatistics: { year: number, organization: { id: string }, campaigns: { own: { annual: number, thematic: number, phase: number, total: number }, below: { annual: number, thematic: number, phase: number, total: number }, above: { annual: number, thematic: number, phase: number, total: number } }, distinctions: Array<{ distinction: { code: string }, registered: { collectives: number, individuals: number }, proposed: { collectives: number, individuals: number }, recognized: { collectives: number, individuals: number } }> } | null };

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
export const InitiativeFieldsFragmentDoc = new TypedDocumentString(`
    fragment InitiativeFields on Initiative {
  id
  title
  field
  year
  status
  reach
  organization {
    id
  }
  authors {
    id
    fullName
  }
  progress {
    by
    text
    at
  }
  nomination {
    id
    stage
    distinction {
      code
    }
    nominee {
      ... on Person {
        id
      }
    }
  }
}
    `, {"fragmentName":"InitiativeFields"}) as unknown as TypedDocumentString<InitiativeFieldsFragment, unknown>;
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
export const BenchPeoplePageDocument = new TypedDocumentString(`
    query BenchPeoplePage($id: ID!, $a: String) {
  organization(id: $id) {
    people(first: 100, after: $a) {
      edges {
        node {
          id
          account
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BenchPeoplePageQuery, BenchPeoplePageQueryVariables>;
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
export const FailBallotSecrecyCloseVotingSessionDocument = new TypedDocumentString(`
    mutation FailBallotSecrecyCloseVotingSession($id: ID!) {
  closeVotingSession(id: $id) {
    results {
      approve
      reject
      abstain
    }
  }
}
    `) as unknown as TypedDocumentString<FailBallotSecrecyCloseVotingSessionMutation, FailBallotSecrecyCloseVotingSessionMutationVariables>;
export const FailCampaignIsolationOpenCampaignDocument = new TypedDocumentString(`
    mutation FailCampaignIsolationOpenCampaign($id: ID!) {
  openCampaign(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<FailCampaignIsolationOpenCampaignMutation, FailCampaignIsolationOpenCampaignMutationVariables>;
export const FailCampaignIsolationCampaignsDocument = new TypedDocumentString(`
    query FailCampaignIsolationCampaigns($id: ID!, $applying: Boolean) {
  campaigns(organizationId: $id, applying: $applying, first: 100) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailCampaignIsolationCampaignsQuery, FailCampaignIsolationCampaignsQueryVariables>;
export const FailCampaignIsolationOrganizationDocument = new TypedDocumentString(`
    query FailCampaignIsolationOrganization($id: ID!) {
  organization(id: $id) {
    campaigns {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<FailCampaignIsolationOrganizationQuery, FailCampaignIsolationOrganizationQueryVariables>;
export const FailEverydayOperationsUpdateCampaignDocument = new TypedDocumentString(`
    mutation FailEverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    id
    title
    proposalDeadline
    history {
      from
      to
      change
    }
  }
}
    `) as unknown as TypedDocumentString<FailEverydayOperationsUpdateCampaignMutation, FailEverydayOperationsUpdateCampaignMutationVariables>;
export const FailEverydayOperationsCampaignDocument = new TypedDocumentString(`
    query FailEverydayOperationsCampaign($id: ID!) {
  campaign(id: $id) {
    title
    proposalDeadline
    escalationDeadline
    history {
      change
    }
  }
}
    `) as unknown as TypedDocumentString<FailEverydayOperationsCampaignQuery, FailEverydayOperationsCampaignQueryVariables>;
export const FailEverydayOperationsAddCouncilMemberDocument = new TypedDocumentString(`
    mutation FailEverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) {
  addCouncilMember(councilId: $c, member: $m) {
    id
    members {
      person {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailEverydayOperationsAddCouncilMemberMutation, FailEverydayOperationsAddCouncilMemberMutationVariables>;
export const FailEverydayOperationsCouncilDocument = new TypedDocumentString(`
    query FailEverydayOperationsCouncil($id: ID!) {
  council(id: $id) {
    members {
      person {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailEverydayOperationsCouncilQuery, FailEverydayOperationsCouncilQueryVariables>;
export const FailFosteringIsolationCompleteFosteringActionDocument = new TypedDocumentString(`
    mutation FailFosteringIsolationCompleteFosteringAction($id: ID!) {
  completeFosteringAction(id: $id) {
    id
    doneAt
  }
}
    `) as unknown as TypedDocumentString<FailFosteringIsolationCompleteFosteringActionMutation, FailFosteringIsolationCompleteFosteringActionMutationVariables>;
export const FailFosteringIsolationEvaluationsDueDocument = new TypedDocumentString(`
    query FailFosteringIsolationEvaluationsDue($o: ID!, $b: DateTime!) {
  evaluationsDue(organizationId: $o, before: $b) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailFosteringIsolationEvaluationsDueQuery, FailFosteringIsolationEvaluationsDueQueryVariables>;
export const FailFosteringIsolationOrganizationDocument = new TypedDocumentString(`
    query FailFosteringIsolationOrganization($o: ID!) {
  organization(id: $o) {
    exemplars {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailFosteringIsolationOrganizationQuery, FailFosteringIsolationOrganizationQueryVariables>;
export const FailFosteringIsolationReplicationReportDocument = new TypedDocumentString(`
    query FailFosteringIsolationReplicationReport($o: ID!, $y: Int!) {
  replicationReport(organizationId: $o, year: $y) {
    totals {
      exemplars
    }
  }
}
    `) as unknown as TypedDocumentString<FailFosteringIsolationReplicationReportQuery, FailFosteringIsolationReplicationReportQueryVariables>;
export const FailFosteringIsolationNominationDocument = new TypedDocumentString(`
    query FailFosteringIsolationNomination($id: ID!) {
  nomination(id: $id) {
    exemplar {
      id
      title
      plan {
        goals
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailFosteringIsolationNominationQuery, FailFosteringIsolationNominationQueryVariables>;
export const FailFosteringIsolationExemplarsDocument = new TypedDocumentString(`
    query FailFosteringIsolationExemplars($o: ID!) {
  exemplars(organizationId: $o) {
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
    `) as unknown as TypedDocumentString<FailFosteringIsolationExemplarsQuery, FailFosteringIsolationExemplarsQueryVariables>;
export const FailImportsImportOrganizationsDocument = new TypedDocumentString(`
    mutation FailImportsImportOrganizations($format: ImportFormat!, $content: String!) {
  importOrganizations(format: $format, content: $content) {
    created
    updated
    errors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FailImportsImportOrganizationsMutation, FailImportsImportOrganizationsMutationVariables>;
export const FailImportsImportPeopleDocument = new TypedDocumentString(`
    mutation FailImportsImportPeople($format: ImportFormat!, $content: String!) {
  importPeople(format: $format, content: $content) {
    created
    updated
    errors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FailImportsImportPeopleMutation, FailImportsImportPeopleMutationVariables>;
export const FailImportsOrganizationByCodeDocument = new TypedDocumentString(`
    query FailImportsOrganizationByCode($code: String!) {
  organizationByCode(code: $code) {
    id
    name
    parent {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FailImportsOrganizationByCodeQuery, FailImportsOrganizationByCodeQueryVariables>;
export const FailImportsOrganizationDocument = new TypedDocumentString(`
    query FailImportsOrganization($id: ID!) {
  organization(id: $id) {
    people(search: "pham van duc") {
      totalCount
      edges {
        node {
          fullName
          governmentPosition
          partyPosition
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailImportsOrganizationQuery, FailImportsOrganizationQueryVariables>;
export const FailImportsOrganization2Document = new TypedDocumentString(`
    query FailImportsOrganization2($id: ID!) {
  organization(id: $id) {
    people {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<FailImportsOrganization2Query, FailImportsOrganization2QueryVariables>;
export const FailNominationIsolationOrganizationDocument = new TypedDocumentString(`
    query FailNominationIsolationOrganization($id: ID!) {
  organization(id: $id) {
    nominations {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<FailNominationIsolationOrganizationQuery, FailNominationIsolationOrganizationQueryVariables>;
export const FailSharedInflightOrganizationDocument = new TypedDocumentString(`
    query FailSharedInflightOrganization($id: ID!) {
  organization(id: $id) {
    people(first: 5) {
      totalCount
      edges {
        node {
          fullName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailSharedInflightOrganizationQuery, FailSharedInflightOrganizationQueryVariables>;
export const FailStaleIdentityOrganizationDocument = new TypedDocumentString(`
    query FailStaleIdentityOrganization($id: ID!) {
  organization(id: $id) {
    people(first: 5) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<FailStaleIdentityOrganizationQuery, FailStaleIdentityOrganizationQueryVariables>;
export const FailStaleIdentityOrganization2Document = new TypedDocumentString(`
    query FailStaleIdentityOrganization2($id: ID!) {
  organization(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailStaleIdentityOrganization2Query, FailStaleIdentityOrganization2QueryVariables>;
export const FailTenantIsolationPersonDocument = new TypedDocumentString(`
    query FailTenantIsolationPerson($id: ID!) {
  person(id: $id) {
    id
    fullName
    partyPosition
    governmentPosition
    organization {
      id
    }
    leads {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FailTenantIsolationPersonQuery, FailTenantIsolationPersonQueryVariables>;
export const FailTenantIsolationCreatePersonDocument = new TypedDocumentString(`
    mutation FailTenantIsolationCreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<FailTenantIsolationCreatePersonMutation, FailTenantIsolationCreatePersonMutationVariables>;
export const FailTenantIsolationOrganizationDocument = new TypedDocumentString(`
    query FailTenantIsolationOrganization($id: ID!) {
  organization(id: $id) {
    name
    people {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FailTenantIsolationOrganizationQuery, FailTenantIsolationOrganizationQueryVariables>;
export const FailTenantIsolationOrganization2Document = new TypedDocumentString(`
    query FailTenantIsolationOrganization2($id: ID!) {
  organization(id: $id) {
    people {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<FailTenantIsolationOrganization2Query, FailTenantIsolationOrganization2QueryVariables>;
export const FailTenantIsolationMeDocument = new TypedDocumentString(`
    query FailTenantIsolationMe {
  me {
    subject
    isPlatformAdmin
    person {
      id
    }
    grants {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<FailTenantIsolationMeQuery, FailTenantIsolationMeQueryVariables>;
export const FailTenantIsolationOrganization3Document = new TypedDocumentString(`
    query FailTenantIsolationOrganization3($id: ID!) {
  organization(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<FailTenantIsolationOrganization3Query, FailTenantIsolationOrganization3QueryVariables>;
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
export const CampaignsOpenCampaignDocument = new TypedDocumentString(`
    mutation CampaignsOpenCampaign($id: ID!) {
  openCampaign(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<CampaignsOpenCampaignMutation, CampaignsOpenCampaignMutationVariables>;
export const CampaignsCampaignDocument = new TypedDocumentString(`
    query CampaignsCampaign($id: ID!) {
  campaign(id: $id) {
    title
    children {
      title
      parent {
        title
      }
      children {
        title
        parent {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignsCampaignQuery, CampaignsCampaignQueryVariables>;
export const CampaignsCampaignsDocument = new TypedDocumentString(`
    query CampaignsCampaigns($id: ID!) {
  campaigns(organizationId: $id, applying: true, first: 50) {
    totalCount
    edges {
      node {
        title
        status
        organization {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignsCampaignsQuery, CampaignsCampaignsQueryVariables>;
export const CampaignsOrganizationDocument = new TypedDocumentString(`
    query CampaignsOrganization($id: ID!) {
  organization(id: $id) {
    name
    campaigns(first: 10) {
      totalCount
      edges {
        node {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignsOrganizationQuery, CampaignsOrganizationQueryVariables>;
export const CampaignsCampaigns2Document = new TypedDocumentString(`
    query CampaignsCampaigns2($id: ID!, $q: String) {
  campaigns(organizationId: $id, search: $q, first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CampaignsCampaigns2Query, CampaignsCampaigns2QueryVariables>;
export const EmulationGroupsCreateEmulationGroupDocument = new TypedDocumentString(`
    mutation EmulationGroupsCreateEmulationGroup($input: CreateEmulationGroupInput!) {
  createEmulationGroup(input: $input) {
    id
    name
    kind
    owner {
      id
    }
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EmulationGroupsCreateEmulationGroupMutation, EmulationGroupsCreateEmulationGroupMutationVariables>;
export const EmulationGroupsEmulationGroupsDocument = new TypedDocumentString(`
    query EmulationGroupsEmulationGroups($id: ID!) {
  emulationGroups(ownerId: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<EmulationGroupsEmulationGroupsQuery, EmulationGroupsEmulationGroupsQueryVariables>;
export const EverydayOperationsPersonDocument = new TypedDocumentString(`
    query EverydayOperationsPerson($id: ID!) {
  person(id: $id) {
    id
    fullName
    partyPosition
    governmentPosition
    account
    active
    leftAt
    leads {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsPersonQuery, EverydayOperationsPersonQueryVariables>;
export const EverydayOperationsUpdatePersonDocument = new TypedDocumentString(`
    mutation EverydayOperationsUpdatePerson($id: ID!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, input: $input) {
    id
    fullName
    partyPosition
    governmentPosition
    account
    active
    leads {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsUpdatePersonMutation, EverydayOperationsUpdatePersonMutationVariables>;
export const EverydayOperationsDeactivatePersonDocument = new TypedDocumentString(`
    mutation EverydayOperationsDeactivatePerson($id: ID!, $at: DateTime!) {
  deactivatePerson(id: $id, leftAt: $at) {
    id
    active
    leftAt
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsDeactivatePersonMutation, EverydayOperationsDeactivatePersonMutationVariables>;
export const EverydayOperationsImportPeopleDocument = new TypedDocumentString(`
    mutation EverydayOperationsImportPeople($format: ImportFormat!, $content: String!) {
  importPeople(format: $format, content: $content) {
    created
    updated
    errors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsImportPeopleMutation, EverydayOperationsImportPeopleMutationVariables>;
export const EverydayOperationsUpdateCampaignDocument = new TypedDocumentString(`
    mutation EverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) {
  updateCampaign(id: $id, input: $input) {
    id
    title
    status
    registrationDeadline
    proposalDeadline
    escalationDeadline
    distinctions {
      code
    }
    criteria {
      id
      target
      text
    }
    quotas {
      organization {
        id
      }
      min
      max
    }
    history {
      from
      to
      by
      change
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsUpdateCampaignMutation, EverydayOperationsUpdateCampaignMutationVariables>;
export const EverydayOperationsNominationDocument = new TypedDocumentString(`
    query EverydayOperationsNomination($id: ID!) {
  nomination(id: $id) {
    stage
    nominee {
      ... on Person {
        id
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsNominationQuery, EverydayOperationsNominationQueryVariables>;
export const EverydayOperationsOrganizationDocument = new TypedDocumentString(`
    query EverydayOperationsOrganization($id: ID!) {
  organization(id: $id) {
    people(search: "le van cuong") {
      edges {
        node {
          id
          active
          leftAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsOrganizationQuery, EverydayOperationsOrganizationQueryVariables>;
export const EverydayOperationsUpdateEmulationGroupDocument = new TypedDocumentString(`
    mutation EverydayOperationsUpdateEmulationGroup($id: ID!, $name: String, $m: [ID!]) {
  updateEmulationGroup(id: $id, name: $name, memberIds: $m) {
    id
    name
    kind
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsUpdateEmulationGroupMutation, EverydayOperationsUpdateEmulationGroupMutationVariables>;
export const EverydayOperationsUpdateEmulationGroup2Document = new TypedDocumentString(`
    mutation EverydayOperationsUpdateEmulationGroup2($id: ID!) {
  updateEmulationGroup(id: $id, name: "Khối liên cấp") {
    name
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsUpdateEmulationGroup2Mutation, EverydayOperationsUpdateEmulationGroup2MutationVariables>;
export const EverydayOperationsVotingSessionDocument = new TypedDocumentString(`
    query EverydayOperationsVotingSession($id: ID!) {
  votingSession(id: $id) {
    status
    eligibleVoters
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsVotingSessionQuery, EverydayOperationsVotingSessionQueryVariables>;
export const EverydayOperationsAddCouncilMemberDocument = new TypedDocumentString(`
    mutation EverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) {
  addCouncilMember(councilId: $c, member: $m) {
    id
    members {
      person {
        id
      }
      role
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsAddCouncilMemberMutation, EverydayOperationsAddCouncilMemberMutationVariables>;
export const EverydayOperationsCouncilsDocument = new TypedDocumentString(`
    query EverydayOperationsCouncils($o: ID!, $first: Int, $after: String) {
  councils(organizationId: $o, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        kind
        organization {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsCouncilsQuery, EverydayOperationsCouncilsQueryVariables>;
export const EverydayOperationsVotingSessionsDocument = new TypedDocumentString(`
    query EverydayOperationsVotingSessions($c: ID!, $first: Int, $after: String) {
  votingSessions(councilId: $c, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        eligibleVoters
        council {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EverydayOperationsVotingSessionsQuery, EverydayOperationsVotingSessionsQueryVariables>;
export const ExemplarsExemplarsDocument = new TypedDocumentString(`
    query ExemplarsExemplars($o: ID!) {
  exemplars(organizationId: $o) {
    totalCount
    edges {
      node {
        nomineeName
        year
        decisionNumber
        distinction {
          code
          nameVi
        }
        dossier {
          summary
          evidence {
            text
          }
          attachments {
            name
          }
        }
        history {
          to
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExemplarsExemplarsQuery, ExemplarsExemplarsQueryVariables>;
export const ExemplarsExemplars2Document = new TypedDocumentString(`
    query ExemplarsExemplars2($o: ID!) {
  exemplars(organizationId: $o) {
    edges {
      node {
        nominee {
          ... on Person {
            governmentPosition
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExemplarsExemplars2Query, ExemplarsExemplars2QueryVariables>;
export const InitiativesRegisterDocument = new TypedDocumentString(`
    mutation InitiativesRegister($i: RegisterInitiativeInput!) {
  registerInitiative(input: $i) {
    ...InitiativeFields
  }
}
    fragment InitiativeFields on Initiative {
  id
  title
  field
  year
  status
  reach
  organization {
    id
  }
  authors {
    id
    fullName
  }
  progress {
    by
    text
    at
  }
  nomination {
    id
    stage
    distinction {
      code
    }
    nominee {
      ... on Person {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<InitiativesRegisterMutation, InitiativesRegisterMutationVariables>;
export const InitiativesReadDocument = new TypedDocumentString(`
    query InitiativesRead($id: ID!) {
  initiative(id: $id) {
    ...InitiativeFields
  }
}
    fragment InitiativeFields on Initiative {
  id
  title
  field
  year
  status
  reach
  organization {
    id
  }
  authors {
    id
    fullName
  }
  progress {
    by
    text
    at
  }
  nomination {
    id
    stage
    distinction {
      code
    }
    nominee {
      ... on Person {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<InitiativesReadQuery, InitiativesReadQueryVariables>;
export const InitiativesProgressDocument = new TypedDocumentString(`
    mutation InitiativesProgress($id: ID!, $t: String!) {
  reportInitiativeProgress(id: $id, text: $t) {
    ...InitiativeFields
  }
}
    fragment InitiativeFields on Initiative {
  id
  title
  field
  year
  status
  reach
  organization {
    id
  }
  authors {
    id
    fullName
  }
  progress {
    by
    text
    at
  }
  nomination {
    id
    stage
    distinction {
      code
    }
    nominee {
      ... on Person {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<InitiativesProgressMutation, InitiativesProgressMutationVariables>;
export const InitiativesSubmitDocument = new TypedDocumentString(`
    mutation InitiativesSubmit($id: ID!, $c: ID!, $s: String!) {
  submitInitiative(id: $id, campaignId: $c, summary: $s) {
    ...InitiativeFields
  }
}
    fragment InitiativeFields on Initiative {
  id
  title
  field
  year
  status
  reach
  organization {
    id
  }
  authors {
    id
    fullName
  }
  progress {
    by
    text
    at
  }
  nomination {
    id
    stage
    distinction {
      code
    }
    nominee {
      ... on Person {
        id
      }
    }
  }
}`) as unknown as TypedDocumentString<InitiativesSubmitMutation, InitiativesSubmitMutationVariables>;
export const FosteringInitiativesSetInitiativeReachDocument = new TypedDocumentString(`
    mutation FosteringInitiativesSetInitiativeReach($id: ID!, $r: InitiativeReach!, $n: String!) {
  setInitiativeReach(id: $id, reach: $r, decisionNumber: $n) {
    status
    reach
  }
}
    `) as unknown as TypedDocumentString<FosteringInitiativesSetInitiativeReachMutation, FosteringInitiativesSetInitiativeReachMutationVariables>;
export const FosteringInitiativesImportDistinctionRecordsDocument = new TypedDocumentString(`
    mutation FosteringInitiativesImportDistinctionRecords($format: ImportFormat!, $content: String!) {
  importDistinctionRecords(format: $format, content: $content) {
    created
    errors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FosteringInitiativesImportDistinctionRecordsMutation, FosteringInitiativesImportDistinctionRecordsMutationVariables>;
export const FosteringInitiativesExemplarDocument = new TypedDocumentString(`
    query FosteringInitiativesExemplar($id: ID!) {
  exemplar(id: $id) {
    pathway {
      distinction {
        code
      }
      eligible
      missing
    }
  }
}
    `) as unknown as TypedDocumentString<FosteringInitiativesExemplarQuery, FosteringInitiativesExemplarQueryVariables>;
export const FosteringInitiativesOrganizationDocument = new TypedDocumentString(`
    query FosteringInitiativesOrganization($o: ID!, $y: Int) {
  organization(id: $o) {
    initiatives(year: $y) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FosteringInitiativesOrganizationQuery, FosteringInitiativesOrganizationQueryVariables>;
export const FosteringInitiativesOrganization2Document = new TypedDocumentString(`
    query FosteringInitiativesOrganization2($o: ID!, $y: Int) {
  organization(id: $o) {
    initiatives(year: $y) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<FosteringInitiativesOrganization2Query, FosteringInitiativesOrganization2QueryVariables>;
export const FosteringReplicationReportDocument = new TypedDocumentString(`
    query FosteringReplicationReport($o: ID!, $y: Int!) {
  replicationReport(organizationId: $o, year: $y) {
    year
    organization {
      id
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
    `) as unknown as TypedDocumentString<FosteringReplicationReportQuery, FosteringReplicationReportQueryVariables>;
export const FosteringEvaluationsDueDocument = new TypedDocumentString(`
    query FosteringEvaluationsDue($o: ID!, $b: DateTime!) {
  evaluationsDue(organizationId: $o, before: $b) {
    id
    nextEvaluationDue
  }
}
    `) as unknown as TypedDocumentString<FosteringEvaluationsDueQuery, FosteringEvaluationsDueQueryVariables>;
export const FosteringImportDistinctionRecordsDocument = new TypedDocumentString(`
    mutation FosteringImportDistinctionRecords($format: ImportFormat!, $content: String!) {
  importDistinctionRecords(format: $format, content: $content) {
    created
    errors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FosteringImportDistinctionRecordsMutation, FosteringImportDistinctionRecordsMutationVariables>;
export const FosteringExemplarsDocument = new TypedDocumentString(`
    query FosteringExemplars($o: ID!) {
  exemplars(organizationId: $o) {
    edges {
      node {
        id
        exemplar {
          id
          title
          published
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FosteringExemplarsQuery, FosteringExemplarsQueryVariables>;
export const FosteringExemplarDocument = new TypedDocumentString(`
    query FosteringExemplar($id: ID!) {
  exemplar(id: $id) {
    pathway {
      distinction {
        code
        nameVi
      }
      eligible
      missing
      earliestYear
    }
  }
}
    `) as unknown as TypedDocumentString<FosteringExemplarQuery, FosteringExemplarQueryVariables>;
export const MassOrganizationsEscalationRegisterNominationDocument = new TypedDocumentString(`
    mutation MassOrganizationsEscalationRegisterNomination($input: RegisterNominationInput!) {
  registerNomination(input: $input) {
    id
    stage
    year
    nomineeName
    submittingOrganization {
      id
    }
    campaign {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MassOrganizationsEscalationRegisterNominationMutation, MassOrganizationsEscalationRegisterNominationMutationVariables>;
export const MassOrganizationsEscalationEscalateNominationDocument = new TypedDocumentString(`
    mutation MassOrganizationsEscalationEscalateNomination($id: ID!, $to: ID!, $code: String) {
  escalateNomination(id: $id, toCampaignId: $to, distinctionCode: $code) {
    id
    stage
    year
    distinction {
      code
      level
    }
    campaign {
      id
    }
    escalatedFrom {
      id
      stage
    }
    submittingOrganization {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MassOrganizationsEscalationEscalateNominationMutation, MassOrganizationsEscalationEscalateNominationMutationVariables>;
export const MassOrganizationsEscalationOrganizationDocument = new TypedDocumentString(`
    query MassOrganizationsEscalationOrganization($id: ID!, $c: ID) {
  organization(id: $id) {
    nominations(campaignId: $c) {
      totalCount
      edges {
        node {
          nominee {
            ... on Person {
              id
            }
          }
          submittingOrganization {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MassOrganizationsEscalationOrganizationQuery, MassOrganizationsEscalationOrganizationQueryVariables>;
export const MassOrganizationsEscalationCampaignsDocument = new TypedDocumentString(`
    query MassOrganizationsEscalationCampaigns($o: ID!) {
  campaigns(organizationId: $o, applying: true) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MassOrganizationsEscalationCampaignsQuery, MassOrganizationsEscalationCampaignsQueryVariables>;
export const MassOrganizationsEscalationCampaigns2Document = new TypedDocumentString(`
    query MassOrganizationsEscalationCampaigns2($o: ID!) {
  campaigns(organizationId: $o, applying: true) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MassOrganizationsEscalationCampaigns2Query, MassOrganizationsEscalationCampaigns2QueryVariables>;
export const NominationExportsPeoplePageDocument = new TypedDocumentString(`
    query NominationExportsPeoplePage($id: ID!, $after: String) {
  organization(id: $id) {
    people(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationExportsPeoplePageQuery, NominationExportsPeoplePageQueryVariables>;
export const NominationsProposeNominationDocument = new TypedDocumentString(`
    mutation NominationsProposeNomination($id: ID!, $d: DossierInput!) {
  proposeNomination(id: $id, dossier: $d) {
    stage
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
  }
}
    `) as unknown as TypedDocumentString<NominationsProposeNominationMutation, NominationsProposeNominationMutationVariables>;
export const NominationsEscalateNomination3Document = new TypedDocumentString(`
    mutation NominationsEscalateNomination3($id: ID!, $to: ID!) {
  escalateNomination(id: $id, toCampaignId: $to) {
    id
    stage
    campaign {
      id
    }
    submittingOrganization {
      id
    }
    escalatedFrom {
      id
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsEscalateNomination3Mutation, NominationsEscalateNomination3MutationVariables>;
export const NominationsPersonDocument = new TypedDocumentString(`
    query NominationsPerson($id: ID!) {
  person(id: $id) {
    fullName
    distinctions {
      year
      source
      decisionNumber
      distinction {
        code
      }
      nomination {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsPersonQuery, NominationsPersonQueryVariables>;
export const NominationsEscalateNominationDocument = new TypedDocumentString(`
    mutation NominationsEscalateNomination($id: ID!, $to: ID!) {
  escalateNomination(id: $id, toCampaignId: $to) {
    stage
  }
}
    `) as unknown as TypedDocumentString<NominationsEscalateNominationMutation, NominationsEscalateNominationMutationVariables>;
export const NominationsReturnNominationDocument = new TypedDocumentString(`
    mutation NominationsReturnNomination($id: ID!) {
  returnNomination(id: $id, reason: "Bổ sung minh chứng") {
    stage
    history {
      to
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsReturnNominationMutation, NominationsReturnNominationMutationVariables>;
export const NominationsEscalateNomination2Document = new TypedDocumentString(`
    mutation NominationsEscalateNomination2($id: ID!, $to: ID!) {
  escalateNomination(id: $id, toCampaignId: $to) {
    id
    campaign {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsEscalateNomination2Mutation, NominationsEscalateNomination2MutationVariables>;
export const NominationsNominationsDocument = new TypedDocumentString(`
    query NominationsNominations($c: ID!, $q: String) {
  nominations(campaignId: $c, search: $q, first: 50) {
    totalCount
    edges {
      node {
        nomineeName
        stage
        nominee {
          ... on Person {
            fullName
          }
        }
        submittingOrganization {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsNominationsQuery, NominationsNominationsQueryVariables>;
export const NominationsOrganizationDocument = new TypedDocumentString(`
    query NominationsOrganization($id: ID!) {
  organization(id: $id) {
    nominations(stage: RECOGNIZED, first: 50) {
      totalCount
      edges {
        node {
          stage
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsOrganizationQuery, NominationsOrganizationQueryVariables>;
export const NominationsNominations2Document = new TypedDocumentString(`
    query NominationsNominations2($c: ID!) {
  nominations(campaignId: $c, first: 2) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsNominations2Query, NominationsNominations2QueryVariables>;
export const NominationsNominations3Document = new TypedDocumentString(`
    query NominationsNominations3($c: ID!) {
  nominations(campaignId: $c, first: 1) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsNominations3Query, NominationsNominations3QueryVariables>;
export const NominationsNominations4Document = new TypedDocumentString(`
    query NominationsNominations4($c: ID!, $a: String) {
  nominations(campaignId: $c, first: 1, after: $a) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NominationsNominations4Query, NominationsNominations4QueryVariables>;
export const OrganizationTreeReadDocument = new TypedDocumentString(`
    query OrganizationTreeRead($id: ID!) {
  organization(id: $id) {
    id
    code
    name
    kind
    dissolvedAt
    parent {
      id
    }
    ancestors {
      id
    }
    tenant {
      id
    }
    children(first: 50) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeReadQuery, OrganizationTreeReadQueryVariables>;
export const OrganizationTreeOrganizationDocument = new TypedDocumentString(`
    query OrganizationTreeOrganization($id: ID!) {
  organization(id: $id) {
    children(first: 1) {
      totalCount
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganizationQuery, OrganizationTreeOrganizationQueryVariables>;
export const OrganizationTreeOrganization2Document = new TypedDocumentString(`
    query OrganizationTreeOrganization2($id: ID!, $after: String) {
  organization(id: $id) {
    children(first: 1, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganization2Query, OrganizationTreeOrganization2QueryVariables>;
export const OrganizationTreeOrganizationsDocument = new TypedDocumentString(`
    query OrganizationTreeOrganizations($within: ID!) {
  organizations(search: "truong tieu hoc dong ha", withinId: $within) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganizationsQuery, OrganizationTreeOrganizationsQueryVariables>;
export const OrganizationTreeMoveOrganizationDocument = new TypedDocumentString(`
    mutation OrganizationTreeMoveOrganization($id: ID!, $to: ID!, $at: DateTime!) {
  moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) {
    id
    parent {
      id
    }
    ancestors {
      id
    }
    tenant {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeMoveOrganizationMutation, OrganizationTreeMoveOrganizationMutationVariables>;
export const OrganizationTreeOrganization3Document = new TypedDocumentString(`
    query OrganizationTreeOrganization3($id: ID!, $before: DateTime!) {
  organization(id: $id) {
    history {
      kind
      status
      fromParent {
        id
      }
      toParent {
        id
      }
    }
    parentAt(at: $before) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganization3Query, OrganizationTreeOrganization3QueryVariables>;
export const OrganizationTreeOrganization4Document = new TypedDocumentString(`
    query OrganizationTreeOrganization4($id: ID!) {
  organization(id: $id) {
    children {
      edges {
        node {
          ancestors {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganization4Query, OrganizationTreeOrganization4QueryVariables>;
export const OrganizationTreeMoveOrganization2Document = new TypedDocumentString(`
    mutation OrganizationTreeMoveOrganization2($id: ID!, $to: ID!, $at: DateTime!) {
  moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) {
    parent {
      id
    }
    history {
      kind
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeMoveOrganization2Mutation, OrganizationTreeMoveOrganization2MutationVariables>;
export const OrganizationTreeOrganization5Document = new TypedDocumentString(`
    query OrganizationTreeOrganization5($id: ID!) {
  organization(id: $id) {
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganization5Query, OrganizationTreeOrganization5QueryVariables>;
export const OrganizationTreeOrganization6Document = new TypedDocumentString(`
    query OrganizationTreeOrganization6($id: ID!) {
  organization(id: $id) {
    history {
      kind
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganization6Query, OrganizationTreeOrganization6QueryVariables>;
export const OrganizationTreeOrganization7Document = new TypedDocumentString(`
    query OrganizationTreeOrganization7($id: ID!) {
  organization(id: $id) {
    parent {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganization7Query, OrganizationTreeOrganization7QueryVariables>;
export const OrganizationTreeMergeOrganizationsDocument = new TypedDocumentString(`
    mutation OrganizationTreeMergeOrganizations($s: [ID!]!, $t: ID!, $at: DateTime!) {
  mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) {
    id
    predecessors {
      id
    }
    children(first: 50) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeMergeOrganizationsMutation, OrganizationTreeMergeOrganizationsMutationVariables>;
export const OrganizationTreeOrganization8Document = new TypedDocumentString(`
    query OrganizationTreeOrganization8($id: ID!) {
  organization(id: $id) {
    dissolvedAt
    mergedInto {
      id
    }
    ancestors {
      id
    }
    history {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationTreeOrganization8Query, OrganizationTreeOrganization8QueryVariables>;
export const PhaseReviewsYearlyStatisticsDocument = new TypedDocumentString(`
    query PhaseReviewsYearlyStatistics($o: ID!, $y: Int!) {
  yearlyStatistics(organizationId: $o, year: $y) {
    campaigns {
      own {
        annual
        thematic
        phase
        total
      }
    }
    distinctions {
      distinction {
        code
      }
      recognized {
        individuals
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PhaseReviewsYearlyStatisticsQuery, PhaseReviewsYearlyStatisticsQueryVariables>;
export const PhaseReviewsCampaignDocument = new TypedDocumentString(`
    query PhaseReviewsCampaign($id: ID!) {
  campaign(id: $id) {
    children {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PhaseReviewsCampaignQuery, PhaseReviewsCampaignQueryVariables>;
export const PhaseReviewsPersonDocument = new TypedDocumentString(`
    query PhaseReviewsPerson($id: ID!) {
  person(id: $id) {
    distinctions {
      year
      decisionNumber
      source
      distinction {
        code
      }
      nomination {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PhaseReviewsPersonQuery, PhaseReviewsPersonQueryVariables>;
export const ReportsOrgReportDocument = new TypedDocumentString(`
    query ReportsOrgReport($o: ID!, $c: ID!) {
  orgReport(organizationId: $o, campaignId: $c) {
    organization {
      id
    }
    campaign {
      id
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
    byDistinction {
      distinction {
        code
      }
      count
    }
    children {
      organization {
        id
        name
      }
      totals {
        registered
        proposed
        escalated
        collectives
        individuals
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsOrgReportQuery, ReportsOrgReportQueryVariables>;
export const ReportsOrganizationDocument = new TypedDocumentString(`
    query ReportsOrganization($id: ID!, $c: ID!) {
  organization(id: $id) {
    name
    report(campaignId: $c) {
      totals {
        registered
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsOrganizationQuery, ReportsOrganizationQueryVariables>;
export const ReportsOrgReport2Document = new TypedDocumentString(`
    query ReportsOrgReport2($o: ID!, $c: ID!) {
  orgReport(organizationId: $o, campaignId: $c) {
    campaign {
      title
    }
    totals {
      registered
    }
  }
}
    `) as unknown as TypedDocumentString<ReportsOrgReport2Query, ReportsOrgReport2QueryVariables>;
export const ReportsSubmissionComplianceDocument = new TypedDocumentString(`
    query ReportsSubmissionCompliance($o: ID!, $c: ID!) {
  submissionCompliance(organizationId: $o, campaignId: $c) {
    organization {
      id
    }
    registered
    proposed
    quotaMin
    quotaMax
    onTime
    withinQuota
  }
}
    `) as unknown as TypedDocumentString<ReportsSubmissionComplianceQuery, ReportsSubmissionComplianceQueryVariables>;
export const RollupsPropertyRegisterNominationDocument = new TypedDocumentString(`
    mutation RollupsPropertyRegisterNomination($i: RegisterNominationInput!) {
  registerNomination(input: $i) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<RollupsPropertyRegisterNominationMutation, RollupsPropertyRegisterNominationMutationVariables>;
export const RollupsPropertyEscalateDocument = new TypedDocumentString(`
    mutation RollupsPropertyEscalate($id: ID!, $to: ID!) {
  escalateNomination(id: $id, toCampaignId: $to) {
    id
    stage
  }
}
    `) as unknown as TypedDocumentString<RollupsPropertyEscalateMutation, RollupsPropertyEscalateMutationVariables>;
export const SubscriptionOrganizationChangedDocument = new TypedDocumentString(`
    subscription SubscriptionOrganizationChanged($id: ID!) {
  organizationChanged(organizationId: $id) {
    kind
    at
    organization {
      id
      name
      parent {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubscriptionOrganizationChangedSubscription, SubscriptionOrganizationChangedSubscriptionVariables>;
export const VotingDashboardsVotingSessionDocument = new TypedDocumentString(`
    query VotingDashboardsVotingSession($id: ID!) {
  votingSession(id: $id) {
    id
    status
    eligibleVoters
    ballotsCast
  }
}
    `) as unknown as TypedDocumentString<VotingDashboardsVotingSessionQuery, VotingDashboardsVotingSessionQueryVariables>;
export const VotingDashboardsVotingProgressDocument = new TypedDocumentString(`
    subscription VotingDashboardsVotingProgress($id: ID!) {
  votingProgress(sessionId: $id) {
    sessionId
    status
    ballotsCast
    eligibleVoters
    results {
      nomination {
        id
      }
      passed
    }
  }
}
    `) as unknown as TypedDocumentString<VotingDashboardsVotingProgressSubscription, VotingDashboardsVotingProgressSubscriptionVariables>;
export const VotingDashboardsOpenVotingSessionDocument = new TypedDocumentString(`
    mutation VotingDashboardsOpenVotingSession($id: ID!) {
  openVotingSession(id: $id) {
    status
    nominations {
      id
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<VotingDashboardsOpenVotingSessionMutation, VotingDashboardsOpenVotingSessionMutationVariables>;
export const VotingDashboardsCloseVotingSessionDocument = new TypedDocumentString(`
    mutation VotingDashboardsCloseVotingSession($id: ID!) {
  closeVotingSession(id: $id) {
    status
    nominations {
      id
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<VotingDashboardsCloseVotingSessionMutation, VotingDashboardsCloseVotingSessionMutationVariables>;
export const VotingSessionDocument = new TypedDocumentString(`
    query VotingSession($id: ID!) {
  votingSession(id: $id) {
    ...SessionFields
  }
}
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
}`) as unknown as TypedDocumentString<VotingSessionQuery, VotingSessionQueryVariables>;
export const VotingVotingProgressDocument = new TypedDocumentString(`
    subscription VotingVotingProgress($id: ID!) {
  votingProgress(sessionId: $id) {
    sessionId
    status
    ballotsCast
    eligibleVoters
    results {
      nomination {
        id
      }
      approve
      passed
    }
  }
}
    `) as unknown as TypedDocumentString<VotingVotingProgressSubscription, VotingVotingProgressSubscriptionVariables>;
export const VotingOpenVotingSessionDocument = new TypedDocumentString(`
    mutation VotingOpenVotingSession($id: ID!) {
  openVotingSession(id: $id) {
    status
    eligibleVoters
  }
}
    `) as unknown as TypedDocumentString<VotingOpenVotingSessionMutation, VotingOpenVotingSessionMutationVariables>;
export const VotingCloseWithFieldsDocument = new TypedDocumentString(`
    mutation VotingCloseWithFields($id: ID!) {
  closeVotingSession(id: $id) {
    ...SessionFields
  }
}
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
}`) as unknown as TypedDocumentString<VotingCloseWithFieldsMutation, VotingCloseWithFieldsMutationVariables>;
export const VotingVotingSessionDocument = new TypedDocumentString(`
    query VotingVotingSession($id: ID!) {
  votingSession(id: $id) {
    ballotsCast
  }
}
    `) as unknown as TypedDocumentString<VotingVotingSessionQuery, VotingVotingSessionQueryVariables>;
export const VotingCloseVotingSessionDocument = new TypedDocumentString(`
    mutation VotingCloseVotingSession($id: ID!) {
  closeVotingSession(id: $id) {
    ballotsCast
    outcomeNote
    results {
      approve
      passed
    }
  }
}
    `) as unknown as TypedDocumentString<VotingCloseVotingSessionMutation, VotingCloseVotingSessionMutationVariables>;
export const VotingCreateVotingSessionDocument = new TypedDocumentString(`
    mutation VotingCreateVotingSession($input: CreateVotingSessionInput!) {
  createVotingSession(input: $input) {
    threshold {
      numerator
      denominator
    }
    base
    comparison
    quorum {
      numerator
      denominator
    }
    ruleSource
  }
}
    `) as unknown as TypedDocumentString<VotingCreateVotingSessionMutation, VotingCreateVotingSessionMutationVariables>;
export const WebAppOrgReportDocument = new TypedDocumentString(`
    query WebAppOrgReport($o: ID!, $c: ID!) {
  orgReport(organizationId: $o, campaignId: $c) {
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
    children {
      organization {
        id
      }
      totals {
        registered
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebAppOrgReportQuery, WebAppOrgReportQueryVariables>;
export const WebExemplarsReplicationReportDocument = new TypedDocumentString(`
    query WebExemplarsReplicationReport($o: ID!, $y: Int!) {
  replicationReport(organizationId: $o, year: $y) {
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
      }
      exemplars
      evaluationsOnTime
      evaluationsOverdue
      adoptionsGiven
      adoptionsTaken
    }
  }
}
    `) as unknown as TypedDocumentString<WebExemplarsReplicationReportQuery, WebExemplarsReplicationReportQueryVariables>;
export const WebExemplarsImportDistinctionRecordsDocument = new TypedDocumentString(`
    mutation WebExemplarsImportDistinctionRecords($format: ImportFormat!, $content: String!) {
  importDistinctionRecords(format: $format, content: $content) {
    created
  }
}
    `) as unknown as TypedDocumentString<WebExemplarsImportDistinctionRecordsMutation, WebExemplarsImportDistinctionRecordsMutationVariables>;
export const WebExemplarsInitiativeDocument = new TypedDocumentString(`
    query WebExemplarsInitiative($id: ID!) {
  initiative(id: $id) {
    status
    year
    authors {
      id
    }
    progress {
      text
      by
    }
    organization {
      id
    }
    nomination {
      stage
      distinction {
        code
      }
      nominee {
        ... on Person {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebExemplarsInitiativeQuery, WebExemplarsInitiativeQueryVariables>;
export const YearlyStatisticsYearlyStatisticsDocument = new TypedDocumentString(`
    query YearlyStatisticsYearlyStatistics($o: ID!, $y: Int!) {
  yearlyStatistics(organizationId: $o, year: $y) {
    organization {
      id
    }
    year
    campaigns {
      own {
        annual
        thematic
        phase
        total
      }
      below {
        annual
        thematic
        phase
        total
      }
      above {
        annual
        thematic
        phase
        total
      }
    }
    distinctions {
      distinction {
        code
      }
      registered {
        collectives
        individuals
      }
      proposed {
        collectives
        individuals
      }
      recognized {
        collectives
        individuals
      }
    }
  }
}
    `) as unknown as TypedDocumentString<YearlyStatisticsYearlyStatisticsQuery, YearlyStatisticsYearlyStatisticsQueryVariables>;
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