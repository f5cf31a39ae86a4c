import { useI18n } from '../../../i18n/i18n';
import { Figure } from '../../../ui/figure';
import { TOTAL_KEYS, totalLabel, type Totals } from '../totals';

export function TotalsCards({ totals }: { totals: Totals }) {
  const { t } = useI18n();
  return (
    <ul className="cards">
      {TOTAL_KEYS.map((key) => (
        <li key={key} className="card">
          <span className="label">{t(totalLabel(key))}</span>
          <Figure value={totals[key]} testId={`report-total-${key}`} />
        </li>
      ))}
    </ul>
  );
}
