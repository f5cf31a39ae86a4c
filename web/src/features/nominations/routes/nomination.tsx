import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { ErrorMessage } from '../../../ui/error-message';
import { DossierForm } from '../components/dossier-form';
import { NominationActions } from '../components/nomination-actions';
import { NominationQuery } from '../documents';
import { nominationsHref } from './list';

/** `/nominations/:id`: the nomination, its dossier and its history; propose, return, withdraw. */
export function NominationPage({ nominationId }: { nominationId: string }) {
  const { t, language } = useI18n();
  const [result, refetch] = useQuery({ query: NominationQuery, variables: { id: nominationId } });
  const [proposing, setProposing] = useState(false);
  const n = result.data?.nomination;
  if (result.error) return <ErrorMessage error={result.error} />;
  if (!n) return <p>{result.fetching ? t('app.loading') : t('error.NOT_FOUND')}</p>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const person = n.nominee.__typename === 'Person' ? n.nominee : null;
  const criterionText = new Map(n.campaign.criteria.map((c) => [c.id, c.text]));
  return (
    <>
      <p>
        <Link href={nominationsHref(n.submittingOrganization.id, n.campaign.id)}>
          {t('nominations.title')}
        </Link>
      </p>
      <h1>{n.nomineeName}</h1>
      <dl className="facts">
        <dt>{t('nominations.column.distinction')}</dt>
        <dd>{language === 'en' ? n.distinction.nameEn : n.distinction.nameVi}</dd>
        <dt>{t('nominations.field.campaign')}</dt>
        <dd>
          <Link href={`/campaigns/${n.campaign.id}`}>{n.campaign.title}</Link>
        </dd>
        <dt>{t('nominations.field.submitter')}</dt>
        <dd>{n.submittingOrganization.name}</dd>
        {person ? (
          <>
            <dt>{t('nominations.column.partyPosition')}</dt>
            <dd>{person.partyPosition || '—'}</dd>
            <dt>{t('nominations.column.governmentPosition')}</dt>
            <dd>{person.governmentPosition || '—'}</dd>
          </>
        ) : null}
        <dt>{t('nominations.column.stage')}</dt>
        <dd data-testid="nomination-stage" data-stage={n.stage}>
          {t(`stage.${n.stage}` as MessageKey)}
        </dd>
        {n.decisionNumber ? (
          <>
            <dt>{t('nominations.field.decision')}</dt>
            <dd>
              {n.decisionNumber}
              {n.decidedAt ? `, ${formatDate(n.decidedAt)}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <NominationActions nomination={n} onPropose={() => setProposing(true)} onChanged={reload} />
      {proposing ? (
        <DossierForm
          nominationId={n.id}
          nomineeName={n.nomineeName}
          target={n.target}
          criteria={n.campaign.criteria}
          initial={n.dossier}
          onDone={() => {
            setProposing(false);
            reload();
          }}
          onCancel={() => setProposing(false)}
        />
      ) : null}

      <h2>{t('nominations.dossier.heading')}</h2>
      {n.dossier ? (
        <>
          <p data-testid="nomination-summary">{n.dossier.summary}</p>
          {n.dossier.evidence.length > 0 ? (
            <>
              <h3>{t('nominations.dossier.evidence')}</h3>
              <dl>
                {n.dossier.evidence.map((e) => (
                  <div key={e.criterionId}>
                    <dt>{criterionText.get(e.criterionId) ?? e.criterionId}</dt>
                    <dd>{e.text}</dd>
                  </div>
                ))}
              </dl>
            </>
          ) : null}
          {n.dossier.attachments.length > 0 ? (
            <>
              <h3>{t('nominations.dossier.attachments')}</h3>
              <ul>
                {n.dossier.attachments.map((a, i) => (
                  <li key={i} data-testid="nomination-attachment">
                    {a.url ? (
                      <a href={a.url} rel="noreferrer noopener" target="_blank">
                        {a.name}
                      </a>
                    ) : (
                      a.name
                    )}
                    {a.size != null ? ` (${t('nominations.attachment.bytes', { size: a.size })})` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('nominations.dossier.none')}</p>
      )}

      <h2>{t('nominations.history')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('nominations.history.at')}</th>
            <th scope="col">{t('nominations.history.change')}</th>
            <th scope="col">{t('nominations.history.by')}</th>
            <th scope="col">{t('nominations.history.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {n.history.map((h, i) => (
            <tr key={i} data-testid="nomination-history-row" data-to={h.to}>
              <td>{formatDateTime(h.at)}</td>
              <td>
                {h.from ? `${t(`stage.${h.from}` as MessageKey)} → ` : ''}
                {t(`stage.${h.to}` as MessageKey)}
              </td>
              <td>{h.by}</td>
              <td>{h.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
