/** A sentence under the field it is about; `role="alert"` so a screen reader hears it as it appears. */
export function FieldError({ id, text }: { id: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <span id={id} role="alert" className="error field-error">
      {text}
    </span>
  );
}
