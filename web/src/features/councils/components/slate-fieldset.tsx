import type { CombinedError } from '@urql/core';
import { useI18n } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../ui/error-message';
import type { CampaignGroup } from '../slate';
import { FieldError } from './field-error';

/** The new session's slate: the nominations waiting for the council, by campaign, to tick. */
export function SlateFieldset({
  ids,
  organizationName,
  candidates,
  votesError,
  groups,
  chosen,
  onChosen,
  count,
  message,
}: {
  /** The form's `useId()`, the prefix of every id here. */
  ids: string;
  organizationName: string;
  candidates: { nodes: readonly unknown[] | null; error: CombinedError | null };
  votesError: CombinedError | undefined;
  groups: readonly CampaignGroup[];
  chosen: ReadonlySet<string>;
  onChosen: (next: ReadonlySet<string>) => void;
  /** How many are chosen. */
  count: number;
  /** The slate's problem, if any. */
  message: string | null;
}) {
  const { t, language } = useI18n();
  const distinctionName = (d: { nameVi: string; nameEn: string }) =>
    language === 'en' ? d.nameEn : d.nameVi;
  const described = message ? `${ids}-slate-error` : undefined;
  return (
    <fieldset aria-describedby={`${ids}-slate-hint ${described ?? ''}`.trim()}>
      <legend>{t('councils.session.slate')}</legend>
      <p id={`${ids}-slate-hint`} className="muted">
        {t('councils.session.slateHint', { organization: organizationName })}
      </p>
      <ErrorMessage error={candidates.error ?? votesError} />
      {!candidates.nodes && !candidates.error ? <p>{t('app.loading')}</p> : null}
      {candidates.nodes && groups.length === 0 ? (
        <p className="notice">{t('councils.session.noCandidates')}</p>
      ) : null}
      {groups.map((group) => (
        <div key={group.campaign.id} className="table-scroll">
          <table data-testid="slate-campaign" data-campaign-id={group.campaign.id}>
            <caption>
              {t('councils.session.campaign', { title: group.campaign.title, year: group.campaign.year })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('councils.session.choose')}</th>
                <th scope="col">{t('councils.session.nominee')}</th>
                <th scope="col">{t('councils.session.distinction')}</th>
                <th scope="col">{t('councils.session.submitter')}</th>
              </tr>
            </thead>
            <tbody>
              {group.nominations.map((n) => (
                <tr key={n.id} data-testid="slate-candidate" data-nomination-id={n.id}>
                  <td>
                    <input
                      type="checkbox"
                      id={`${ids}-n-${n.id}`}
                      checked={chosen.has(n.id)}
                      aria-label={t('councils.session.chooseOne', { name: n.nomineeName })}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.target.checked) next.add(n.id);
                        else next.delete(n.id);
                        onChosen(next);
                      }}
                    />
                  </td>
                  <th scope="row">
                    <label htmlFor={`${ids}-n-${n.id}`}>{n.nomineeName}</label>
                  </th>
                  <td>{distinctionName(n.distinction)}</td>
                  <td>{n.submittingOrganization.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p aria-live="polite">{t('councils.session.chosen', { count })}</p>
      <FieldError id={`${ids}-slate-error`} text={message} />
    </fieldset>
  );
}
