import type { CampaignComplianceQuery as ComplianceResult } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';

/** Each organization's registrations and proposals against its quota and the deadline. */
export function ComplianceTable({ rows }: { rows: ComplianceResult['submissionCompliance'] }) {
  const { t } = useI18n();
  return (
    <div className="table-scroll">
      <table>
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
          {rows.map((row) => (
            <tr
              key={row.organization.id}
              className={row.onTime && row.withinQuota ? undefined : 'bad'}
              data-testid="campaign-compliance-row"
              data-organization-id={row.organization.id}
            >
              <td>{row.organization.name}</td>
              <td className="num">{row.registered}</td>
              <td className="num">{row.proposed}</td>
              <td>{row.quotaMax != null ? `${row.quotaMin ?? 0}–${row.quotaMax}` : '—'}</td>
              <td>{row.onTime ? t('compliance.yes') : t('compliance.late')}</td>
              <td>
                {row.withinQuota
                  ? t('compliance.yes')
                  : row.registered > (row.quotaMax ?? Infinity)
                    ? t('compliance.over')
                    : t('compliance.under')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
