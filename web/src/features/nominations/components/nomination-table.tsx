import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';

export interface NominationRow {
  id: string;
  stage: string;
  target: string;
  nomineeName: string;
  distinction: { code: string; nameVi: string; nameEn: string };
  nominee:
    | { __typename?: 'Person'; partyPosition?: string | null; governmentPosition?: string | null }
    | { __typename?: 'Organization' };
  dossier?: { summary: string } | null;
  history?: readonly { to: string; reason?: string | null }[];
}

/** The seed forms' table (seed 000): STT, Họ và tên, the two positions, the title, the summary. */
export function NominationTable({
  caption,
  rows,
  collective,
  actions,
  testId,
}: {
  caption: string;
  rows: readonly NominationRow[];
  collective: boolean;
  actions?: (row: NominationRow) => ReactNode;
  testId: string;
}) {
  const { t, language } = useI18n();
  return (
    <div className="table-scroll">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('nominations.column.index')}
            </th>
            <th scope="col">{t(collective ? 'nominations.column.collective' : 'nominations.column.name')}</th>
            <th scope="col">{t('nominations.column.partyPosition')}</th>
            <th scope="col">{t('nominations.column.governmentPosition')}</th>
            <th scope="col">{t('nominations.column.distinction')}</th>
            <th scope="col">{t('nominations.column.summary')}</th>
            <th scope="col">{t('nominations.column.stage')}</th>
            {actions ? <th scope="col">{t('nominations.column.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={actions ? 8 : 7} className="muted">
                {t('nominations.list.empty')}
              </td>
            </tr>
          ) : null}
          {rows.map((row, i) => {
            const person = row.nominee.__typename === 'Person' ? row.nominee : null;
            const lastReturn = [...(row.history ?? [])].reverse().find((h) => h.to === 'RETURNED');
            return (
              <tr
                key={row.id}
                data-testid="nomination-row"
                data-nomination-id={row.id}
                data-stage={row.stage}
              >
                <td className="num">{i + 1}</td>
                <td>
                  <Link href={`/nominations/${row.id}`}>{row.nomineeName}</Link>
                </td>
                <td>{person && 'partyPosition' in person ? (person.partyPosition ?? '') : ''}</td>
                <td>{person && 'governmentPosition' in person ? (person.governmentPosition ?? '') : ''}</td>
                <td>{language === 'en' ? row.distinction.nameEn : row.distinction.nameVi}</td>
                <td>{row.dossier?.summary ?? ''}</td>
                <td data-testid="nomination-stage">
                  {t(`stage.${row.stage}` as MessageKey)}
                  {row.stage === 'RETURNED' && lastReturn?.reason ? (
                    <span className="muted">
                      {' '}
                      — {t('nominations.returnedBecause', { reason: lastReturn.reason })}
                    </span>
                  ) : null}
                </td>
                {actions ? <td>{actions(row)}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
