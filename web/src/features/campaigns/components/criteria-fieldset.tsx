import { newKey } from '../../../ui/new-key';
import { useI18n } from '../../../i18n/i18n';
import { OrganizationSearchBox } from '../../../ui/organization-search-box';
import type { CriterionTargetValue, Problems } from '../campaign-form';
import type { DraftSection } from '../use-campaign-draft';
import { FieldProblem } from './field-problem';

const TARGETS: CriterionTargetValue[] = ['COLLECTIVE', 'INDIVIDUAL', 'LEADER'];

/** The new campaign's criteria: for whom, the text, and who evaluates it (an organization below). */
export function CriteriaFieldset({
  current,
  update,
  shown,
  server,
  organizationId,
}: DraftSection & { server: Problems; organizationId: string }) {
  const { t } = useI18n();
  return (
    <fieldset className="box">
      <legend>{t('campaigns.section.criteria')}</legend>
      {current.criteria.length === 0 ? <p className="muted">{t('campaigns.criteria.none')}</p> : null}
      {current.criteria.map((criterion, i) => (
        <div key={criterion.key} className="row-box" data-testid="criterion-row">
          <div className="form-row">
            <div className="field">
              <label htmlFor={`${criterion.key}-target`}>{t('campaigns.criteria.target')}</label>
              <select
                id={`${criterion.key}-target`}
                value={criterion.target}
                onChange={(e) =>
                  update(
                    {
                      criteria: current.criteria.map((c, j) =>
                        j === i ? { ...c, target: e.target.value as CriterionTargetValue } : c,
                      ),
                    },
                    [`criteria[${i}]`],
                  )
                }
                data-testid="criterion-target"
              >
                {TARGETS.map((target) => (
                  <option key={target} value={target}>
                    {t(`campaigns.target.${target}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field grow">
              <label htmlFor={`${criterion.key}-text`}>{t('campaigns.criteria.text')} *</label>
              <textarea
                id={`${criterion.key}-text`}
                rows={2}
                value={criterion.text}
                onChange={(e) =>
                  update(
                    {
                      criteria: current.criteria.map((c, j) =>
                        j === i ? { ...c, text: e.target.value } : c,
                      ),
                    },
                    [`criteria[${i}]`],
                  )
                }
                aria-describedby={shown(`criteria[${i}].text`) ? `${criterion.key}-p` : undefined}
                data-testid="criterion-text"
              />
              <FieldProblem id={`${criterion.key}-p`} problem={shown(`criteria[${i}].text`)} />
            </div>
          </div>
          {criterion.evaluator ? (
            <p>
              {t('campaigns.criteria.evaluator')}: <strong>{criterion.evaluator.name}</strong>{' '}
              <button
                type="button"
                className="link"
                onClick={() =>
                  update(
                    {
                      criteria: current.criteria.map((c, j) => (j === i ? { ...c, evaluator: null } : c)),
                    },
                    [`criteria[${i}]`],
                  )
                }
              >
                {t('campaigns.action.clear')}
              </button>
            </p>
          ) : (
            <OrganizationSearchBox
              label={t('campaigns.criteria.evaluatorSearch')}
              hint={t('campaigns.search.hint')}
              noResults={t('campaigns.search.none')}
              withinId={organizationId}
              testId="criterion-evaluator"
              onPick={(o) =>
                update(
                  {
                    criteria: current.criteria.map((c, j) =>
                      j === i ? { ...c, evaluator: { id: o.id, name: o.name } } : c,
                    ),
                  },
                  [`criteria[${i}]`],
                )
              }
            />
          )}
          <FieldProblem id={`${criterion.key}-e`} problem={server[`criteria[${i}]`]} />
          <button
            type="button"
            className="secondary"
            onClick={() => update({ criteria: current.criteria.filter((_, j) => j !== i) }, ['criteria'])}
          >
            {t('campaigns.criteria.remove', { index: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        data-testid="criterion-add"
        onClick={() =>
          update(
            {
              criteria: [
                ...current.criteria,
                { key: newKey(), target: 'COLLECTIVE', text: '', evaluator: null },
              ],
            },
            [],
          )
        }
      >
        {t('campaigns.criteria.add')}
      </button>
    </fieldset>
  );
}
