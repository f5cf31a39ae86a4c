import type { CampaignFormContextQuery as CampaignFormContext } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/i18n';
import type { Problems } from '../campaign-form';
import type { DraftSection } from '../use-campaign-draft';
import { DistinctionRulesText } from './distinction-rules';
import { FieldProblem } from './field-problem';

/** The distinctions the new campaign offers, each with its catalogue rules once chosen. */
export function DistinctionsFieldset({
  current,
  update,
  distinctions,
  problem,
}: Omit<DraftSection, 'shown'> & {
  distinctions: CampaignFormContext['distinctions'];
  problem: Problems[string] | undefined;
}) {
  const { t, language } = useI18n();
  const nameOf = (d: { nameVi: string; nameEn: string }) => (language === 'en' ? d.nameEn : d.nameVi);
  return (
    <fieldset className="box">
      <legend>{t('campaigns.section.distinctions')}</legend>
      <p className="muted">{t('campaigns.distinctions.hint')}</p>
      <FieldProblem id="distinctions-p" problem={problem} />
      <ul className="choice-list">
        {distinctions.map((d) => {
          const checked = current.distinctionCodes.includes(d.code);
          return (
            <li key={d.code}>
              <label className="plain">
                <input
                  type="checkbox"
                  checked={checked}
                  value={d.code}
                  data-testid="campaign-distinction"
                  onChange={() =>
                    update(
                      {
                        distinctionCodes: checked
                          ? current.distinctionCodes.filter((c) => c !== d.code)
                          : [...current.distinctionCodes, d.code],
                      },
                      ['distinctionCodes'],
                    )
                  }
                />{' '}
                {nameOf(d)}{' '}
                <span className="muted">
                  ({d.targets.map((x) => t(`campaigns.target.${x}`)).join(', ')} —{' '}
                  {t(`campaigns.level.${d.level}` as MessageKey)})
                </span>
              </label>
              {checked ? <DistinctionRulesText rules={d.rules} /> : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
