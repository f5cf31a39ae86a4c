import { useI18n } from '../../../i18n/i18n';
import { Figure } from '../../../ui/figure';
import { slateLabel, type SlateEntry } from './ballot-form';

/** One nomination's count in a closed session. */
export interface Result {
  approve: number;
  reject: number;
  abstain: number;
  passed: boolean;
  nomination: { id: string };
}

/** A closed session's counts, per nomination in the slate's order. */
export function Results({ results, slate }: { results: readonly Result[]; slate: readonly SlateEntry[] }) {
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
