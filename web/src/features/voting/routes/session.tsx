import { useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Link, useSearch } from 'wouter';
import type { CombinedError } from '@urql/core';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { Figure } from '../../../ui/figure';
import { Ballot } from '../components/ballot';
import type { SlateEntry } from '../components/ballot-form';
import { Results, type Result } from '../components/results-table';
import { SessionRule } from '../components/session-rule';
import { Verify } from '../components/verify-receipt';
import {
  CloseSessionMutation,
  OpenSessionMutation,
  VotingProgressSubscription,
  VotingSessionQuery,
  VotingSlateQuery,
} from '../documents';

export function SessionPage({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const [page, refetch] = useQuery({ query: VotingSessionQuery, variables: { id: sessionId } });
  const session = page.data?.votingSession;
  const me = page.data?.me;
  // The receipt's verify link: `?receipt=<code>` opens the check with the code filled in.
  const receiptToCheck = new URLSearchParams(useSearch()).get('receipt');
  const [details] = useQuery({ query: VotingSlateQuery, variables: { id: sessionId } });
  const slate: SlateEntry[] = (session?.nominations ?? []).map((n) => {
    // Nulls where the caller may not read a nomination (the types do not say so).
    const known = (details.data?.votingSession?.nominations ?? []).find((d) => d?.id === n.id);
    return known ?? { id: n.id };
  });

  const member = me?.person ? session?.council.members.find((m) => m.person.id === me.person?.id) : undefined;
  const orgIds = new Set(
    session
      ? [session.council.organization.id, ...session.council.organization.ancestors.map((a) => a.id)]
      : [],
  );
  const admin = Boolean(
    me?.isPlatformAdmin || me?.grants.some((g) => g.role === 'ORG_ADMIN' && orgIds.has(g.organization.id)),
  );
  const chair = member?.role === 'CHAIR';
  const controls = chair || admin;

  const [live] = useSubscription({
    query: VotingProgressSubscription,
    variables: { sessionId },
    pause: !session || !(controls || member),
  });
  const progress = live.data?.votingProgress;
  const status = progress?.status ?? session?.status;
  const results: readonly Result[] | null | undefined = progress?.results ?? session?.results;

  const [opening, open] = useMutation(OpenSessionMutation);
  const [closing, close] = useMutation(CloseSessionMutation);
  const [controlError, setControlError] = useState<CombinedError | null>(null);
  const control = async (action: (variables: { id: string }) => Promise<{ error?: CombinedError }>) => {
    setControlError(null);
    const result = await action({ id: sessionId });
    if (result.error) setControlError(result.error);
    refetch({ requestPolicy: 'network-only' });
  };

  if (page.error && !session) return <ErrorMessage error={page.error} />;
  if (!page.data) return <p>{t('app.loading')}</p>;
  if (!session)
    return (
      <p role="alert" className="error">
        {t('error.NOT_FOUND')}
      </p>
    );

  return (
    <>
      <h1>{session.title}</h1>
      <p>
        {t('voting.council')}: {session.council.name} — {session.council.organization.name}
        <br />
        {t('voting.status')}:{' '}
        <strong data-testid="session-status">{t(`voting.status.${status ?? session.status}`)}</strong>
      </p>
      <p className="no-print">
        <Link href={`/councils/${encodeURIComponent(session.council.id)}`}>
          {t('voting.backToCouncil', { council: session.council.name })}
        </Link>
      </p>
      <SessionRule session={session} />

      {controls ? (
        <section aria-labelledby="controls-heading">
          <h2 id="controls-heading">{t('voting.controls')}</h2>
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              data-testid="session-open"
              disabled={status !== 'DRAFT' || opening.fetching}
              onClick={() => void control(open)}
            >
              {t('voting.open')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="session-close"
              disabled={status !== 'OPEN' || closing.fetching}
              onClick={() => void control(close)}
            >
              {t('voting.close')}
            </button>
          </div>
          <ErrorMessage error={controlError} />
        </section>
      ) : null}

      {controls || member ? (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">{t('voting.progress')}</h2>
          <p aria-live="polite">
            {t('voting.ballotsCast')}:{' '}
            <Figure value={progress?.ballotsCast ?? session.ballotsCast} testId="progress-ballots-cast" /> /{' '}
            {t('voting.eligibleVoters')}:{' '}
            <Figure
              value={progress?.eligibleVoters ?? session.eligibleVoters}
              testId="progress-eligible-voters"
            />
          </p>
        </section>
      ) : null}

      {member ? (
        <Ballot sessionId={sessionId} slate={slate} />
      ) : !controls ? (
        <p className="notice">{t('voting.notMember')}</p>
      ) : null}

      {status === 'CLOSED' && results ? <Results results={results} slate={slate} /> : null}
      {receiptToCheck ? <Verify sessionId={sessionId} initialCode={receiptToCheck} /> : null}
    </>
  );
}
