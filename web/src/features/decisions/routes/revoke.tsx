import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ErrorMessage } from '../../../ui/error-message';
import { Figure } from '../../../ui/figure';
import { distinctionName, yearInVietnam } from '../components/helpers';
import { RevokeForm, type RevocationDraft } from '../components/revoke-form';
import { RevocationQuery, RevokeRecognitionMutation } from '../documents';
import { decisionHref, fundHref } from './pick';

/** `/decisions/revoke/:nominationId`: the consequences of revoking, then the revoking decision. */
export function RevokePage({ nominationId }: { nominationId: string }) {
  const { t, language } = useI18n();
  const [result, refetch] = useQuery({ query: RevocationQuery, variables: { id: nominationId } });
  const [revoked, revoke] = useMutation(RevokeRecognitionMutation);
  const n = result.data?.nomination;

  const onRevoke = async (draft: RevocationDraft) => {
    const answer = await revoke({ nominationId, ...draft });
    if (answer.data) refetch({ requestPolicy: 'network-only' });
  };

  if (result.error) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  if (!n) return <p className="notice">{t('decisions.revoke.notFound')}</p>;
  const done = revoked.data?.revokeRecognition.revocation;
  const issuerId = n.decision?.organization.id ?? n.submittingOrganization.id;
  return (
    <>
      <h1>{t('decisions.revoke.title')}</h1>
      <p>
        {t('decisions.revoke.of', {
          name: n.nomineeName,
          distinction: distinctionName(n.distinction, language),
          number: n.decisionNumber ?? '—',
        })}
      </p>
      {n.decision ? (
        <p>
          <Link href={decisionHref(n.decision.id)}>{t('decisions.revoke.toDecision')}</Link>
        </p>
      ) : null}

      {done ? (
        <p className="notice" role="status" data-testid="revoke-done">
          {t('decisions.revoke.done', {
            number: done.decisionNumber,
            amount: formatNumber(done.rewardToRecover),
          })}{' '}
          <Link href={fundHref(issuerId, yearInVietnam())}>{t('decisions.view.fund')}</Link>
        </p>
      ) : null}

      {n.revocation ? (
        <section aria-label={t('decisions.revoke.title')} data-testid="revoke-record">
          <p>
            {t('decisions.revoke.already', {
              number: n.revocation.decisionNumber,
              date: formatDate(n.revocation.decidedAt),
            })}
          </p>
          <p>{t('decisions.revoke.reason', { reason: n.revocation.reason })}</p>
          <p>
            {t('decisions.revoke.toRecover')}: <Figure value={n.revocation.rewardToRecover} />
          </p>
          {n.revocation.affected.length > 0 ? (
            <>
              <p>{t('decisions.revoke.affected')}</p>
              <ul>
                {n.revocation.affected.map((a) => (
                  <li key={a.id}>
                    {a.nomineeName} — {distinctionName(a.distinction, language)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : n.revocationPreview ? (
        <>
          <section className="card" aria-labelledby="revoke-consequences" data-testid="revoke-consequences">
            <h2 id="revoke-consequences">{t('decisions.revoke.consequences')}</h2>
            <p>
              {t('decisions.revoke.toRecover')}:{' '}
              <strong>
                <Figure value={n.revocationPreview.rewardToRecover} testId="revoke-reward-to-recover" />
              </strong>
            </p>
            <p className="muted">{t('decisions.revoke.recoveryNote')}</p>
            <p>{t('decisions.revoke.ledger')}</p>
            {n.revocationPreview.affected.length === 0 ? (
              <p data-testid="revoke-none-affected">{t('decisions.revoke.noneAffected')}</p>
            ) : (
              <>
                <p>{t('decisions.revoke.affected')}</p>
                <ul>
                  {n.revocationPreview.affected.map((a) => (
                    <li key={a.id} data-testid="revoke-affected" data-nomination-id={a.id}>
                      {t('decisions.revoke.affectedItem', {
                        name: a.nomineeName,
                        distinction: distinctionName(a.distinction, language),
                        year: a.year,
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <RevokeForm
            nomineeName={n.nomineeName}
            rewardToRecover={n.revocationPreview.rewardToRecover}
            affectedCount={n.revocationPreview.affected.length}
            sending={revoked.fetching}
            onRevoke={(draft) => void onRevoke(draft)}
          />
          <ErrorMessage error={revoked.error} />
        </>
      ) : (
        <p className="notice">{t('decisions.revoke.notRecognized')}</p>
      )}
    </>
  );
}
