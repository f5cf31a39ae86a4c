import { useState } from 'react';
import { useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../i18n/format';
import { download } from '../../../ui/download';
import { ErrorMessage } from '../../../ui/error-message';
import { Figure } from '../../../ui/figure';
import { distinctionName, fileSafe, yearInVietnam } from '../components/helpers';
import { RecognitionDecisionQuery } from '../documents';
import { fundHref, revokeHref } from './pick';

/** `/decisions/d/:decisionId`: the decision, its attached list with the money, its documents. */
export function DecisionPage({ decisionId }: { decisionId: string }) {
  const { t, language } = useI18n();
  const justIssued = new URLSearchParams(useSearch()).get('issued') === '1';
  const [result] = useQuery({ query: RecognitionDecisionQuery, variables: { id: decisionId } });
  const [failed, setFailed] = useState(false);
  const decision = result.data?.recognitionDecision;

  const fetchFile = (path: string, name: string) => {
    setFailed(false);
    download(path, name).catch(() => setFailed(true));
  };

  if (result.error) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p>{t('app.loading')}</p>;
  if (!decision) return <p className="notice">{t('decisions.view.notFound')}</p>;
  const base = fileSafe(decision.number);
  return (
    <>
      <h1>{t('decisions.view.title', { number: decision.number })}</h1>
      {justIssued ? (
        <p className="notice" role="status" data-testid="decision-issued">
          {t('decisions.view.issued')}
        </p>
      ) : null}
      <p>
        <strong>{decision.title}</strong>
      </p>
      <p className="muted">
        {t('decisions.view.meta', {
          date: formatDate(decision.decidedAt),
          signer: decision.signer,
          organization: decision.organization.name,
        })}
      </p>

      <h2>{t('decisions.view.downloads')}</h2>
      <div className="toolbar">
        <button
          type="button"
          className="secondary"
          onClick={() => fetchFile(`/exports/decisions/${decision.id}.docx`, `${base}.docx`)}
          data-testid="decision-download-docx"
        >
          {t('decisions.view.docx')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => fetchFile(`/exports/decisions/${decision.id}.pdf`, `${base}.pdf`)}
          data-testid="decision-download-pdf"
        >
          {t('decisions.view.pdf')}
        </button>
        <Link href={fundHref(decision.organization.id, yearOf(decision.decidedAt))}>
          {t('decisions.view.fund')}
        </Link>
      </div>
      {failed ? (
        <p role="alert" className="error">
          {t('decisions.view.downloadFailed')}
        </p>
      ) : null}

      <div className="table-scroll">
        <table data-testid="decision-list">
          <caption className="visually-hidden">{decision.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decisions.col.stt')}</th>
              <th scope="col">{t('decisions.col.name')}</th>
              <th scope="col">{t('decisions.col.unit')}</th>
              <th scope="col">{t('decisions.col.distinction')}</th>
              <th scope="col" className="num">
                {t('decisions.col.reward')}
              </th>
              <th scope="col">{t('decisions.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {decision.nominations.map((n, index) => (
              <tr key={n.id} data-testid="decision-line" data-nomination-id={n.id} data-stage={n.stage}>
                <td>{index + 1}</td>
                <td>{n.nomineeName}</td>
                <td>{n.submittingOrganization.name}</td>
                <td>{distinctionName(n.distinction, language)}</td>
                <td className="num">
                  {n.reward == null ? '—' : <Figure value={n.reward} testId="decision-line-reward" />}
                </td>
                <td>
                  <div className="toolbar">
                    <button
                      type="button"
                      className="secondary"
                      aria-label={t('decisions.view.certificateOf', { name: n.nomineeName })}
                      onClick={() =>
                        fetchFile(
                          `/exports/certificates/${n.id}.pdf`,
                          `${base}-${fileSafe(n.nomineeName)}.pdf`,
                        )
                      }
                    >
                      {t('decisions.view.certificate')}
                    </button>
                    {n.stage === 'REVOKED' ? (
                      <span className="flag">{t('decisions.view.revoked')}</span>
                    ) : n.stage === 'RECOGNIZED' || n.stage === 'ESCALATED' ? (
                      <Link
                        href={revokeHref(n.id)}
                        aria-label={t('decisions.view.revokeOf', { name: n.nomineeName })}
                        data-testid="decision-line-revoke"
                      >
                        {t('decisions.view.revoke')}
                      </Link>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('decisions.new.total')}
              </th>
              <td className="num">
                <Figure value={decision.totalReward} testId="decision-total" />
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

function yearOf(at: string): number {
  return yearInVietnam(new Date(at));
}
