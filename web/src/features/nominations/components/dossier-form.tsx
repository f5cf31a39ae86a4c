import { newKey } from '../../../ui/new-key';
import { useId, useState } from 'react';
import { useMutation } from 'urql';
import { useI18n } from '../../../i18n/i18n';
import { ProposeNominationMutation } from '../documents';
import {
  criteriaFor,
  draftOf,
  SUMMARY_MAX,
  toDossierInput,
  validateDossier,
  type DossierDraft,
} from '../dossier';
import { RefusalMessage } from './refusal-message';

interface Criterion {
  id: string;
  target: string;
  text: string;
  evaluator?: { name: string } | null;
}

/** The proposal's dossier: the summary, evidence per criterion, the attachments' metadata. */
export function DossierForm({
  nominationId,
  nomineeName,
  target,
  criteria,
  initial,
  onDone,
  onCancel,
}: {
  nominationId: string;
  nomineeName: string;
  target: string;
  criteria: readonly Criterion[];
  initial?: Parameters<typeof draftOf>[0];
  onDone: () => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<DossierDraft>(() => draftOf(initial));
  const [attempted, setAttempted] = useState(false);
  const [proposed, propose] = useMutation(ProposeNominationMutation);
  const problems = validateDossier(draft);
  const show = (field: string) =>
    attempted || (field === 'summary' ? draft.summary !== '' : true) ? problems[field] : undefined;
  const words = {
    required: 'nominations.problem.required',
    tooLong: 'nominations.problem.tooLong',
    size: 'nominations.problem.size',
    url: 'nominations.problem.url',
  } as const;
  const relevant = criteriaFor(criteria, target);

  return (
    <form
      className="box"
      noValidate
      aria-label={t('nominations.dossier.title', { name: nomineeName })}
      data-testid="dossier-form"
      onSubmit={(event) => {
        event.preventDefault();
        setAttempted(true);
        if (Object.keys(problems).length > 0) return;
        void propose({ id: nominationId, dossier: toDossierInput(draft) }).then((r) => {
          if (r.data) onDone();
        });
      }}
    >
      <h3>{t('nominations.dossier.title', { name: nomineeName })}</h3>
      <div className="field wide">
        <label htmlFor={`${id}-summary`}>{t('nominations.dossier.summary')} *</label>
        <textarea
          id={`${id}-summary`}
          rows={5}
          value={draft.summary}
          onChange={(e) => setDraft({ ...draft, summary: e.target.value })}
          aria-invalid={show('summary') ? true : undefined}
          aria-describedby={`${id}-summary-count${show('summary') ? ` ${id}-summary-p` : ''}`}
          data-testid="dossier-summary"
        />
        <span id={`${id}-summary-count`} className="muted">
          {t('nominations.dossier.count', { count: draft.summary.length, max: SUMMARY_MAX })}
        </span>
        {show('summary') ? (
          <span id={`${id}-summary-p`} role="alert" className="error">
            {t(words[show('summary') ?? 'required'], { max: SUMMARY_MAX })}
          </span>
        ) : null}
      </div>
      {relevant.length > 0 ? (
        <fieldset>
          <legend>{t('nominations.dossier.evidence')}</legend>
          {relevant.map((criterion) => (
            <div className="field wide" key={criterion.id}>
              <label htmlFor={`${id}-e-${criterion.id}`}>
                {criterion.text}
                {criterion.evaluator
                  ? ` (${t('nominations.dossier.evaluatedBy', { name: criterion.evaluator.name })})`
                  : ''}
              </label>
              <textarea
                id={`${id}-e-${criterion.id}`}
                rows={2}
                value={draft.evidence[criterion.id] ?? ''}
                onChange={(e) =>
                  setDraft({ ...draft, evidence: { ...draft.evidence, [criterion.id]: e.target.value } })
                }
                data-testid="dossier-evidence"
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('nominations.dossier.attachments')}</legend>
        <p className="muted">{t('nominations.dossier.attachmentsHint')}</p>
        {draft.attachments.map((a, i) => (
          <div className="form-row" key={a.key} data-testid="attachment-row">
            {(['name', 'url', 'size'] as const).map((part) => {
              const field = `attachments[${i}].${part}`;
              const problem = attempted || a[part] ? problems[field] : undefined;
              return (
                <div className="field" key={part}>
                  <label htmlFor={`${id}-${a.key}-${part}`}>
                    {t(`nominations.attachment.${part}`)}
                    {part === 'name' ? ' *' : ''}
                  </label>
                  <input
                    id={`${id}-${a.key}-${part}`}
                    type="text"
                    inputMode={part === 'size' ? 'numeric' : undefined}
                    value={a[part]}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        attachments: draft.attachments.map((x, j) =>
                          j === i ? { ...x, [part]: e.target.value } : x,
                        ),
                      })
                    }
                    aria-describedby={problem ? `${id}-${a.key}-${part}-p` : undefined}
                    data-testid={`attachment-${part}`}
                  />
                  {problem ? (
                    <span id={`${id}-${a.key}-${part}-p`} role="alert" className="error">
                      {t(words[problem], { max: SUMMARY_MAX })}
                    </span>
                  ) : null}
                </div>
              );
            })}
            <button
              type="button"
              className="secondary"
              onClick={() => setDraft({ ...draft, attachments: draft.attachments.filter((_, j) => j !== i) })}
            >
              {t('nominations.attachment.remove', { index: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          data-testid="attachment-add"
          onClick={() =>
            setDraft({
              ...draft,
              attachments: [...draft.attachments, { key: newKey(), name: '', url: '', size: '' }],
            })
          }
        >
          {t('nominations.attachment.add')}
        </button>
      </fieldset>
      <RefusalMessage error={proposed.error} testId="dossier-refusal" />
      <div className="toolbar">
        <button type="submit" className="primary" disabled={proposed.fetching} data-testid="dossier-submit">
          {t('nominations.action.propose')}
        </button>
        {onCancel ? (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('nominations.action.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
