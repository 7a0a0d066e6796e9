import type { FieldProblem } from '../../assistants/config';

/** The message under the field it is about, tied to it for screen readers. */
export function FieldError<F extends string>({
  problem,
  field,
  id,
}: {
  problem: FieldProblem<F> | null;
  field: F;
  id: string;
}) {
  if (problem?.field !== field) return null;
  return (
    <p id={`${id}-error`} className="field-error error">
      {problem.text}
    </p>
  );
}

/** A field's own props: its name for the form to focus it by, and its error ties when it has one. */
export function fieldProps<F extends string>(
  problem: FieldProblem<F> | null,
  field: F,
  id: string,
) {
  return problem?.field === field
    ? { 'data-field': field, 'aria-invalid': true as const, 'aria-describedby': `${id}-error` }
    : { 'data-field': field };
}
