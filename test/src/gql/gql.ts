/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment CampaignFields on Campaign {\n  id title year endYear kind calendar status periodLabel periodStart periodEnd\n  registrationDeadline proposalDeadline escalationDeadline timeZone\n  organization { id name } parent { id } children { id title }\n  deadlines { stage at local passed }\n  criteria { id target text evaluator { id name } }\n  distinctions { code }\n  quotas { organization { id } group { id } min max }\n  reviews { kind title dueAt }\n  history { from to by } }": typeof types.CampaignFieldsFragmentDoc,
    "mutation FlowsCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }": typeof types.FlowsCreateCampaignDocument,
    "query FlowsCampaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }": typeof types.FlowsCampaignDocument,
    "mutation FlowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code name } }": typeof types.FlowsCreateOrganizationDocument,
    "mutation FlowsGrantRole($input: GrantRoleInput!) { grantRole(input: $input) { id } }": typeof types.FlowsGrantRoleDocument,
    "mutation FlowsCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }": typeof types.FlowsCreatePersonDocument,
    "fragment ExemplarFields on Exemplar {\n  id title field published\n  nominee { __typename ... on Person { id fullName } }\n  organization { id name }\n  recognitions { id stage }\n  plan { goals targetDistinction { code } targetYear evaluationPeriod\n         actions { id text responsible { id } dueAt doneAt } }\n  evaluations { totalCount edges { node { period effect influence potential difficulties support by } } }\n  nextEvaluationDue\n  adoptions { kind outcome adopter { id name } exemplar { id } } }": typeof types.ExemplarFieldsFragmentDoc,
    "mutation FlowsCreateExemplar($i: CreateExemplarInput!) { createExemplar(input: $i) { ...ExemplarFields } }": typeof types.FlowsCreateExemplarDocument,
    "query FlowsExemplar($id: ID!) { exemplar(id: $id) { ...ExemplarFields } }": typeof types.FlowsExemplarDocument,
    "mutation FlowsSetFosteringPlan($id: ID!, $p: FosteringPlanInput!) { setFosteringPlan(exemplarId: $id, plan: $p) { ...ExemplarFields } }": typeof types.FlowsSetFosteringPlanDocument,
    "mutation FlowsRecordEvaluation($id: ID!, $e: EvaluationInput!) { recordEvaluation(exemplarId: $id, evaluation: $e) { id period at } }": typeof types.FlowsRecordEvaluationDocument,
    "mutation FlowsRecordAdoption($i: AdoptionInput!) { recordAdoption(input: $i) { id kind outcome adopter { id name }\n  exemplar { id title published plan { goals } evaluations { totalCount } adoptions { id } nextEvaluationDue pathway { missing } } } }": typeof types.FlowsRecordAdoptionDocument,
    "fragment NominationFields on Nomination {\n  id stage target year nomineeName decisionNumber decidedAt published\n  campaign { id title } distinction { code nameVi }\n  nominee { __typename ... on Person { id fullName } ... on Organization { id name } }\n  submittingOrganization { id name }\n  dossier { summary evidence { criterionId text } attachments { name size } }\n  history { from to by reason }\n  escalatedFrom { id stage } escalatedTo { id stage } }": typeof types.NominationFieldsFragmentDoc,
    "mutation FlowsRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) { ...NominationFields } }": typeof types.FlowsRegisterNominationDocument,
    "query FlowsNomination($id: ID!) { nomination(id: $id) { ...NominationFields } }": typeof types.FlowsNominationDocument,
    "mutation FlowsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage } }": typeof types.FlowsProposeNominationDocument,
    "mutation FlowsRecognizeNomination($id: ID!, $n: String!, $at: DateTime!) { recognizeNomination(id: $id, decisionNumber: $n, decidedAt: $at) { stage } }": typeof types.FlowsRecognizeNominationDocument,
    "fragment SessionFields on VotingSession {\n  id title status ballotsCast eligibleVoters outcomeNote\n  threshold { numerator denominator } base quorum { numerator denominator }\n  council { id name } nominations { id stage }\n  results { nomination { id } approve reject abstain passed } }": typeof types.SessionFieldsFragmentDoc,
    "mutation FlowsCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }": typeof types.FlowsCreateCouncilDocument,
    "mutation FlowsCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) { id } }": typeof types.FlowsCreateVotingSessionDocument,
    "mutation FlowsCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }": typeof types.FlowsCastBallotDocument,
    "query FlowsStageOf($id: ID!) { nomination(id: $id) { stage } }": typeof types.FlowsStageOfDocument,
};
const documents: Documents = {
    "fragment CampaignFields on Campaign {\n  id title year endYear kind calendar status periodLabel periodStart periodEnd\n  registrationDeadline proposalDeadline escalationDeadline timeZone\n  organization { id name } parent { id } children { id title }\n  deadlines { stage at local passed }\n  criteria { id target text evaluator { id name } }\n  distinctions { code }\n  quotas { organization { id } group { id } min max }\n  reviews { kind title dueAt }\n  history { from to by } }": types.CampaignFieldsFragmentDoc,
    "mutation FlowsCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }": types.FlowsCreateCampaignDocument,
    "query FlowsCampaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }": types.FlowsCampaignDocument,
    "mutation FlowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code name } }": types.FlowsCreateOrganizationDocument,
    "mutation FlowsGrantRole($input: GrantRoleInput!) { grantRole(input: $input) { id } }": types.FlowsGrantRoleDocument,
    "mutation FlowsCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }": types.FlowsCreatePersonDocument,
    "fragment ExemplarFields on Exemplar {\n  id title field published\n  nominee { __typename ... on Person { id fullName } }\n  organization { id name }\n  recognitions { id stage }\n  plan { goals targetDistinction { code } targetYear evaluationPeriod\n         actions { id text responsible { id } dueAt doneAt } }\n  evaluations { totalCount edges { node { period effect influence potential difficulties support by } } }\n  nextEvaluationDue\n  adoptions { kind outcome adopter { id name } exemplar { id } } }": types.ExemplarFieldsFragmentDoc,
    "mutation FlowsCreateExemplar($i: CreateExemplarInput!) { createExemplar(input: $i) { ...ExemplarFields } }": types.FlowsCreateExemplarDocument,
    "query FlowsExemplar($id: ID!) { exemplar(id: $id) { ...ExemplarFields } }": types.FlowsExemplarDocument,
    "mutation FlowsSetFosteringPlan($id: ID!, $p: FosteringPlanInput!) { setFosteringPlan(exemplarId: $id, plan: $p) { ...ExemplarFields } }": types.FlowsSetFosteringPlanDocument,
    "mutation FlowsRecordEvaluation($id: ID!, $e: EvaluationInput!) { recordEvaluation(exemplarId: $id, evaluation: $e) { id period at } }": types.FlowsRecordEvaluationDocument,
    "mutation FlowsRecordAdoption($i: AdoptionInput!) { recordAdoption(input: $i) { id kind outcome adopter { id name }\n  exemplar { id title published plan { goals } evaluations { totalCount } adoptions { id } nextEvaluationDue pathway { missing } } } }": types.FlowsRecordAdoptionDocument,
    "fragment NominationFields on Nomination {\n  id stage target year nomineeName decisionNumber decidedAt published\n  campaign { id title } distinction { code nameVi }\n  nominee { __typename ... on Person { id fullName } ... on Organization { id name } }\n  submittingOrganization { id name }\n  dossier { summary evidence { criterionId text } attachments { name size } }\n  history { from to by reason }\n  escalatedFrom { id stage } escalatedTo { id stage } }": types.NominationFieldsFragmentDoc,
    "mutation FlowsRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) { ...NominationFields } }": types.FlowsRegisterNominationDocument,
    "query FlowsNomination($id: ID!) { nomination(id: $id) { ...NominationFields } }": types.FlowsNominationDocument,
    "mutation FlowsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage } }": types.FlowsProposeNominationDocument,
    "mutation FlowsRecognizeNomination($id: ID!, $n: String!, $at: DateTime!) { recognizeNomination(id: $id, decisionNumber: $n, decidedAt: $at) { stage } }": types.FlowsRecognizeNominationDocument,
    "fragment SessionFields on VotingSession {\n  id title status ballotsCast eligibleVoters outcomeNote\n  threshold { numerator denominator } base quorum { numerator denominator }\n  council { id name } nominations { id stage }\n  results { nomination { id } approve reject abstain passed } }": types.SessionFieldsFragmentDoc,
    "mutation FlowsCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }": types.FlowsCreateCouncilDocument,
    "mutation FlowsCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) { id } }": types.FlowsCreateVotingSessionDocument,
    "mutation FlowsCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }": types.FlowsCastBallotDocument,
    "query FlowsStageOf($id: ID!) { nomination(id: $id) { stage } }": types.FlowsStageOfDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment CampaignFields on Campaign {\n  id title year endYear kind calendar status periodLabel periodStart periodEnd\n  registrationDeadline proposalDeadline escalationDeadline timeZone\n  organization { id name } parent { id } children { id title }\n  deadlines { stage at local passed }\n  criteria { id target text evaluator { id name } }\n  distinctions { code }\n  quotas { organization { id } group { id } min max }\n  reviews { kind title dueAt }\n  history { from to by } }"): typeof import('./graphql').CampaignFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }"): typeof import('./graphql').FlowsCreateCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FlowsCampaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }"): typeof import('./graphql').FlowsCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsCreateOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id code name } }"): typeof import('./graphql').FlowsCreateOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsGrantRole($input: GrantRoleInput!) { grantRole(input: $input) { id } }"): typeof import('./graphql').FlowsGrantRoleDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }"): typeof import('./graphql').FlowsCreatePersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ExemplarFields on Exemplar {\n  id title field published\n  nominee { __typename ... on Person { id fullName } }\n  organization { id name }\n  recognitions { id stage }\n  plan { goals targetDistinction { code } targetYear evaluationPeriod\n         actions { id text responsible { id } dueAt doneAt } }\n  evaluations { totalCount edges { node { period effect influence potential difficulties support by } } }\n  nextEvaluationDue\n  adoptions { kind outcome adopter { id name } exemplar { id } } }"): typeof import('./graphql').ExemplarFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsCreateExemplar($i: CreateExemplarInput!) { createExemplar(input: $i) { ...ExemplarFields } }"): typeof import('./graphql').FlowsCreateExemplarDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FlowsExemplar($id: ID!) { exemplar(id: $id) { ...ExemplarFields } }"): typeof import('./graphql').FlowsExemplarDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsSetFosteringPlan($id: ID!, $p: FosteringPlanInput!) { setFosteringPlan(exemplarId: $id, plan: $p) { ...ExemplarFields } }"): typeof import('./graphql').FlowsSetFosteringPlanDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsRecordEvaluation($id: ID!, $e: EvaluationInput!) { recordEvaluation(exemplarId: $id, evaluation: $e) { id period at } }"): typeof import('./graphql').FlowsRecordEvaluationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsRecordAdoption($i: AdoptionInput!) { recordAdoption(input: $i) { id kind outcome adopter { id name }\n  exemplar { id title published plan { goals } evaluations { totalCount } adoptions { id } nextEvaluationDue pathway { missing } } } }"): typeof import('./graphql').FlowsRecordAdoptionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment NominationFields on Nomination {\n  id stage target year nomineeName decisionNumber decidedAt published\n  campaign { id title } distinction { code nameVi }\n  nominee { __typename ... on Person { id fullName } ... on Organization { id name } }\n  submittingOrganization { id name }\n  dossier { summary evidence { criterionId text } attachments { name size } }\n  history { from to by reason }\n  escalatedFrom { id stage } escalatedTo { id stage } }"): typeof import('./graphql').NominationFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) { ...NominationFields } }"): typeof import('./graphql').FlowsRegisterNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FlowsNomination($id: ID!) { nomination(id: $id) { ...NominationFields } }"): typeof import('./graphql').FlowsNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage } }"): typeof import('./graphql').FlowsProposeNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsRecognizeNomination($id: ID!, $n: String!, $at: DateTime!) { recognizeNomination(id: $id, decisionNumber: $n, decidedAt: $at) { stage } }"): typeof import('./graphql').FlowsRecognizeNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment SessionFields on VotingSession {\n  id title status ballotsCast eligibleVoters outcomeNote\n  threshold { numerator denominator } base quorum { numerator denominator }\n  council { id name } nominations { id stage }\n  results { nomination { id } approve reject abstain passed } }"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }"): typeof import('./graphql').FlowsCreateCouncilDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) { id } }"): typeof import('./graphql').FlowsCreateVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FlowsCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }"): typeof import('./graphql').FlowsCastBallotDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FlowsStageOf($id: ID!) { nomination(id: $id) { stage } }"): typeof import('./graphql').FlowsStageOfDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
