import { Link } from 'wouter';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { exemplarHref } from '../paths';

export interface DueExemplar {
  id: string;
  title: string;
  nextEvaluationDue?: string | null;
  organization: { name: string };
}

/** Exemplars due for evaluation, in the server's order (overdue first), overdue ones marked. */
export function DueList({ items, now }: { items: readonly DueExemplar[]; now: Date }) {
  const { t } = useI18n();
  if (items.length === 0) return <p>{t('exemplars.unit.dueNone')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('exemplars.col.exemplar')}</th>
          <th scope="col">{t('exemplars.col.fosteredBy')}</th>
          <th scope="col">{t('exemplars.col.dueAt')}</th>
          <th scope="col">{t('exemplars.col.state')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const overdue = !!item.nextEvaluationDue && Date.parse(item.nextEvaluationDue) < now.getTime();
          return (
            <tr
              key={item.id}
              className={overdue ? 'bad' : undefined}
              data-testid="evaluation-due-row"
              data-exemplar-id={item.id}
              data-overdue={overdue ? 'true' : 'false'}
            >
              <td>
                <Link href={exemplarHref(item.id)}>{item.title}</Link>
              </td>
              <td>{item.organization.name}</td>
              <td>{item.nextEvaluationDue ? formatDate(item.nextEvaluationDue) : ''}</td>
              <td>
                {overdue ? (
                  <strong className="flag">{t('exemplars.unit.overdue')}</strong>
                ) : (
                  t('exemplars.unit.upcoming')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
