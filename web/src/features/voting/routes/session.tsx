import { useId, useState, type FormEvent } from 'react';
import { useClient, useMutation, useQuery, useSubscription } from 'urql';
import { Link, useSearch } from 'wouter';
import type { CombinedError } from '@urql/core';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import { Figure } from '../../../ui/figure';
import { BallotForm, slateLabel, type BallotChoice, type SlateEntry } from '../components/ballot-form';
import {
  CastBallotMutation,
  CloseSessionMutation,
  OpenSessionMutation,
  VerifyReceiptQuery,
  VotingProgressSubscription,
  VotingSessionQuery,
  VotingSlateQuery,
} from '../documents';

interface Result {
  approve: number;
  reject: number;
  abstain: number;
  passed: boolean;
  nomination: { id: string };
}

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
      <Rule session={session} />

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

const UNCONFIRMED = ' (not yet confirmed)';

/** The session's rule, and where it came from when the catalogue gave it. */
function Rule({
  session,
}: {
  session: {
    threshold: { numerator: number; denominator: number };
    quorum: { numerator: number; denominator: number };
    base: 'TOTAL_MEMBERS' | 'BALLOTS_CAST';
    comparison: 'AT_LEAST' | 'MORE_THAN';
    ruleSource?: string | null;
    outcomeNote?: string | null;
  };
}) {
  const { t } = useI18n();
  const source = session.ruleSource ?? null;
  const unconfirmed = source?.endsWith(UNCONFIRMED) ?? false;
  return (
    <section aria-labelledby="rule-heading">
      <h2 id="rule-heading">{t('voting.rule.title')}</h2>
      <p data-testid="session-rule">
        {t('voting.rule.text', {
          comparison: t(`voting.rule.${session.comparison}`),
          numerator: session.threshold.numerator,
          denominator: session.threshold.denominator,
          base: t(`voting.rule.${session.base}`),
          quorumNumerator: session.quorum.numerator,
          quorumDenominator: session.quorum.denominator,
        })}
      </p>
      {source ? (
        <p className="muted" data-testid="session-rule-source">
          {t('voting.rule.source', { source: unconfirmed ? source.slice(0, -UNCONFIRMED.length) : source })}
          {unconfirmed ? <strong> ({t('voting.rule.unconfirmed')})</strong> : null}
        </p>
      ) : null}
      {session.outcomeNote ? (
        <p className="notice">{t('voting.outcomeNote', { note: session.outcomeNote })}</p>
      ) : null}
    </section>
  );
}

function Ballot({ sessionId, slate }: { sessionId: string; slate: readonly SlateEntry[] }) {
  const { t } = useI18n();
  const client = useClient();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);

  // Sent through the client, not useMutation: no hook state keeps the operation (and with it the
  // choices) once the answer is in.
  const onSend = async (choices: { nominationId: string; choice: BallotChoice }[]) => {
    setSending(true);
    setError(null);
    const result = await client.mutation(CastBallotMutation, { sessionId, choices }).toPromise();
    setSending(false);
    if (result.data?.castBallot) setReceipt(result.data.castBallot.receiptCode);
    else if (result.error) setError(result.error);
  };

  return (
    <section aria-labelledby="ballot-heading">
      <h2 id="ballot-heading">{t('voting.slate')}</h2>
      {receipt ? (
        <Receipt sessionId={sessionId} code={receipt} />
      ) : (
        <>
          <BallotForm slate={slate} sending={sending} onSend={(choices) => void onSend(choices)} />
          <ErrorMessage error={error} />
        </>
      )}
    </section>
  );
}

function Receipt({ sessionId, code }: { sessionId: string; code: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="receipt">
      <h3>{t('voting.receiptTitle')}</h3>
      <p>{t('voting.receiptText')}</p>
      <p>
        <code data-testid="ballot-receipt">{code}</code>
      </p>
      <div className="toolbar no-print">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            navigator.clipboard?.writeText(code).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('voting.copy')}
        </button>
        <button type="button" className="secondary" onClick={() => window.print()}>
          {t('voting.print')}
        </button>
        <a
          href={`/sessions/${encodeURIComponent(sessionId)}?receipt=${encodeURIComponent(code)}#verify`}
          data-testid="ballot-verify-link"
        >
          {t('voting.verify')}
        </a>
      </div>
      {copied ? <p aria-live="polite">{t('voting.copied')}</p> : null}
    </div>
  );
}

/** Anyone with the session's address and a receipt code can check the ballot was counted. */
export function Verify({ sessionId, initialCode }: { sessionId: string; initialCode: string }) {
  const { t } = useI18n();
  const client = useClient();
  const [code, setCode] = useState(initialCode);
  const [answer, setAnswer] = useState<boolean | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const id = useId();
  const check = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await client
      .query(VerifyReceiptQuery, { sessionId, receiptCode: code.trim() }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) setError(result.error);
    setAnswer(result.data ? result.data.verifyReceipt : null);
  };
  return (
    <form onSubmit={check} id="verify" className="no-print">
      <h3>{t('voting.verify')}</h3>
      <div className="field">
        <label htmlFor={id}>{t('voting.verifyCode')}</label>
        <input id={id} type="text" value={code} onChange={(e) => setCode(e.target.value)} required />
      </div>
      <button type="submit" className="secondary">
        {t('voting.verifyButton')}
      </button>
      {answer !== null ? (
        <p aria-live="polite" data-testid="ballot-verified" data-verified={String(answer)}>
          {answer ? t('voting.verified') : t('voting.notVerified')}
        </p>
      ) : null}
      <ErrorMessage error={error} />
    </form>
  );
}

function Results({ results, slate }: { results: readonly Result[]; slate: readonly SlateEntry[] }) {
  const { t } = useI18n();
  const label = (id: string) => {
    const index = slate.findIndex((n) => n.id === id);
    return index >= 0 ? slateLabel(slate[index]!, index, t) : id;
  };
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('voting.results')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('voting.result.nomination')}</th>
            <th scope="col" className="num">
              {t('voting.result.approve')}
            </th>
            <th scope="col" className="num">
              {t('voting.result.reject')}
            </th>
            <th scope="col" className="num">
              {t('voting.result.abstain')}
            </th>
            <th scope="col">{t('voting.result.passed')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.nomination.id} data-testid="result-row" data-nomination-id={r.nomination.id}>
              <th scope="row">{label(r.nomination.id)}</th>
              <td className="num">
                <Figure value={r.approve} />
              </td>
              <td className="num">
                <Figure value={r.reject} />
              </td>
              <td className="num">
                <Figure value={r.abstain} />
              </td>
              <td>{r.passed ? t('voting.passed') : t('voting.failed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
