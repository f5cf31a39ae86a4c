import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/catalogue';
import { formatDeadline, type ParsedDeadline } from '../deadline';

/**
 * A deadline typed as officers write it ("17:00, 23/03"), read back at once in full
 * ("17:00, 23/03/2027", Asia/Ho_Chi_Minh) so that the year the form assumed is visible.
 */
export function DeadlineInput({
  label,
  value,
  onChange,
  parsed,
  problem,
  required,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  parsed: ParsedDeadline | null;
  problem?: { key: MessageKey; params?: Record<string, string | number> } | undefined;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const reading = parsed?.ok ? formatDeadline(parsed.iso) : '';
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? ' *' : ''}
      </label>
      <input
        id={id}
        type="text"
        inputMode="text"
        placeholder="17:00, 23/03"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint ${id}-reading${problem ? ` ${id}-problem` : ''}`}
        data-testid={testId}
      />
      <span id={`${id}-hint`} className="muted">
        {t('campaigns.deadline.hint')}
      </span>
      <span id={`${id}-reading`} aria-live="polite" data-testid={testId ? `${testId}-reading` : undefined}>
        {reading ? t('campaigns.deadline.reading', { deadline: reading }) : ''}
      </span>
      {problem ? (
        <span id={`${id}-problem`} role="alert" className="error">
          {t(problem.key, problem.params)}
        </span>
      ) : null}
    </div>
  );
}
