import { useId, type ReactNode } from 'react';

/**
 * A labelled input whose reason for refusal sits next to it: `error` is what the user typed
 * breaks (checked as they type, with the server's rules) or what the server said about this field.
 */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  required = false,
  testId,
  autoComplete = 'off',
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
  type?: 'text' | 'date' | 'search';
  required?: boolean;
  testId?: string;
  autoComplete?: string;
  children?: ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
      />
      {hint ? (
        <span id={`${id}-hint`} className="muted">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} role="alert" className="error">
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}
