import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { formatNumber } from '../../../i18n/format';
import { download } from '../../../ui/download';
import { BadRows, ProgressReport } from '../components/import-report';
import {
  formatOfFile,
  IMPORT_KINDS,
  uploadImport,
  type FileFormat,
  type ImportAnswer,
  type ImportKind,
  type UploadProgress,
} from '../upload';

const KINDS = Object.keys(IMPORT_KINDS) as ImportKind[];

type Step =
  | { name: 'idle' }
  | { name: 'checking'; progress: UploadProgress }
  | { name: 'checked'; answer: ImportAnswer }
  | { name: 'writing'; progress: UploadProgress; created: number; updated: number }
  | { name: 'written'; answer: ImportAnswer };

/** A request that failed as a whole, in words. */
function failureKey(code: string): MessageKey {
  switch (code) {
    case 'TOO_LARGE':
      return 'imports.failure.tooLarge';
    case 'BAD_USER_INPUT':
      return 'imports.failure.badFile';
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'RATE_LIMITED':
    case 'NETWORK':
      return `error.${code}`;
    default:
      return 'error.UNKNOWN';
  }
}

function Failure({ answer }: { answer: Extract<ImportAnswer, { ok: false }> }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error" data-testid="import-failure">
      <p>{t(failureKey(answer.code))}</p>
      {answer.message ? <p className="muted">{t('validation.server', { message: answer.message })}</p> : null}
    </div>
  );
}

/**
 * `/imports`: a whole list from an Excel or CSV file. The file is checked first (nothing written,
 * every bad row listed with its number and reason); only a clean file can be written, on request.
 */
export function ImportsPage() {
  const { t } = useI18n();
  const fileId = useId();
  const kindId = useId();
  const [kind, setKind] = useState<ImportKind>('people');
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [templateError, setTemplateError] = useState(false);
  const format: FileFormat | null = file ? formatOfFile(file) : null;
  const busy = step.name === 'checking' || step.name === 'writing';

  const check = async () => {
    if (!file || !format) return;
    setStep({ name: 'checking', progress: { sent: 0, total: file.size } });
    const answer = await uploadImport({
      kind,
      file,
      format,
      dryRun: true,
      onProgress: (progress) => setStep({ name: 'checking', progress }),
    });
    setStep({ name: 'checked', answer });
  };

  const write = async (created: number, updated: number) => {
    if (!file || !format) return;
    setStep({ name: 'writing', progress: { sent: 0, total: file.size }, created, updated });
    const answer = await uploadImport({
      kind,
      file,
      format,
      dryRun: false,
      onProgress: (progress) => setStep({ name: 'writing', progress, created, updated }),
    });
    setStep({ name: 'written', answer });
  };

  const template = async (extension: FileFormat) => {
    setTemplateError(false);
    try {
      await download(`/imports/templates/${kind}.${extension}`, `${kind}-template.${extension}`);
    } catch {
      setTemplateError(true);
    }
  };

  return (
    <>
      <h1>{t('imports.title')}</h1>
      <p className="muted">{t('imports.explain')}</p>
      <div className="field">
        <label htmlFor={kindId}>{t('imports.kind')}</label>
        <select
          id={kindId}
          value={kind}
          disabled={busy}
          onChange={(event) => {
            setKind(event.target.value as ImportKind);
            setStep({ name: 'idle' });
          }}
          data-testid="import-kind"
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`imports.kind.${k}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <p>{t(`imports.columns.${kind}` as MessageKey)}</p>
      <p>
        {t('imports.template')}{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => void template('xlsx')}
          data-testid="import-template-xlsx"
        >
          {t('imports.templateXlsx')}
        </button>{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => void template('csv')}
          data-testid="import-template-csv"
        >
          {t('imports.templateCsv')}
        </button>
      </p>
      {templateError ? (
        <p role="alert" className="error">
          {t('imports.templateFailed')}
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        <div className="field">
          <label htmlFor={fileId}>{t('imports.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            aria-describedby={`${fileId}-hint`}
            aria-invalid={file && !format ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setStep({ name: 'idle' });
            }}
            data-testid="import-file"
          />
          <span id={`${fileId}-hint`} className="muted">
            {t('imports.fileHint')}
          </span>
          {file && !format ? (
            <span role="alert" className="error">
              {t('imports.wrongType')}
            </span>
          ) : null}
        </div>
        <button
          type="submit"
          className="primary"
          disabled={!file || !format || busy}
          data-testid="import-check"
        >
          {t('imports.check')}
        </button>
      </form>

      {step.name === 'checking' ? <ProgressReport progress={step.progress} writing={false} /> : null}
      {step.name === 'writing' ? <ProgressReport progress={step.progress} writing /> : null}

      {step.name === 'checked' ? (
        step.answer.ok ? (
          step.answer.result.errors.length > 0 ? (
            <BadRows rows={step.answer.result.errors} />
          ) : (
            <section aria-labelledby="ready-title" data-testid="import-ready">
              <h2 id="ready-title">{t('imports.ready.title')}</h2>
              <p role="status">
                {t('imports.ready.summary', {
                  created: formatNumber(step.answer.result.created),
                  updated: formatNumber(step.answer.result.updated),
                })}
              </p>
              <button
                type="button"
                className="primary"
                onClick={() => {
                  if (step.answer.ok) void write(step.answer.result.created, step.answer.result.updated);
                }}
                data-testid="import-confirm"
              >
                {t('imports.ready.write')}
              </button>
            </section>
          )
        ) : (
          <Failure answer={step.answer} />
        )
      ) : null}

      {step.name === 'written' ? (
        step.answer.ok ? (
          step.answer.result.errors.length > 0 ? (
            <BadRows rows={step.answer.result.errors} />
          ) : (
            <p role="status" className="notice" data-testid="import-done">
              {t('imports.done', {
                created: formatNumber(step.answer.result.created),
                updated: formatNumber(step.answer.result.updated),
              })}
            </p>
          )
        ) : (
          <Failure answer={step.answer} />
        )
      ) : null}
    </>
  );
}
