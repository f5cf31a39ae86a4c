import { useI18n } from '../../../i18n/i18n';
import type { Problems } from '../campaign-form';

/** A field's problem, as an alert the field points to with `aria-describedby`. */
export function FieldProblem({ id, problem }: { id: string; problem: Problems[string] | undefined }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <span id={id} role="alert" className="error">
      {t(problem.key, problem.params)}
    </span>
  );
}
