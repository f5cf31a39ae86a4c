import { ANONYMOUS, signInternalRequest } from '@laurel/auth';
import { ok, testEnv } from '@laurel/testing';
import { randomUUID } from 'node:crypto';
import { gql } from '../gql';

// A fragment (not an interpolated string) so that codegen types the documents that spread it.
export const NOMINATION_FIELDS = gql(`fragment NominationFields on Nomination {
  id stage target year nomineeName decisionNumber decidedAt published
  campaign { id title } distinction { code nameVi }
  nominee { __typename ... on Person { id fullName } ... on Organization { id name } }
  submittingOrganization { id name }
  dossier { summary evidence { criterionId text } attachments { name size } }
  history { from to by reason }
  escalatedFrom { id stage } escalatedTo { id stage } }`);

export const REGISTER = gql(
  `mutation FlowsRegisterNomination($input: RegisterNominationInput!) { registerNomination(input: $input) { ...NominationFields } }`,
);
export const NOMINATION = gql(
  `query FlowsNomination($id: ID!) { nomination(id: $id) { ...NominationFields } }`,
);

export async function register(
  credentials: { token: string },
  input: Record<string, unknown>,
): Promise<{ id: string; stage: string }> {
  return (await ok(REGISTER, { input }, credentials)).registerNomination;
}

export async function propose(
  credentials: { token: string },
  id: string,
  summary = 'Hoàn thành xuất sắc nhiệm vụ',
) {
  return (
    await ok(
      gql(
        `mutation FlowsProposeNomination($id: ID!, $d: DossierInput!) { proposeNomination(id: $id, dossier: $d) { stage } }`,
      ),
      { id, d: { summary } },
      credentials,
    )
  ).proposeNomination;
}

/**
 * What the voting subgraph does when a session opens and closes (issue 5): the council stages,
 * through nominations' signed internal route. Clients have no mutation for them.
 */
export async function councilDecides(
  nominationIds: string[],
  to: 'UNDER_REVIEW' | 'COUNCIL_APPROVED' | 'COUNCIL_REJECTED',
  eventId = randomUUID(),
): Promise<{ applied: number; skipped: number }> {
  const urls = JSON.parse(testEnv('subgraphUrls')) as Record<string, string>;
  const body = JSON.stringify({
    eventId,
    changes: nominationIds.map((nominationId) => ({ nominationId, to })),
  });
  const res = await fetch(urls.nominations!.replace('/graphql', '/internal/council-results'), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signInternalRequest(ANONYMOUS, testEnv('internalSecret'), body),
    },
    body,
  });
  if (!res.ok) throw new Error(`council route answered ${res.status}`);
  return (await res.json()) as { applied: number; skipped: number };
}

/** REGISTERED → PROPOSED → UNDER_REVIEW → COUNCIL_APPROVED. */
export async function approved(credentials: { token: string }, id: string): Promise<void> {
  await propose(credentials, id);
  await councilDecides([id], 'UNDER_REVIEW');
  await councilDecides([id], 'COUNCIL_APPROVED');
}

export async function recognize(credentials: { token: string }, id: string, decisionNumber = '15/QĐ-TrTHCS') {
  return ok(
    gql(
      `mutation FlowsRecognizeNomination($id: ID!, $n: String!, $at: DateTime!) { recognizeNomination(id: $id, decisionNumber: $n, decidedAt: $at) { stage } }`,
    ),
    { id, n: decisionNumber, at: new Date().toISOString() },
    credentials,
  );
}
