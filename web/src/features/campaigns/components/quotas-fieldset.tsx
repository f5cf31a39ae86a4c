import { newKey } from '../../../ui/new-key';
import { useI18n } from '../../../i18n/i18n';
import { OrganizationSearchBox } from '../../../ui/organization-search-box';
import type { DraftSection } from '../use-campaign-draft';
import { FieldProblem } from './field-problem';

/** The new campaign's quotas: per organization below or per emulation group, a minimum and a maximum. */
export function QuotasFieldset({
  current,
  update,
  shown,
  organizationId,
  groups,
}: DraftSection & { organizationId: string; groups: readonly { id: string; name: string }[] }) {
  const { t } = useI18n();
  return (
    <fieldset className="box">
      <legend>{t('campaigns.section.quotas')}</legend>
      {current.quotas.length === 0 ? <p className="muted">{t('campaigns.quotas.none')}</p> : null}
      {current.quotas.map((quota, i) => (
        <div key={quota.key} className="row-box" data-testid="quota-row">
          {quota.owner ? (
            <p>
              {t(quota.owner.type === 'group' ? 'campaigns.quotas.group' : 'campaigns.quotas.organization')}:{' '}
              <strong>{quota.owner.name}</strong>
            </p>
          ) : (
            <>
              <OrganizationSearchBox
                label={t('campaigns.quotas.organizationSearch')}
                hint={t('campaigns.search.hint')}
                noResults={t('campaigns.search.none')}
                withinId={organizationId}
                testId="quota-organization"
                onPick={(o) =>
                  update(
                    {
                      quotas: current.quotas.map((q, j) =>
                        j === i ? { ...q, owner: { type: 'organization', id: o.id, name: o.name } } : q,
                      ),
                    },
                    [`quotas[${i}]`],
                  )
                }
              />
              {groups.length > 0 ? (
                <div className="field">
                  <label htmlFor={`${quota.key}-group`}>{t('campaigns.quotas.orGroup')}</label>
                  <select
                    id={`${quota.key}-group`}
                    value=""
                    onChange={(e) => {
                      const group = groups.find((g) => g.id === e.target.value);
                      if (group)
                        update(
                          {
                            quotas: current.quotas.map((q, j) =>
                              j === i
                                ? { ...q, owner: { type: 'group', id: group.id, name: group.name } }
                                : q,
                            ),
                          },
                          [`quotas[${i}]`],
                        );
                    }}
                  >
                    <option value="">—</option>
                    {groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
            </>
          )}
          <FieldProblem id={`${quota.key}-o`} problem={shown(`quotas[${i}]`)} />
          <div className="form-row">
            {(['min', 'max'] as const).map((bound) => (
              <div className="field" key={bound}>
                <label htmlFor={`${quota.key}-${bound}`}>{t(`campaigns.quotas.${bound}`)}</label>
                <input
                  id={`${quota.key}-${bound}`}
                  type="text"
                  inputMode="numeric"
                  size={5}
                  value={quota[bound]}
                  onChange={(e) =>
                    update(
                      {
                        quotas: current.quotas.map((q, j) =>
                          j === i ? { ...q, [bound]: e.target.value } : q,
                        ),
                      },
                      [`quotas[${i}]`],
                    )
                  }
                  aria-describedby={shown(`quotas[${i}].${bound}`) ? `${quota.key}-${bound}-p` : undefined}
                  data-testid={`quota-${bound}`}
                />
                <FieldProblem id={`${quota.key}-${bound}-p`} problem={shown(`quotas[${i}].${bound}`)} />
              </div>
            ))}
          </div>
          <button
            type="button"
            className="secondary"
            onClick={() => update({ quotas: current.quotas.filter((_, j) => j !== i) }, ['quotas'])}
          >
            {t('campaigns.quotas.remove', { index: i + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="secondary"
        data-testid="quota-add"
        onClick={() =>
          update({ quotas: [...current.quotas, { key: newKey(), owner: null, min: '0', max: '' }] }, [])
        }
      >
        {t('campaigns.quotas.add')}
      </button>
    </fieldset>
  );
}
