import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/format';
import type { ImportRow, UploadProgress } from '../upload';

/** Upload progress as a labelled bar and words (the bar alone says nothing to a screen reader). */
export function ProgressReport({ progress, writing }: { progress: UploadProgress; writing: boolean }) {
  const { t } = useI18n();
  const percent = progress.total > 0 ? Math.min(100, Math.round((progress.sent / progress.total) * 100)) : 0;
  const done = progress.total > 0 && progress.sent >= progress.total;
  return (
    <div className="field" data-testid="import-progress">
      <label htmlFor="import-progress-bar">
        {done
          ? t(writing ? 'imports.progress.writing' : 'imports.progress.checking')
          : t('imports.progress.sending', { percent })}
      </label>
      <progress id="import-progress-bar" max={100} value={percent}>
        {percent}%
      </progress>
    </div>
  );
}

/** Every bad row, by its number in the file (header = row 1) and the server's reason. */
export function BadRows({ rows }: { rows: readonly ImportRow[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="bad-rows-title">
      <h2 id="bad-rows-title">{t('imports.bad.title', { count: formatNumber(rows.length) })}</h2>
      <p role="alert" className="error">
        {t('imports.bad.title', { count: formatNumber(rows.length) })}. {t('imports.bad.nothingWritten')}
      </p>
      <div className="table-scroll">
        <table data-testid="import-errors">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('imports.bad.row')}
              </th>
              <th scope="col">{t('imports.bad.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={`${r.row}-${i}`} data-testid="import-error-row" data-row={r.row}>
                <td className="num">{r.row === 0 ? t('imports.bad.wholeFile') : r.row}</td>
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
