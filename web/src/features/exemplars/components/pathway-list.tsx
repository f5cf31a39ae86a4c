import { useI18n } from '../../../i18n/i18n';

export interface PathwayStepView {
  eligible: boolean;
  missing: readonly string[];
  earliestYear?: number | null;
  distinction: { code: string; nameVi: string; nameEn: string };
}

/** Each higher distinction: eligible or not, each missing condition as the server's sentence, the earliest year. */
export function PathwayList({ steps }: { steps: readonly PathwayStepView[] }) {
  const { t, language } = useI18n();
  if (steps.length === 0) return <p>{t('exemplars.pathway.none')}</p>;
  return (
    <ol className="pathway">
      {steps.map((step) => (
        <li key={step.distinction.code} data-testid="pathway-step" data-distinction={step.distinction.code}>
          <strong>{language === 'en' ? step.distinction.nameEn : step.distinction.nameVi}</strong> —{' '}
          {step.eligible ? t('exemplars.pathway.eligible') : t('exemplars.pathway.notYet')}
          {step.earliestYear ? (
            <span> ({t('exemplars.pathway.earliest', { year: step.earliestYear })})</span>
          ) : null}
          {step.missing.length > 0 ? (
            <ul>
              {step.missing.map((sentence) => (
                <li key={sentence} data-testid="pathway-missing">
                  {sentence}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
