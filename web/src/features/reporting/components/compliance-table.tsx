import { useI18n } from '../../../i18n/i18n';
import { Figure } from '../../../ui/figure';

export interface ComplianceEntry {
  organization: { id: string; name: string };
  registered: number;
  proposed: number;
  quotaMin?: number | null;
  quotaMax?: number | null;
  onTime: boolean;
  withinQuota: boolean;
}

/** Where a child stands against its quota: under, over, or within (or no quota). */
export function quotaStanding(row: ComplianceEntry): 'under' | 'over' | 'within' {
  if (row.withinQuota) return 'within';
  if (row.quotaMax != null && row.proposed > row.quotaMax) return 'over';
  return 'under';
}

export function ComplianceTable({ rows }: { rows: readonly ComplianceEntry[] }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{t('dashboard.compliance')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('column.organization')}</th>
            <th scope="col" className="num">
              {t('total.registered')}
            </th>
            <th scope="col" className="num">
              {t('total.proposed')}
            </th>
            <th scope="col">{t('column.quota')}</th>
            <th scope="col">{t('column.onTime')}</th>
            <th scope="col">{t('column.withinQuota')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const standing = quotaStanding(row);
            const quota =
              row.quotaMin == null && row.quotaMax == null
                ? t('compliance.none')
                : `${row.quotaMin ?? 0}–${row.quotaMax ?? '∞'}`;
            return (
              <tr
                key={row.organization.id}
                data-testid="compliance-row"
                data-organization-id={row.organization.id}
                data-on-time={String(row.onTime)}
                data-within-quota={String(row.withinQuota)}
                className={row.onTime && row.withinQuota ? undefined : 'bad'}
              >
                <th scope="row">{row.organization.name}</th>
                <td className="num">
                  <Figure value={row.registered} />
                </td>
                <td className="num">
                  <Figure value={row.proposed} />
                </td>
                <td>{quota}</td>
                <td className={row.onTime ? undefined : 'flag'}>
                  {row.onTime ? t('compliance.yes') : t('compliance.late')}
                </td>
                <td className={standing === 'within' ? undefined : 'flag'}>
                  {standing === 'within'
                    ? t('compliance.yes')
                    : standing === 'over'
                      ? t('compliance.over')
                      : t('compliance.under')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
