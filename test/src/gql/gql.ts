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
    "query BenchPeoplePage($id: ID!, $a: String) { organization(id: $id) { people(first: 100, after: $a) { edges { node { id account } } pageInfo { hasNextPage endCursor } } } }": typeof types.BenchPeoplePageDocument,
    "fragment CampaignFields on Campaign {\n  id title year endYear kind calendar status periodLabel periodStart periodEnd\n  registrationDeadline proposalDeadline escalationDeadline timeZone\n  organization { id name } parent { id } children { id title }\n  deadlines { stage at local passed }\n  criteria { id target text evaluator { id name } }\n  distinctions { code }\n  quotas { organization { id } group { id } min max }\n  reviews { kind title dueAt }\n  history { from to by } }": typeof types.CampaignFieldsFragmentDoc,
    "mutation FlowsCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }": typeof types.FlowsCreateCampaignDocument,
    "query FlowsCampaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }": typeof types.FlowsCampaignDocument,
    "mutation FailBallotSecrecyCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { results { approve reject abstain } } }": typeof types.FailBallotSecrecyCloseVotingSessionDocument,
    "mutation FailCampaignIsolationOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }": typeof types.FailCampaignIsolationOpenCampaignDocument,
    "query FailCampaignIsolationCampaigns($id: ID!, $applying: Boolean) { campaigns(organizationId: $id, applying: $applying, first: 100) { totalCount edges { node { id } } } }": typeof types.FailCampaignIsolationCampaignsDocument,
    "query FailCampaignIsolationOrganization($id: ID!) { organization(id: $id) { campaigns { totalCount } } }": typeof types.FailCampaignIsolationOrganizationDocument,
    "mutation FailEverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id title proposalDeadline history { from to change } } }": typeof types.FailEverydayOperationsUpdateCampaignDocument,
    "query FailEverydayOperationsCampaign($id: ID!) { campaign(id: $id) { title proposalDeadline escalationDeadline history { change } } }": typeof types.FailEverydayOperationsCampaignDocument,
    "mutation FailEverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } } } }": typeof types.FailEverydayOperationsAddCouncilMemberDocument,
    "query FailEverydayOperationsCouncil($id: ID!) { council(id: $id) { members { person { id } } } }": typeof types.FailEverydayOperationsCouncilDocument,
    "mutation FailFosteringIsolationCompleteFosteringAction($id: ID!) { completeFosteringAction(id: $id) { id doneAt } }": typeof types.FailFosteringIsolationCompleteFosteringActionDocument,
    "query FailFosteringIsolationEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id } }": typeof types.FailFosteringIsolationEvaluationsDueDocument,
    "query FailFosteringIsolationOrganization($o: ID!) { organization(id: $o) { exemplars { totalCount edges { node { id } } } } }": typeof types.FailFosteringIsolationOrganizationDocument,
    "query FailFosteringIsolationReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { totals { exemplars } } }": typeof types.FailFosteringIsolationReplicationReportDocument,
    "query FailFosteringIsolationNomination($id: ID!) { nomination(id: $id) { exemplar { id title plan { goals } } } }": typeof types.FailFosteringIsolationNominationDocument,
    "query FailFosteringIsolationExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id exemplar { id } } } } }": typeof types.FailFosteringIsolationExemplarsDocument,
    "mutation FailImportsImportOrganizations($format: ImportFormat!, $content: String!) { importOrganizations(format: $format, content: $content) { created updated errors { row message } } }": typeof types.FailImportsImportOrganizationsDocument,
    "mutation FailImportsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }": typeof types.FailImportsImportPeopleDocument,
    "query FailImportsOrganizationByCode($code: String!) { organizationByCode(code: $code) { id name parent { code } } }": typeof types.FailImportsOrganizationByCodeDocument,
    "query FailImportsOrganization($id: ID!) { organization(id: $id) { people(search: \"pham van duc\") { totalCount edges { node { fullName governmentPosition partyPosition } } } } }": typeof types.FailImportsOrganizationDocument,
    "query FailImportsOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }": typeof types.FailImportsOrganization2Document,
    "query FailNominationIsolationOrganization($id: ID!) { organization(id: $id) { nominations { totalCount } } }": typeof types.FailNominationIsolationOrganizationDocument,
    "query FailSharedInflightOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount edges { node { fullName } } } } }": typeof types.FailSharedInflightOrganizationDocument,
    "query FailStaleIdentityOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount } } }": typeof types.FailStaleIdentityOrganizationDocument,
    "query FailStaleIdentityOrganization2($id: ID!) { organization(id: $id) { id } }": typeof types.FailStaleIdentityOrganization2Document,
    "query FailTenantIsolationPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition organization { id } leads { id } } }": typeof types.FailTenantIsolationPersonDocument,
    "mutation FailTenantIsolationCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }": typeof types.FailTenantIsolationCreatePersonDocument,
    "query FailTenantIsolationOrganization($id: ID!) { organization(id: $id) { name people { totalCount edges { node { id } } } } }": typeof types.FailTenantIsolationOrganizationDocument,
    "query FailTenantIsolationOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }": typeof types.FailTenantIsolationOrganization2Document,
    "query FailTenantIsolationMe { me { subject isPlatformAdmin person { id } grants { id } } }": typeof types.FailTenantIsolationMeDocument,
    "query FailTenantIsolationOrganization3($id: ID!) { organization(id: $id) { name } }": typeof types.FailTenantIsolationOrganization3Document,
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
    "mutation CampaignsOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }": typeof types.CampaignsOpenCampaignDocument,
    "query CampaignsCampaign($id: ID!) { campaign(id: $id) { title children { title parent { title } children { title parent { title } } } } }": typeof types.CampaignsCampaignDocument,
    "query CampaignsCampaigns($id: ID!) { campaigns(organizationId: $id, applying: true, first: 50) { totalCount edges { node { title status organization { id } } } } }": typeof types.CampaignsCampaignsDocument,
    "query CampaignsOrganization($id: ID!) { organization(id: $id) { name campaigns(first: 10) { totalCount edges { node { title } } } } }": typeof types.CampaignsOrganizationDocument,
    "query CampaignsCampaigns2($id: ID!, $q: String) { campaigns(organizationId: $id, search: $q, first: 100) { totalCount } }": typeof types.CampaignsCampaigns2Document,
    "mutation EmulationGroupsCreateEmulationGroup($input: CreateEmulationGroupInput!) { createEmulationGroup(input: $input) { id name kind owner { id } members { id } } }": typeof types.EmulationGroupsCreateEmulationGroupDocument,
    "query EmulationGroupsEmulationGroups($id: ID!) { emulationGroups(ownerId: $id) { name } }": typeof types.EmulationGroupsEmulationGroupsDocument,
    "query EverydayOperationsPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition account active leftAt leads { id } } }": typeof types.EverydayOperationsPersonDocument,
    "mutation EverydayOperationsUpdatePerson($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id fullName partyPosition governmentPosition account active leads { id } } }": typeof types.EverydayOperationsUpdatePersonDocument,
    "mutation EverydayOperationsDeactivatePerson($id: ID!, $at: DateTime!) { deactivatePerson(id: $id, leftAt: $at) { id active leftAt } }": typeof types.EverydayOperationsDeactivatePersonDocument,
    "mutation EverydayOperationsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }": typeof types.EverydayOperationsImportPeopleDocument,
    "mutation EverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) {\n  id title status registrationDeadline proposalDeadline escalationDeadline\n  distinctions { code } criteria { id target text } quotas { organization { id } min max }\n  history { from to by change } } }": typeof types.EverydayOperationsUpdateCampaignDocument,
    "query EverydayOperationsNomination($id: ID!) { nomination(id: $id) { stage nominee { ... on Person { id active } } } }": typeof types.EverydayOperationsNominationDocument,
    "query EverydayOperationsOrganization($id: ID!) { organization(id: $id) { people(search: \"le van cuong\") { edges { node { id active leftAt } } } } }": typeof types.EverydayOperationsOrganizationDocument,
    "mutation EverydayOperationsUpdateEmulationGroup($id: ID!, $name: String, $m: [ID!]) { updateEmulationGroup(id: $id, name: $name, memberIds: $m) { id name kind members { id } } }": typeof types.EverydayOperationsUpdateEmulationGroupDocument,
    "mutation EverydayOperationsUpdateEmulationGroup2($id: ID!) { updateEmulationGroup(id: $id, name: \"Khối liên cấp\") { name members { id } } }": typeof types.EverydayOperationsUpdateEmulationGroup2Document,
    "query EverydayOperationsVotingSession($id: ID!) { votingSession(id: $id) { status eligibleVoters } }": typeof types.EverydayOperationsVotingSessionDocument,
    "mutation EverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } role } } }": typeof types.EverydayOperationsAddCouncilMemberDocument,
    "query EverydayOperationsCouncils($o: ID!, $first: Int, $after: String) { councils(organizationId: $o, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind organization { id } } } } }": typeof types.EverydayOperationsCouncilsDocument,
    "query EverydayOperationsVotingSessions($c: ID!, $first: Int, $after: String) { votingSessions(councilId: $c, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id status eligibleVoters council { id } } } } }": typeof types.EverydayOperationsVotingSessionsDocument,
    "query ExemplarsExemplars($o: ID!) { exemplars(organizationId: $o) { totalCount edges { node {\n  nomineeName year decisionNumber distinction { code nameVi } dossier { summary evidence { text } attachments { name } }\n  history { to } } } } }": typeof types.ExemplarsExemplarsDocument,
    "\n        query ExemplarsExemplars2 ($o: ID!) {\n          exemplars(organizationId: $o) {\n            edges {\n              node {\n                nominee {\n                  ... on Person {\n                    governmentPosition\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": typeof types.ExemplarsExemplars2Document,
    "fragment InitiativeFields on Initiative { id title field year status reach organization { id }\n  authors { id fullName } progress { by text at }\n  nomination { id stage distinction { code } nominee { ... on Person { id } } } }": typeof types.InitiativeFieldsFragmentDoc,
    "mutation InitiativesRegister($i: RegisterInitiativeInput!) { registerInitiative(input: $i) { ...InitiativeFields } }": typeof types.InitiativesRegisterDocument,
    "query InitiativesRead($id: ID!) { initiative(id: $id) { ...InitiativeFields } }": typeof types.InitiativesReadDocument,
    "mutation InitiativesProgress($id: ID!, $t: String!) { reportInitiativeProgress(id: $id, text: $t) { ...InitiativeFields } }": typeof types.InitiativesProgressDocument,
    "mutation InitiativesSubmit($id: ID!, $c: ID!, $s: String!) { submitInitiative(id: $id, campaignId: $c, summary: $s) { ...InitiativeFields } }": typeof types.InitiativesSubmitDocument,
    "mutation FosteringInitiativesSetInitiativeReach($id: ID!, $r: InitiativeReach!, $n: String!) { setInitiativeReach(id: $id, reach: $r, decisionNumber: $n) { status reach } }": typeof types.FosteringInitiativesSetInitiativeReachDocument,
    "mutation FosteringInitiativesImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }": typeof types.FosteringInitiativesImportDistinctionRecordsDocument,
    "query FosteringInitiativesExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code } eligible missing } } }": typeof types.FosteringInitiativesExemplarDocument,
    "query FosteringInitiativesOrganization($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount edges { node { id title } } } } }": typeof types.FosteringInitiativesOrganizationDocument,
    "query FosteringInitiativesOrganization2($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount } } }": typeof types.FosteringInitiativesOrganization2Document,
    "query FosteringReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { year organization { id }\n  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }\n  children { organization { id name } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }": typeof types.FosteringReplicationReportDocument,
    "query FosteringEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id nextEvaluationDue } }": typeof types.FosteringEvaluationsDueDocument,
    "mutation FosteringImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }": typeof types.FosteringImportDistinctionRecordsDocument,
    "query FosteringExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id\n      exemplar { id title published } } } } }": typeof types.FosteringExemplarsDocument,
    "query FosteringExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code nameVi } eligible missing earliestYear } } }": typeof types.FosteringExemplarDocument,
    "mutation MassOrganizationsEscalationRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) {\n  id stage year nomineeName submittingOrganization { id } campaign { id } } }": typeof types.MassOrganizationsEscalationRegisterNominationDocument,
    "mutation MassOrganizationsEscalationEscalateNomination($id: ID!, $to: ID!, $code: String) { escalateNomination(id: $id, toCampaignId: $to, distinctionCode: $code) {\n  id stage year distinction { code level } campaign { id } escalatedFrom { id stage } submittingOrganization { id } } }": typeof types.MassOrganizationsEscalationEscalateNominationDocument,
    "query MassOrganizationsEscalationOrganization($id: ID!, $c: ID) { organization(id: $id) { nominations(campaignId: $c) { totalCount edges { node { nominee { ... on Person { id } } submittingOrganization { id } } } } } }": typeof types.MassOrganizationsEscalationOrganizationDocument,
    "query MassOrganizationsEscalationCampaigns($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }": typeof types.MassOrganizationsEscalationCampaignsDocument,
    "query MassOrganizationsEscalationCampaigns2($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }": typeof types.MassOrganizationsEscalationCampaigns2Document,
    "query NominationExportsPeoplePage($id: ID!, $after: String) { organization(id: $id) { people(first: 100, after: $after) {\n            pageInfo { hasNextPage endCursor } edges { node { id } } } } }": typeof types.NominationExportsPeoplePageDocument,
    "mutation NominationsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage dossier { summary evidence { criterionId text } attachments { name size } } } }": typeof types.NominationsProposeNominationDocument,
    "mutation NominationsEscalateNomination3($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage campaign { id } submittingOrganization { id } escalatedFrom { id stage } } }": typeof types.NominationsEscalateNomination3Document,
    "query NominationsPerson($id: ID!) { person(id: $id) { fullName distinctions { year source decisionNumber distinction { code } nomination { id } } } }": typeof types.NominationsPersonDocument,
    "mutation NominationsEscalateNomination($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { stage } }": typeof types.NominationsEscalateNominationDocument,
    "mutation NominationsReturnNomination($id: ID!) { returnNomination(id: $id, reason: \"Bổ sung minh chứng\") { stage history { to reason } } }": typeof types.NominationsReturnNominationDocument,
    "mutation NominationsEscalateNomination2($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id campaign { id } } }": typeof types.NominationsEscalateNomination2Document,
    "query NominationsNominations($c: ID!, $q: String) { nominations(campaignId: $c, search: $q, first: 50) { totalCount edges { node { nomineeName stage nominee { ... on Person { fullName } } submittingOrganization { name } } } } }": typeof types.NominationsNominationsDocument,
    "query NominationsOrganization($id: ID!) { organization(id: $id) { nominations(stage: RECOGNIZED, first: 50) { totalCount edges { node { stage } } } } }": typeof types.NominationsOrganizationDocument,
    "query NominationsNominations2($c: ID!) { nominations(campaignId: $c, first: 2) { edges { node { id } } } }": typeof types.NominationsNominations2Document,
    "query NominationsNominations3($c: ID!) { nominations(campaignId: $c, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": typeof types.NominationsNominations3Document,
    "query NominationsNominations4($c: ID!, $a: String) { nominations(campaignId: $c, first: 1, after: $a) { edges { node { id } } } }": typeof types.NominationsNominations4Document,
    "query OrganizationTreeRead($id: ID!) { organization(id: $id) { id code name kind dissolvedAt parent { id } ancestors { id } tenant { id }\n  children(first: 50) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } } }": typeof types.OrganizationTreeReadDocument,
    "query OrganizationTreeOrganization($id: ID!) { organization(id: $id) { children(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }": typeof types.OrganizationTreeOrganizationDocument,
    "query OrganizationTreeOrganization2($id: ID!, $after: String) { organization(id: $id) { children(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }": typeof types.OrganizationTreeOrganization2Document,
    "query OrganizationTreeOrganizations($within: ID!) { organizations(search: \"truong tieu hoc dong ha\", withinId: $within) { totalCount edges { node { name } } } }": typeof types.OrganizationTreeOrganizationsDocument,
    "mutation OrganizationTreeMoveOrganization($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { id parent { id } ancestors { id } tenant { id } } }": typeof types.OrganizationTreeMoveOrganizationDocument,
    "query OrganizationTreeOrganization3($id: ID!, $before: DateTime!) { organization(id: $id) {\n         history { kind status fromParent { id } toParent { id } }\n         parentAt(at: $before) { id } } }": typeof types.OrganizationTreeOrganization3Document,
    "query OrganizationTreeOrganization4($id: ID!) { organization(id: $id) { children { edges { node { ancestors { id } } } } } }": typeof types.OrganizationTreeOrganization4Document,
    "mutation OrganizationTreeMoveOrganization2($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { parent { id } history { kind status } } }": typeof types.OrganizationTreeMoveOrganization2Document,
    "query OrganizationTreeOrganization5($id: ID!) { organization(id: $id) { parent { id } } }": typeof types.OrganizationTreeOrganization5Document,
    "query OrganizationTreeOrganization6($id: ID!) { organization(id: $id) { history { kind status } } }": typeof types.OrganizationTreeOrganization6Document,
    "query OrganizationTreeOrganization7($id: ID!) { organization(id: $id) { parent { name } } }": typeof types.OrganizationTreeOrganization7Document,
    "mutation OrganizationTreeMergeOrganizations($s: [ID!]!, $t: ID!, $at: DateTime!) { mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) {\n         id predecessors { id } children(first: 50) { edges { node { id } } } } }": typeof types.OrganizationTreeMergeOrganizationsDocument,
    "query OrganizationTreeOrganization8($id: ID!) { organization(id: $id) { dissolvedAt mergedInto { id } ancestors { id } history { kind } } }": typeof types.OrganizationTreeOrganization8Document,
    "query PhaseReviewsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {\n  campaigns { own { annual thematic phase total } }\n  distinctions { distinction { code } recognized { individuals } } } }": typeof types.PhaseReviewsYearlyStatisticsDocument,
    "query PhaseReviewsCampaign($id: ID!) { campaign(id: $id) { children { id } } }": typeof types.PhaseReviewsCampaignDocument,
    "query PhaseReviewsPerson($id: ID!) { person(id: $id) { distinctions { year decisionNumber source distinction { code } nomination { id } } } }": typeof types.PhaseReviewsPersonDocument,
    "query ReportsOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n  organization { id } campaign { id }\n  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals }\n  byDistinction { distinction { code } count }\n  children { organization { id name } totals { registered proposed escalated collectives individuals } } } }": typeof types.ReportsOrgReportDocument,
    "query ReportsOrganization($id: ID!, $c: ID!) { organization(id: $id) { name report(campaignId: $c) { totals { registered } } } }": typeof types.ReportsOrganizationDocument,
    "query ReportsOrgReport2($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n      campaign { title } totals { registered } } }": typeof types.ReportsOrgReport2Document,
    "query ReportsSubmissionCompliance($o: ID!, $c: ID!) { submissionCompliance(organizationId: $o, campaignId: $c) {\n      organization { id } registered proposed quotaMin quotaMax onTime withinQuota } }": typeof types.ReportsSubmissionComplianceDocument,
    "\n            mutation RollupsPropertyRegisterNomination ($i: RegisterNominationInput!) {\n              registerNomination(input: $i) {\n                id\n                stage\n              }\n            }\n          ": typeof types.RollupsPropertyRegisterNominationDocument,
    "mutation RollupsPropertyEscalate($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage } }": typeof types.RollupsPropertyEscalateDocument,
    "subscription SubscriptionOrganizationChanged($id: ID!) { organizationChanged(organizationId: $id) { kind at organization { id name parent { id } } } }": typeof types.SubscriptionOrganizationChangedDocument,
    "query VotingDashboardsVotingSession($id: ID!) { votingSession(id: $id) { id status eligibleVoters ballotsCast } }": typeof types.VotingDashboardsVotingSessionDocument,
    "subscription VotingDashboardsVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } passed } } }": typeof types.VotingDashboardsVotingProgressDocument,
    "mutation VotingDashboardsOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status nominations { id stage } } }": typeof types.VotingDashboardsOpenVotingSessionDocument,
    "mutation VotingDashboardsCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { status nominations { id stage } } }": typeof types.VotingDashboardsCloseVotingSessionDocument,
    "query VotingSession($id: ID!) { votingSession(id: $id) { ...SessionFields } }": typeof types.VotingSessionDocument,
    "subscription VotingVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } approve passed } } }": typeof types.VotingVotingProgressDocument,
    "mutation VotingOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status eligibleVoters } }": typeof types.VotingOpenVotingSessionDocument,
    "mutation VotingCloseWithFields($id: ID!) { closeVotingSession(id: $id) { ...SessionFields } }": typeof types.VotingCloseWithFieldsDocument,
    "query VotingVotingSession($id: ID!) { votingSession(id: $id) { ballotsCast } }": typeof types.VotingVotingSessionDocument,
    "mutation VotingCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { ballotsCast outcomeNote results { approve passed } } }": typeof types.VotingCloseVotingSessionDocument,
    "mutation VotingCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) {\n        threshold { numerator denominator } base comparison quorum { numerator denominator } ruleSource } }": typeof types.VotingCreateVotingSessionDocument,
    "query WebAppOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals } children { organization { id } totals { registered } } } }": typeof types.WebAppOrgReportDocument,
    "query WebExemplarsReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) {\n  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }\n  children { organization { id } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }": typeof types.WebExemplarsReplicationReportDocument,
    "mutation WebExemplarsImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created } }": typeof types.WebExemplarsImportDistinctionRecordsDocument,
    "query WebExemplarsInitiative($id: ID!) { initiative(id: $id) { status year authors { id } progress { text by } organization { id }\n        nomination { stage distinction { code } nominee { ... on Person { id } } } } }": typeof types.WebExemplarsInitiativeDocument,
    "query YearlyStatisticsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {\n  organization { id } year\n  campaigns { own { annual thematic phase total } below { annual thematic phase total } above { annual thematic phase total } }\n  distinctions { distinction { code } registered { collectives individuals } proposed { collectives individuals }\n                 recognized { collectives individuals } } } }": typeof types.YearlyStatisticsYearlyStatisticsDocument,
    "fragment SessionFields on VotingSession {\n  id title status ballotsCast eligibleVoters outcomeNote\n  threshold { numerator denominator } base quorum { numerator denominator }\n  council { id name } nominations { id stage }\n  results { nomination { id } approve reject abstain passed } }": typeof types.SessionFieldsFragmentDoc,
    "mutation FlowsCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }": typeof types.FlowsCreateCouncilDocument,
    "mutation FlowsCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) { id } }": typeof types.FlowsCreateVotingSessionDocument,
    "mutation FlowsCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }": typeof types.FlowsCastBallotDocument,
    "query FlowsStageOf($id: ID!) { nomination(id: $id) { stage } }": typeof types.FlowsStageOfDocument,
};
const documents: Documents = {
    "query BenchPeoplePage($id: ID!, $a: String) { organization(id: $id) { people(first: 100, after: $a) { edges { node { id account } } pageInfo { hasNextPage endCursor } } } }": types.BenchPeoplePageDocument,
    "fragment CampaignFields on Campaign {\n  id title year endYear kind calendar status periodLabel periodStart periodEnd\n  registrationDeadline proposalDeadline escalationDeadline timeZone\n  organization { id name } parent { id } children { id title }\n  deadlines { stage at local passed }\n  criteria { id target text evaluator { id name } }\n  distinctions { code }\n  quotas { organization { id } group { id } min max }\n  reviews { kind title dueAt }\n  history { from to by } }": types.CampaignFieldsFragmentDoc,
    "mutation FlowsCreateCampaign($input: CreateCampaignInput!) { createCampaign(input: $input) { ...CampaignFields } }": types.FlowsCreateCampaignDocument,
    "query FlowsCampaign($id: ID!) { campaign(id: $id) { ...CampaignFields } }": types.FlowsCampaignDocument,
    "mutation FailBallotSecrecyCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { results { approve reject abstain } } }": types.FailBallotSecrecyCloseVotingSessionDocument,
    "mutation FailCampaignIsolationOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }": types.FailCampaignIsolationOpenCampaignDocument,
    "query FailCampaignIsolationCampaigns($id: ID!, $applying: Boolean) { campaigns(organizationId: $id, applying: $applying, first: 100) { totalCount edges { node { id } } } }": types.FailCampaignIsolationCampaignsDocument,
    "query FailCampaignIsolationOrganization($id: ID!) { organization(id: $id) { campaigns { totalCount } } }": types.FailCampaignIsolationOrganizationDocument,
    "mutation FailEverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id title proposalDeadline history { from to change } } }": types.FailEverydayOperationsUpdateCampaignDocument,
    "query FailEverydayOperationsCampaign($id: ID!) { campaign(id: $id) { title proposalDeadline escalationDeadline history { change } } }": types.FailEverydayOperationsCampaignDocument,
    "mutation FailEverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } } } }": types.FailEverydayOperationsAddCouncilMemberDocument,
    "query FailEverydayOperationsCouncil($id: ID!) { council(id: $id) { members { person { id } } } }": types.FailEverydayOperationsCouncilDocument,
    "mutation FailFosteringIsolationCompleteFosteringAction($id: ID!) { completeFosteringAction(id: $id) { id doneAt } }": types.FailFosteringIsolationCompleteFosteringActionDocument,
    "query FailFosteringIsolationEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id } }": types.FailFosteringIsolationEvaluationsDueDocument,
    "query FailFosteringIsolationOrganization($o: ID!) { organization(id: $o) { exemplars { totalCount edges { node { id } } } } }": types.FailFosteringIsolationOrganizationDocument,
    "query FailFosteringIsolationReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { totals { exemplars } } }": types.FailFosteringIsolationReplicationReportDocument,
    "query FailFosteringIsolationNomination($id: ID!) { nomination(id: $id) { exemplar { id title plan { goals } } } }": types.FailFosteringIsolationNominationDocument,
    "query FailFosteringIsolationExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id exemplar { id } } } } }": types.FailFosteringIsolationExemplarsDocument,
    "mutation FailImportsImportOrganizations($format: ImportFormat!, $content: String!) { importOrganizations(format: $format, content: $content) { created updated errors { row message } } }": types.FailImportsImportOrganizationsDocument,
    "mutation FailImportsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }": types.FailImportsImportPeopleDocument,
    "query FailImportsOrganizationByCode($code: String!) { organizationByCode(code: $code) { id name parent { code } } }": types.FailImportsOrganizationByCodeDocument,
    "query FailImportsOrganization($id: ID!) { organization(id: $id) { people(search: \"pham van duc\") { totalCount edges { node { fullName governmentPosition partyPosition } } } } }": types.FailImportsOrganizationDocument,
    "query FailImportsOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }": types.FailImportsOrganization2Document,
    "query FailNominationIsolationOrganization($id: ID!) { organization(id: $id) { nominations { totalCount } } }": types.FailNominationIsolationOrganizationDocument,
    "query FailSharedInflightOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount edges { node { fullName } } } } }": types.FailSharedInflightOrganizationDocument,
    "query FailStaleIdentityOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount } } }": types.FailStaleIdentityOrganizationDocument,
    "query FailStaleIdentityOrganization2($id: ID!) { organization(id: $id) { id } }": types.FailStaleIdentityOrganization2Document,
    "query FailTenantIsolationPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition organization { id } leads { id } } }": types.FailTenantIsolationPersonDocument,
    "mutation FailTenantIsolationCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }": types.FailTenantIsolationCreatePersonDocument,
    "query FailTenantIsolationOrganization($id: ID!) { organization(id: $id) { name people { totalCount edges { node { id } } } } }": types.FailTenantIsolationOrganizationDocument,
    "query FailTenantIsolationOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }": types.FailTenantIsolationOrganization2Document,
    "query FailTenantIsolationMe { me { subject isPlatformAdmin person { id } grants { id } } }": types.FailTenantIsolationMeDocument,
    "query FailTenantIsolationOrganization3($id: ID!) { organization(id: $id) { name } }": types.FailTenantIsolationOrganization3Document,
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
    "mutation CampaignsOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }": types.CampaignsOpenCampaignDocument,
    "query CampaignsCampaign($id: ID!) { campaign(id: $id) { title children { title parent { title } children { title parent { title } } } } }": types.CampaignsCampaignDocument,
    "query CampaignsCampaigns($id: ID!) { campaigns(organizationId: $id, applying: true, first: 50) { totalCount edges { node { title status organization { id } } } } }": types.CampaignsCampaignsDocument,
    "query CampaignsOrganization($id: ID!) { organization(id: $id) { name campaigns(first: 10) { totalCount edges { node { title } } } } }": types.CampaignsOrganizationDocument,
    "query CampaignsCampaigns2($id: ID!, $q: String) { campaigns(organizationId: $id, search: $q, first: 100) { totalCount } }": types.CampaignsCampaigns2Document,
    "mutation EmulationGroupsCreateEmulationGroup($input: CreateEmulationGroupInput!) { createEmulationGroup(input: $input) { id name kind owner { id } members { id } } }": types.EmulationGroupsCreateEmulationGroupDocument,
    "query EmulationGroupsEmulationGroups($id: ID!) { emulationGroups(ownerId: $id) { name } }": types.EmulationGroupsEmulationGroupsDocument,
    "query EverydayOperationsPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition account active leftAt leads { id } } }": types.EverydayOperationsPersonDocument,
    "mutation EverydayOperationsUpdatePerson($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id fullName partyPosition governmentPosition account active leads { id } } }": types.EverydayOperationsUpdatePersonDocument,
    "mutation EverydayOperationsDeactivatePerson($id: ID!, $at: DateTime!) { deactivatePerson(id: $id, leftAt: $at) { id active leftAt } }": types.EverydayOperationsDeactivatePersonDocument,
    "mutation EverydayOperationsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }": types.EverydayOperationsImportPeopleDocument,
    "mutation EverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) {\n  id title status registrationDeadline proposalDeadline escalationDeadline\n  distinctions { code } criteria { id target text } quotas { organization { id } min max }\n  history { from to by change } } }": types.EverydayOperationsUpdateCampaignDocument,
    "query EverydayOperationsNomination($id: ID!) { nomination(id: $id) { stage nominee { ... on Person { id active } } } }": types.EverydayOperationsNominationDocument,
    "query EverydayOperationsOrganization($id: ID!) { organization(id: $id) { people(search: \"le van cuong\") { edges { node { id active leftAt } } } } }": types.EverydayOperationsOrganizationDocument,
    "mutation EverydayOperationsUpdateEmulationGroup($id: ID!, $name: String, $m: [ID!]) { updateEmulationGroup(id: $id, name: $name, memberIds: $m) { id name kind members { id } } }": types.EverydayOperationsUpdateEmulationGroupDocument,
    "mutation EverydayOperationsUpdateEmulationGroup2($id: ID!) { updateEmulationGroup(id: $id, name: \"Khối liên cấp\") { name members { id } } }": types.EverydayOperationsUpdateEmulationGroup2Document,
    "query EverydayOperationsVotingSession($id: ID!) { votingSession(id: $id) { status eligibleVoters } }": types.EverydayOperationsVotingSessionDocument,
    "mutation EverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } role } } }": types.EverydayOperationsAddCouncilMemberDocument,
    "query EverydayOperationsCouncils($o: ID!, $first: Int, $after: String) { councils(organizationId: $o, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind organization { id } } } } }": types.EverydayOperationsCouncilsDocument,
    "query EverydayOperationsVotingSessions($c: ID!, $first: Int, $after: String) { votingSessions(councilId: $c, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id status eligibleVoters council { id } } } } }": types.EverydayOperationsVotingSessionsDocument,
    "query ExemplarsExemplars($o: ID!) { exemplars(organizationId: $o) { totalCount edges { node {\n  nomineeName year decisionNumber distinction { code nameVi } dossier { summary evidence { text } attachments { name } }\n  history { to } } } } }": types.ExemplarsExemplarsDocument,
    "\n        query ExemplarsExemplars2 ($o: ID!) {\n          exemplars(organizationId: $o) {\n            edges {\n              node {\n                nominee {\n                  ... on Person {\n                    governmentPosition\n                  }\n                }\n              }\n            }\n          }\n        }\n      ": types.ExemplarsExemplars2Document,
    "fragment InitiativeFields on Initiative { id title field year status reach organization { id }\n  authors { id fullName } progress { by text at }\n  nomination { id stage distinction { code } nominee { ... on Person { id } } } }": types.InitiativeFieldsFragmentDoc,
    "mutation InitiativesRegister($i: RegisterInitiativeInput!) { registerInitiative(input: $i) { ...InitiativeFields } }": types.InitiativesRegisterDocument,
    "query InitiativesRead($id: ID!) { initiative(id: $id) { ...InitiativeFields } }": types.InitiativesReadDocument,
    "mutation InitiativesProgress($id: ID!, $t: String!) { reportInitiativeProgress(id: $id, text: $t) { ...InitiativeFields } }": types.InitiativesProgressDocument,
    "mutation InitiativesSubmit($id: ID!, $c: ID!, $s: String!) { submitInitiative(id: $id, campaignId: $c, summary: $s) { ...InitiativeFields } }": types.InitiativesSubmitDocument,
    "mutation FosteringInitiativesSetInitiativeReach($id: ID!, $r: InitiativeReach!, $n: String!) { setInitiativeReach(id: $id, reach: $r, decisionNumber: $n) { status reach } }": types.FosteringInitiativesSetInitiativeReachDocument,
    "mutation FosteringInitiativesImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }": types.FosteringInitiativesImportDistinctionRecordsDocument,
    "query FosteringInitiativesExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code } eligible missing } } }": types.FosteringInitiativesExemplarDocument,
    "query FosteringInitiativesOrganization($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount edges { node { id title } } } } }": types.FosteringInitiativesOrganizationDocument,
    "query FosteringInitiativesOrganization2($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount } } }": types.FosteringInitiativesOrganization2Document,
    "query FosteringReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { year organization { id }\n  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }\n  children { organization { id name } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }": types.FosteringReplicationReportDocument,
    "query FosteringEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id nextEvaluationDue } }": types.FosteringEvaluationsDueDocument,
    "mutation FosteringImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }": types.FosteringImportDistinctionRecordsDocument,
    "query FosteringExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id\n      exemplar { id title published } } } } }": types.FosteringExemplarsDocument,
    "query FosteringExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code nameVi } eligible missing earliestYear } } }": types.FosteringExemplarDocument,
    "mutation MassOrganizationsEscalationRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) {\n  id stage year nomineeName submittingOrganization { id } campaign { id } } }": types.MassOrganizationsEscalationRegisterNominationDocument,
    "mutation MassOrganizationsEscalationEscalateNomination($id: ID!, $to: ID!, $code: String) { escalateNomination(id: $id, toCampaignId: $to, distinctionCode: $code) {\n  id stage year distinction { code level } campaign { id } escalatedFrom { id stage } submittingOrganization { id } } }": types.MassOrganizationsEscalationEscalateNominationDocument,
    "query MassOrganizationsEscalationOrganization($id: ID!, $c: ID) { organization(id: $id) { nominations(campaignId: $c) { totalCount edges { node { nominee { ... on Person { id } } submittingOrganization { id } } } } } }": types.MassOrganizationsEscalationOrganizationDocument,
    "query MassOrganizationsEscalationCampaigns($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }": types.MassOrganizationsEscalationCampaignsDocument,
    "query MassOrganizationsEscalationCampaigns2($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }": types.MassOrganizationsEscalationCampaigns2Document,
    "query NominationExportsPeoplePage($id: ID!, $after: String) { organization(id: $id) { people(first: 100, after: $after) {\n            pageInfo { hasNextPage endCursor } edges { node { id } } } } }": types.NominationExportsPeoplePageDocument,
    "mutation NominationsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage dossier { summary evidence { criterionId text } attachments { name size } } } }": types.NominationsProposeNominationDocument,
    "mutation NominationsEscalateNomination3($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage campaign { id } submittingOrganization { id } escalatedFrom { id stage } } }": types.NominationsEscalateNomination3Document,
    "query NominationsPerson($id: ID!) { person(id: $id) { fullName distinctions { year source decisionNumber distinction { code } nomination { id } } } }": types.NominationsPersonDocument,
    "mutation NominationsEscalateNomination($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { stage } }": types.NominationsEscalateNominationDocument,
    "mutation NominationsReturnNomination($id: ID!) { returnNomination(id: $id, reason: \"Bổ sung minh chứng\") { stage history { to reason } } }": types.NominationsReturnNominationDocument,
    "mutation NominationsEscalateNomination2($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id campaign { id } } }": types.NominationsEscalateNomination2Document,
    "query NominationsNominations($c: ID!, $q: String) { nominations(campaignId: $c, search: $q, first: 50) { totalCount edges { node { nomineeName stage nominee { ... on Person { fullName } } submittingOrganization { name } } } } }": types.NominationsNominationsDocument,
    "query NominationsOrganization($id: ID!) { organization(id: $id) { nominations(stage: RECOGNIZED, first: 50) { totalCount edges { node { stage } } } } }": types.NominationsOrganizationDocument,
    "query NominationsNominations2($c: ID!) { nominations(campaignId: $c, first: 2) { edges { node { id } } } }": types.NominationsNominations2Document,
    "query NominationsNominations3($c: ID!) { nominations(campaignId: $c, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }": types.NominationsNominations3Document,
    "query NominationsNominations4($c: ID!, $a: String) { nominations(campaignId: $c, first: 1, after: $a) { edges { node { id } } } }": types.NominationsNominations4Document,
    "query OrganizationTreeRead($id: ID!) { organization(id: $id) { id code name kind dissolvedAt parent { id } ancestors { id } tenant { id }\n  children(first: 50) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } } }": types.OrganizationTreeReadDocument,
    "query OrganizationTreeOrganization($id: ID!) { organization(id: $id) { children(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }": types.OrganizationTreeOrganizationDocument,
    "query OrganizationTreeOrganization2($id: ID!, $after: String) { organization(id: $id) { children(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }": types.OrganizationTreeOrganization2Document,
    "query OrganizationTreeOrganizations($within: ID!) { organizations(search: \"truong tieu hoc dong ha\", withinId: $within) { totalCount edges { node { name } } } }": types.OrganizationTreeOrganizationsDocument,
    "mutation OrganizationTreeMoveOrganization($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { id parent { id } ancestors { id } tenant { id } } }": types.OrganizationTreeMoveOrganizationDocument,
    "query OrganizationTreeOrganization3($id: ID!, $before: DateTime!) { organization(id: $id) {\n         history { kind status fromParent { id } toParent { id } }\n         parentAt(at: $before) { id } } }": types.OrganizationTreeOrganization3Document,
    "query OrganizationTreeOrganization4($id: ID!) { organization(id: $id) { children { edges { node { ancestors { id } } } } } }": types.OrganizationTreeOrganization4Document,
    "mutation OrganizationTreeMoveOrganization2($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { parent { id } history { kind status } } }": types.OrganizationTreeMoveOrganization2Document,
    "query OrganizationTreeOrganization5($id: ID!) { organization(id: $id) { parent { id } } }": types.OrganizationTreeOrganization5Document,
    "query OrganizationTreeOrganization6($id: ID!) { organization(id: $id) { history { kind status } } }": types.OrganizationTreeOrganization6Document,
    "query OrganizationTreeOrganization7($id: ID!) { organization(id: $id) { parent { name } } }": types.OrganizationTreeOrganization7Document,
    "mutation OrganizationTreeMergeOrganizations($s: [ID!]!, $t: ID!, $at: DateTime!) { mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) {\n         id predecessors { id } children(first: 50) { edges { node { id } } } } }": types.OrganizationTreeMergeOrganizationsDocument,
    "query OrganizationTreeOrganization8($id: ID!) { organization(id: $id) { dissolvedAt mergedInto { id } ancestors { id } history { kind } } }": types.OrganizationTreeOrganization8Document,
    "query PhaseReviewsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {\n  campaigns { own { annual thematic phase total } }\n  distinctions { distinction { code } recognized { individuals } } } }": types.PhaseReviewsYearlyStatisticsDocument,
    "query PhaseReviewsCampaign($id: ID!) { campaign(id: $id) { children { id } } }": types.PhaseReviewsCampaignDocument,
    "query PhaseReviewsPerson($id: ID!) { person(id: $id) { distinctions { year decisionNumber source distinction { code } nomination { id } } } }": types.PhaseReviewsPersonDocument,
    "query ReportsOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n  organization { id } campaign { id }\n  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals }\n  byDistinction { distinction { code } count }\n  children { organization { id name } totals { registered proposed escalated collectives individuals } } } }": types.ReportsOrgReportDocument,
    "query ReportsOrganization($id: ID!, $c: ID!) { organization(id: $id) { name report(campaignId: $c) { totals { registered } } } }": types.ReportsOrganizationDocument,
    "query ReportsOrgReport2($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n      campaign { title } totals { registered } } }": types.ReportsOrgReport2Document,
    "query ReportsSubmissionCompliance($o: ID!, $c: ID!) { submissionCompliance(organizationId: $o, campaignId: $c) {\n      organization { id } registered proposed quotaMin quotaMax onTime withinQuota } }": types.ReportsSubmissionComplianceDocument,
    "\n            mutation RollupsPropertyRegisterNomination ($i: RegisterNominationInput!) {\n              registerNomination(input: $i) {\n                id\n                stage\n              }\n            }\n          ": types.RollupsPropertyRegisterNominationDocument,
    "mutation RollupsPropertyEscalate($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage } }": types.RollupsPropertyEscalateDocument,
    "subscription SubscriptionOrganizationChanged($id: ID!) { organizationChanged(organizationId: $id) { kind at organization { id name parent { id } } } }": types.SubscriptionOrganizationChangedDocument,
    "query VotingDashboardsVotingSession($id: ID!) { votingSession(id: $id) { id status eligibleVoters ballotsCast } }": types.VotingDashboardsVotingSessionDocument,
    "subscription VotingDashboardsVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } passed } } }": types.VotingDashboardsVotingProgressDocument,
    "mutation VotingDashboardsOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status nominations { id stage } } }": types.VotingDashboardsOpenVotingSessionDocument,
    "mutation VotingDashboardsCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { status nominations { id stage } } }": types.VotingDashboardsCloseVotingSessionDocument,
    "query VotingSession($id: ID!) { votingSession(id: $id) { ...SessionFields } }": types.VotingSessionDocument,
    "subscription VotingVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } approve passed } } }": types.VotingVotingProgressDocument,
    "mutation VotingOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status eligibleVoters } }": types.VotingOpenVotingSessionDocument,
    "mutation VotingCloseWithFields($id: ID!) { closeVotingSession(id: $id) { ...SessionFields } }": types.VotingCloseWithFieldsDocument,
    "query VotingVotingSession($id: ID!) { votingSession(id: $id) { ballotsCast } }": types.VotingVotingSessionDocument,
    "mutation VotingCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { ballotsCast outcomeNote results { approve passed } } }": types.VotingCloseVotingSessionDocument,
    "mutation VotingCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) {\n        threshold { numerator denominator } base comparison quorum { numerator denominator } ruleSource } }": types.VotingCreateVotingSessionDocument,
    "query WebAppOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals } children { organization { id } totals { registered } } } }": types.WebAppOrgReportDocument,
    "query WebExemplarsReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) {\n  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }\n  children { organization { id } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }": types.WebExemplarsReplicationReportDocument,
    "mutation WebExemplarsImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created } }": types.WebExemplarsImportDistinctionRecordsDocument,
    "query WebExemplarsInitiative($id: ID!) { initiative(id: $id) { status year authors { id } progress { text by } organization { id }\n        nomination { stage distinction { code } nominee { ... on Person { id } } } } }": types.WebExemplarsInitiativeDocument,
    "query YearlyStatisticsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {\n  organization { id } year\n  campaigns { own { annual thematic phase total } below { annual thematic phase total } above { annual thematic phase total } }\n  distinctions { distinction { code } registered { collectives individuals } proposed { collectives individuals }\n                 recognized { collectives individuals } } } }": types.YearlyStatisticsYearlyStatisticsDocument,
    "fragment SessionFields on VotingSession {\n  id title status ballotsCast eligibleVoters outcomeNote\n  threshold { numerator denominator } base quorum { numerator denominator }\n  council { id name } nominations { id stage }\n  results { nomination { id } approve reject abstain passed } }": types.SessionFieldsFragmentDoc,
    "mutation FlowsCreateCouncil($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }": types.FlowsCreateCouncilDocument,
    "mutation FlowsCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) { id } }": types.FlowsCreateVotingSessionDocument,
    "mutation FlowsCastBallot($s: ID!, $c: [BallotChoiceInput!]!) { castBallot(sessionId: $s, choices: $c) { sessionId receiptCode } }": types.FlowsCastBallotDocument,
    "query FlowsStageOf($id: ID!) { nomination(id: $id) { stage } }": types.FlowsStageOfDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query BenchPeoplePage($id: ID!, $a: String) { organization(id: $id) { people(first: 100, after: $a) { edges { node { id account } } pageInfo { hasNextPage endCursor } } } }"): typeof import('./graphql').BenchPeoplePageDocument;
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
export function gql(source: "mutation FailBallotSecrecyCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { results { approve reject abstain } } }"): typeof import('./graphql').FailBallotSecrecyCloseVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FailCampaignIsolationOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }"): typeof import('./graphql').FailCampaignIsolationOpenCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailCampaignIsolationCampaigns($id: ID!, $applying: Boolean) { campaigns(organizationId: $id, applying: $applying, first: 100) { totalCount edges { node { id } } } }"): typeof import('./graphql').FailCampaignIsolationCampaignsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailCampaignIsolationOrganization($id: ID!) { organization(id: $id) { campaigns { totalCount } } }"): typeof import('./graphql').FailCampaignIsolationOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FailEverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { id title proposalDeadline history { from to change } } }"): typeof import('./graphql').FailEverydayOperationsUpdateCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailEverydayOperationsCampaign($id: ID!) { campaign(id: $id) { title proposalDeadline escalationDeadline history { change } } }"): typeof import('./graphql').FailEverydayOperationsCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FailEverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } } } }"): typeof import('./graphql').FailEverydayOperationsAddCouncilMemberDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailEverydayOperationsCouncil($id: ID!) { council(id: $id) { members { person { id } } } }"): typeof import('./graphql').FailEverydayOperationsCouncilDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FailFosteringIsolationCompleteFosteringAction($id: ID!) { completeFosteringAction(id: $id) { id doneAt } }"): typeof import('./graphql').FailFosteringIsolationCompleteFosteringActionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailFosteringIsolationEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id } }"): typeof import('./graphql').FailFosteringIsolationEvaluationsDueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailFosteringIsolationOrganization($o: ID!) { organization(id: $o) { exemplars { totalCount edges { node { id } } } } }"): typeof import('./graphql').FailFosteringIsolationOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailFosteringIsolationReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { totals { exemplars } } }"): typeof import('./graphql').FailFosteringIsolationReplicationReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailFosteringIsolationNomination($id: ID!) { nomination(id: $id) { exemplar { id title plan { goals } } } }"): typeof import('./graphql').FailFosteringIsolationNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailFosteringIsolationExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id exemplar { id } } } } }"): typeof import('./graphql').FailFosteringIsolationExemplarsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FailImportsImportOrganizations($format: ImportFormat!, $content: String!) { importOrganizations(format: $format, content: $content) { created updated errors { row message } } }"): typeof import('./graphql').FailImportsImportOrganizationsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FailImportsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }"): typeof import('./graphql').FailImportsImportPeopleDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailImportsOrganizationByCode($code: String!) { organizationByCode(code: $code) { id name parent { code } } }"): typeof import('./graphql').FailImportsOrganizationByCodeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailImportsOrganization($id: ID!) { organization(id: $id) { people(search: \"pham van duc\") { totalCount edges { node { fullName governmentPosition partyPosition } } } } }"): typeof import('./graphql').FailImportsOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailImportsOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }"): typeof import('./graphql').FailImportsOrganization2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailNominationIsolationOrganization($id: ID!) { organization(id: $id) { nominations { totalCount } } }"): typeof import('./graphql').FailNominationIsolationOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailSharedInflightOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount edges { node { fullName } } } } }"): typeof import('./graphql').FailSharedInflightOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailStaleIdentityOrganization($id: ID!) { organization(id: $id) { people(first: 5) { totalCount } } }"): typeof import('./graphql').FailStaleIdentityOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailStaleIdentityOrganization2($id: ID!) { organization(id: $id) { id } }"): typeof import('./graphql').FailStaleIdentityOrganization2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailTenantIsolationPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition organization { id } leads { id } } }"): typeof import('./graphql').FailTenantIsolationPersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FailTenantIsolationCreatePerson($input: CreatePersonInput!) { createPerson(input: $input) { id } }"): typeof import('./graphql').FailTenantIsolationCreatePersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailTenantIsolationOrganization($id: ID!) { organization(id: $id) { name people { totalCount edges { node { id } } } } }"): typeof import('./graphql').FailTenantIsolationOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailTenantIsolationOrganization2($id: ID!) { organization(id: $id) { people { totalCount } } }"): typeof import('./graphql').FailTenantIsolationOrganization2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailTenantIsolationMe { me { subject isPlatformAdmin person { id } grants { id } } }"): typeof import('./graphql').FailTenantIsolationMeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FailTenantIsolationOrganization3($id: ID!) { organization(id: $id) { name } }"): typeof import('./graphql').FailTenantIsolationOrganization3Document;
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
export function gql(source: "mutation CampaignsOpenCampaign($id: ID!) { openCampaign(id: $id) { status } }"): typeof import('./graphql').CampaignsOpenCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CampaignsCampaign($id: ID!) { campaign(id: $id) { title children { title parent { title } children { title parent { title } } } } }"): typeof import('./graphql').CampaignsCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CampaignsCampaigns($id: ID!) { campaigns(organizationId: $id, applying: true, first: 50) { totalCount edges { node { title status organization { id } } } } }"): typeof import('./graphql').CampaignsCampaignsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CampaignsOrganization($id: ID!) { organization(id: $id) { name campaigns(first: 10) { totalCount edges { node { title } } } } }"): typeof import('./graphql').CampaignsOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CampaignsCampaigns2($id: ID!, $q: String) { campaigns(organizationId: $id, search: $q, first: 100) { totalCount } }"): typeof import('./graphql').CampaignsCampaigns2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EmulationGroupsCreateEmulationGroup($input: CreateEmulationGroupInput!) { createEmulationGroup(input: $input) { id name kind owner { id } members { id } } }"): typeof import('./graphql').EmulationGroupsCreateEmulationGroupDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EmulationGroupsEmulationGroups($id: ID!) { emulationGroups(ownerId: $id) { name } }"): typeof import('./graphql').EmulationGroupsEmulationGroupsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EverydayOperationsPerson($id: ID!) { person(id: $id) { id fullName partyPosition governmentPosition account active leftAt leads { id } } }"): typeof import('./graphql').EverydayOperationsPersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EverydayOperationsUpdatePerson($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id fullName partyPosition governmentPosition account active leads { id } } }"): typeof import('./graphql').EverydayOperationsUpdatePersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EverydayOperationsDeactivatePerson($id: ID!, $at: DateTime!) { deactivatePerson(id: $id, leftAt: $at) { id active leftAt } }"): typeof import('./graphql').EverydayOperationsDeactivatePersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EverydayOperationsImportPeople($format: ImportFormat!, $content: String!) { importPeople(format: $format, content: $content) { created updated errors { row message } } }"): typeof import('./graphql').EverydayOperationsImportPeopleDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EverydayOperationsUpdateCampaign($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) {\n  id title status registrationDeadline proposalDeadline escalationDeadline\n  distinctions { code } criteria { id target text } quotas { organization { id } min max }\n  history { from to by change } } }"): typeof import('./graphql').EverydayOperationsUpdateCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EverydayOperationsNomination($id: ID!) { nomination(id: $id) { stage nominee { ... on Person { id active } } } }"): typeof import('./graphql').EverydayOperationsNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EverydayOperationsOrganization($id: ID!) { organization(id: $id) { people(search: \"le van cuong\") { edges { node { id active leftAt } } } } }"): typeof import('./graphql').EverydayOperationsOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EverydayOperationsUpdateEmulationGroup($id: ID!, $name: String, $m: [ID!]) { updateEmulationGroup(id: $id, name: $name, memberIds: $m) { id name kind members { id } } }"): typeof import('./graphql').EverydayOperationsUpdateEmulationGroupDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EverydayOperationsUpdateEmulationGroup2($id: ID!) { updateEmulationGroup(id: $id, name: \"Khối liên cấp\") { name members { id } } }"): typeof import('./graphql').EverydayOperationsUpdateEmulationGroup2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EverydayOperationsVotingSession($id: ID!) { votingSession(id: $id) { status eligibleVoters } }"): typeof import('./graphql').EverydayOperationsVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EverydayOperationsAddCouncilMember($c: ID!, $m: CouncilMemberInput!) { addCouncilMember(councilId: $c, member: $m) { id members { person { id } role } } }"): typeof import('./graphql').EverydayOperationsAddCouncilMemberDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EverydayOperationsCouncils($o: ID!, $first: Int, $after: String) { councils(organizationId: $o, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind organization { id } } } } }"): typeof import('./graphql').EverydayOperationsCouncilsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query EverydayOperationsVotingSessions($c: ID!, $first: Int, $after: String) { votingSessions(councilId: $c, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { id status eligibleVoters council { id } } } } }"): typeof import('./graphql').EverydayOperationsVotingSessionsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ExemplarsExemplars($o: ID!) { exemplars(organizationId: $o) { totalCount edges { node {\n  nomineeName year decisionNumber distinction { code nameVi } dossier { summary evidence { text } attachments { name } }\n  history { to } } } } }"): typeof import('./graphql').ExemplarsExemplarsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n        query ExemplarsExemplars2 ($o: ID!) {\n          exemplars(organizationId: $o) {\n            edges {\n              node {\n                nominee {\n                  ... on Person {\n                    governmentPosition\n                  }\n                }\n              }\n            }\n          }\n        }\n      "): typeof import('./graphql').ExemplarsExemplars2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment InitiativeFields on Initiative { id title field year status reach organization { id }\n  authors { id fullName } progress { by text at }\n  nomination { id stage distinction { code } nominee { ... on Person { id } } } }"): typeof import('./graphql').InitiativeFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation InitiativesRegister($i: RegisterInitiativeInput!) { registerInitiative(input: $i) { ...InitiativeFields } }"): typeof import('./graphql').InitiativesRegisterDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query InitiativesRead($id: ID!) { initiative(id: $id) { ...InitiativeFields } }"): typeof import('./graphql').InitiativesReadDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation InitiativesProgress($id: ID!, $t: String!) { reportInitiativeProgress(id: $id, text: $t) { ...InitiativeFields } }"): typeof import('./graphql').InitiativesProgressDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation InitiativesSubmit($id: ID!, $c: ID!, $s: String!) { submitInitiative(id: $id, campaignId: $c, summary: $s) { ...InitiativeFields } }"): typeof import('./graphql').InitiativesSubmitDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FosteringInitiativesSetInitiativeReach($id: ID!, $r: InitiativeReach!, $n: String!) { setInitiativeReach(id: $id, reach: $r, decisionNumber: $n) { status reach } }"): typeof import('./graphql').FosteringInitiativesSetInitiativeReachDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FosteringInitiativesImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }"): typeof import('./graphql').FosteringInitiativesImportDistinctionRecordsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FosteringInitiativesExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code } eligible missing } } }"): typeof import('./graphql').FosteringInitiativesExemplarDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FosteringInitiativesOrganization($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount edges { node { id title } } } } }"): typeof import('./graphql').FosteringInitiativesOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FosteringInitiativesOrganization2($o: ID!, $y: Int) { organization(id: $o) { initiatives(year: $y) { totalCount } } }"): typeof import('./graphql').FosteringInitiativesOrganization2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FosteringReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) { year organization { id }\n  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }\n  children { organization { id name } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }"): typeof import('./graphql').FosteringReplicationReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FosteringEvaluationsDue($o: ID!, $b: DateTime!) { evaluationsDue(organizationId: $o, before: $b) { id nextEvaluationDue } }"): typeof import('./graphql').FosteringEvaluationsDueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation FosteringImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created errors { row message } } }"): typeof import('./graphql').FosteringImportDistinctionRecordsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FosteringExemplars($o: ID!) { exemplars(organizationId: $o) { edges { node { id\n      exemplar { id title published } } } } }"): typeof import('./graphql').FosteringExemplarsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FosteringExemplar($id: ID!) { exemplar(id: $id) { pathway { distinction { code nameVi } eligible missing earliestYear } } }"): typeof import('./graphql').FosteringExemplarDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation MassOrganizationsEscalationRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) {\n  id stage year nomineeName submittingOrganization { id } campaign { id } } }"): typeof import('./graphql').MassOrganizationsEscalationRegisterNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation MassOrganizationsEscalationEscalateNomination($id: ID!, $to: ID!, $code: String) { escalateNomination(id: $id, toCampaignId: $to, distinctionCode: $code) {\n  id stage year distinction { code level } campaign { id } escalatedFrom { id stage } submittingOrganization { id } } }"): typeof import('./graphql').MassOrganizationsEscalationEscalateNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MassOrganizationsEscalationOrganization($id: ID!, $c: ID) { organization(id: $id) { nominations(campaignId: $c) { totalCount edges { node { nominee { ... on Person { id } } submittingOrganization { id } } } } } }"): typeof import('./graphql').MassOrganizationsEscalationOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MassOrganizationsEscalationCampaigns($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }"): typeof import('./graphql').MassOrganizationsEscalationCampaignsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MassOrganizationsEscalationCampaigns2($o: ID!) { campaigns(organizationId: $o, applying: true) { edges { node { id } } } }"): typeof import('./graphql').MassOrganizationsEscalationCampaigns2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NominationExportsPeoplePage($id: ID!, $after: String) { organization(id: $id) { people(first: 100, after: $after) {\n            pageInfo { hasNextPage endCursor } edges { node { id } } } } }"): typeof import('./graphql').NominationExportsPeoplePageDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation NominationsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage dossier { summary evidence { criterionId text } attachments { name size } } } }"): typeof import('./graphql').NominationsProposeNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation NominationsEscalateNomination3($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage campaign { id } submittingOrganization { id } escalatedFrom { id stage } } }"): typeof import('./graphql').NominationsEscalateNomination3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NominationsPerson($id: ID!) { person(id: $id) { fullName distinctions { year source decisionNumber distinction { code } nomination { id } } } }"): typeof import('./graphql').NominationsPersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation NominationsEscalateNomination($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { stage } }"): typeof import('./graphql').NominationsEscalateNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation NominationsReturnNomination($id: ID!) { returnNomination(id: $id, reason: \"Bổ sung minh chứng\") { stage history { to reason } } }"): typeof import('./graphql').NominationsReturnNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation NominationsEscalateNomination2($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id campaign { id } } }"): typeof import('./graphql').NominationsEscalateNomination2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NominationsNominations($c: ID!, $q: String) { nominations(campaignId: $c, search: $q, first: 50) { totalCount edges { node { nomineeName stage nominee { ... on Person { fullName } } submittingOrganization { name } } } } }"): typeof import('./graphql').NominationsNominationsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NominationsOrganization($id: ID!) { organization(id: $id) { nominations(stage: RECOGNIZED, first: 50) { totalCount edges { node { stage } } } } }"): typeof import('./graphql').NominationsOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NominationsNominations2($c: ID!) { nominations(campaignId: $c, first: 2) { edges { node { id } } } }"): typeof import('./graphql').NominationsNominations2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NominationsNominations3($c: ID!) { nominations(campaignId: $c, first: 1) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').NominationsNominations3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query NominationsNominations4($c: ID!, $a: String) { nominations(campaignId: $c, first: 1, after: $a) { edges { node { id } } } }"): typeof import('./graphql').NominationsNominations4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeRead($id: ID!) { organization(id: $id) { id code name kind dissolvedAt parent { id } ancestors { id } tenant { id }\n  children(first: 50) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } } }"): typeof import('./graphql').OrganizationTreeReadDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization($id: ID!) { organization(id: $id) { children(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }"): typeof import('./graphql').OrganizationTreeOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization2($id: ID!, $after: String) { organization(id: $id) { children(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }"): typeof import('./graphql').OrganizationTreeOrganization2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganizations($within: ID!) { organizations(search: \"truong tieu hoc dong ha\", withinId: $within) { totalCount edges { node { name } } } }"): typeof import('./graphql').OrganizationTreeOrganizationsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation OrganizationTreeMoveOrganization($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { id parent { id } ancestors { id } tenant { id } } }"): typeof import('./graphql').OrganizationTreeMoveOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization3($id: ID!, $before: DateTime!) { organization(id: $id) {\n         history { kind status fromParent { id } toParent { id } }\n         parentAt(at: $before) { id } } }"): typeof import('./graphql').OrganizationTreeOrganization3Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization4($id: ID!) { organization(id: $id) { children { edges { node { ancestors { id } } } } } }"): typeof import('./graphql').OrganizationTreeOrganization4Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation OrganizationTreeMoveOrganization2($id: ID!, $to: ID!, $at: DateTime!) { moveOrganization(id: $id, newParentId: $to, effectiveFrom: $at) { parent { id } history { kind status } } }"): typeof import('./graphql').OrganizationTreeMoveOrganization2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization5($id: ID!) { organization(id: $id) { parent { id } } }"): typeof import('./graphql').OrganizationTreeOrganization5Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization6($id: ID!) { organization(id: $id) { history { kind status } } }"): typeof import('./graphql').OrganizationTreeOrganization6Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization7($id: ID!) { organization(id: $id) { parent { name } } }"): typeof import('./graphql').OrganizationTreeOrganization7Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation OrganizationTreeMergeOrganizations($s: [ID!]!, $t: ID!, $at: DateTime!) { mergeOrganizations(sourceIds: $s, targetId: $t, effectiveFrom: $at) {\n         id predecessors { id } children(first: 50) { edges { node { id } } } } }"): typeof import('./graphql').OrganizationTreeMergeOrganizationsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OrganizationTreeOrganization8($id: ID!) { organization(id: $id) { dissolvedAt mergedInto { id } ancestors { id } history { kind } } }"): typeof import('./graphql').OrganizationTreeOrganization8Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PhaseReviewsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {\n  campaigns { own { annual thematic phase total } }\n  distinctions { distinction { code } recognized { individuals } } } }"): typeof import('./graphql').PhaseReviewsYearlyStatisticsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PhaseReviewsCampaign($id: ID!) { campaign(id: $id) { children { id } } }"): typeof import('./graphql').PhaseReviewsCampaignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PhaseReviewsPerson($id: ID!) { person(id: $id) { distinctions { year decisionNumber source distinction { code } nomination { id } } } }"): typeof import('./graphql').PhaseReviewsPersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ReportsOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n  organization { id } campaign { id }\n  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals }\n  byDistinction { distinction { code } count }\n  children { organization { id name } totals { registered proposed escalated collectives individuals } } } }"): typeof import('./graphql').ReportsOrgReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ReportsOrganization($id: ID!, $c: ID!) { organization(id: $id) { name report(campaignId: $c) { totals { registered } } } }"): typeof import('./graphql').ReportsOrganizationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ReportsOrgReport2($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n      campaign { title } totals { registered } } }"): typeof import('./graphql').ReportsOrgReport2Document;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ReportsSubmissionCompliance($o: ID!, $c: ID!) { submissionCompliance(organizationId: $o, campaignId: $c) {\n      organization { id } registered proposed quotaMin quotaMax onTime withinQuota } }"): typeof import('./graphql').ReportsSubmissionComplianceDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "\n            mutation RollupsPropertyRegisterNomination ($i: RegisterNominationInput!) {\n              registerNomination(input: $i) {\n                id\n                stage\n              }\n            }\n          "): typeof import('./graphql').RollupsPropertyRegisterNominationDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RollupsPropertyEscalate($id: ID!, $to: ID!) { escalateNomination(id: $id, toCampaignId: $to) { id stage } }"): typeof import('./graphql').RollupsPropertyEscalateDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "subscription SubscriptionOrganizationChanged($id: ID!) { organizationChanged(organizationId: $id) { kind at organization { id name parent { id } } } }"): typeof import('./graphql').SubscriptionOrganizationChangedDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query VotingDashboardsVotingSession($id: ID!) { votingSession(id: $id) { id status eligibleVoters ballotsCast } }"): typeof import('./graphql').VotingDashboardsVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "subscription VotingDashboardsVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } passed } } }"): typeof import('./graphql').VotingDashboardsVotingProgressDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation VotingDashboardsOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status nominations { id stage } } }"): typeof import('./graphql').VotingDashboardsOpenVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation VotingDashboardsCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { status nominations { id stage } } }"): typeof import('./graphql').VotingDashboardsCloseVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query VotingSession($id: ID!) { votingSession(id: $id) { ...SessionFields } }"): typeof import('./graphql').VotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "subscription VotingVotingProgress($id: ID!) { votingProgress(sessionId: $id) { sessionId status ballotsCast eligibleVoters results { nomination { id } approve passed } } }"): typeof import('./graphql').VotingVotingProgressDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation VotingOpenVotingSession($id: ID!) { openVotingSession(id: $id) { status eligibleVoters } }"): typeof import('./graphql').VotingOpenVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation VotingCloseWithFields($id: ID!) { closeVotingSession(id: $id) { ...SessionFields } }"): typeof import('./graphql').VotingCloseWithFieldsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query VotingVotingSession($id: ID!) { votingSession(id: $id) { ballotsCast } }"): typeof import('./graphql').VotingVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation VotingCloseVotingSession($id: ID!) { closeVotingSession(id: $id) { ballotsCast outcomeNote results { approve passed } } }"): typeof import('./graphql').VotingCloseVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation VotingCreateVotingSession($input: CreateVotingSessionInput!) { createVotingSession(input: $input) {\n        threshold { numerator denominator } base comparison quorum { numerator denominator } ruleSource } }"): typeof import('./graphql').VotingCreateVotingSessionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebAppOrgReport($o: ID!, $c: ID!) { orgReport(organizationId: $o, campaignId: $c) {\n  totals { registered proposed underReview councilApproved councilRejected recognized escalated collectives individuals } children { organization { id } totals { registered } } } }"): typeof import('./graphql').WebAppOrgReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebExemplarsReplicationReport($o: ID!, $y: Int!) { replicationReport(organizationId: $o, year: $y) {\n  totals { exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken }\n  children { organization { id } exemplars evaluationsOnTime evaluationsOverdue adoptionsGiven adoptionsTaken } } }"): typeof import('./graphql').WebExemplarsReplicationReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation WebExemplarsImportDistinctionRecords($format: ImportFormat!, $content: String!) {\n  importDistinctionRecords(format: $format, content: $content) { created } }"): typeof import('./graphql').WebExemplarsImportDistinctionRecordsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query WebExemplarsInitiative($id: ID!) { initiative(id: $id) { status year authors { id } progress { text by } organization { id }\n        nomination { stage distinction { code } nominee { ... on Person { id } } } } }"): typeof import('./graphql').WebExemplarsInitiativeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query YearlyStatisticsYearlyStatistics($o: ID!, $y: Int!) { yearlyStatistics(organizationId: $o, year: $y) {\n  organization { id } year\n  campaigns { own { annual thematic phase total } below { annual thematic phase total } above { annual thematic phase total } }\n  distinctions { distinction { code } registered { collectives individuals } proposed { collectives individuals }\n                 recognized { collectives individuals } } } }"): typeof import('./graphql').YearlyStatisticsYearlyStatisticsDocument;
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
