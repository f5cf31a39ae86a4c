import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import { Figure } from '../../../ui/figure';

export const REPLICATION_COLUMNS = [
  'exemplars',
  'evaluationsOnTime',
  'evaluationsOverdue',
  'adoptionsGiven',
  'adoptionsTaken',
] as const;
type Column = (typeof REPLICATION_COLUMNS)[number];

export type ReplicationFigures = Record<Column, number>;

export interface ReplicationChild extends ReplicationFigures {
  organization: { id: string; name: string };
}

/** The district's figures, a row per child whose name drills into that child's report. */
export function ReplicationTable({
  totals,
  rows,
  href,
}: {
  totals: ReplicationFigures;
  rows: readonly ReplicationChild[];
  href: (organizationId: string) => string;
}) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('exemplars.replication.children')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exemplars.replication.organization')}</th>
            {REPLICATION_COLUMNS.map((c) => (
              <th scope="col" className="num" key={c}>
                {t(`exemplars.replication.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.organization.id}
              data-testid="replication-child-row"
              data-organization-id={row.organization.id}
              className={row.evaluationsOverdue > 0 ? 'bad' : undefined}
            >
              <th scope="row">
                <Link href={href(row.organization.id)}>{row.organization.name}</Link>
              </th>
              {REPLICATION_COLUMNS.map((c) => (
                <td className="num" key={c}>
                  <Figure value={row[c]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('exemplars.replication.total')}</th>
            {REPLICATION_COLUMNS.map((c) => (
              <td className="num" key={c}>
                <Figure value={totals[c]} testId={`replication-total-${c}`} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
