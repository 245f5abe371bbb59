// Field errors of one form among several on a page. The API names fields
// as its bodies do ("title", "file"); each form prefixes them ("document.title")
// so that every input's id (fieldId) is unique on the page and the error
// summary links to the right one.
import { ApiError, asApiError, type FieldError } from '../../../api/client';

export function prefixErrors(errors: readonly FieldError[], prefix: string): FieldError[] {
  return errors.map((error) => ({ ...error, field: `${prefix}.${error.field}` }));
}

/** The API's failure with its field errors prefixed for the form. */
export function formProblem(caught: unknown, prefix: string): ApiError {
  const error = asApiError(caught);
  return new ApiError({ ...error.problem, errors: prefixErrors(error.problem.errors, prefix) });
}

/** The field errors a form shows inline: its own checks first, else the server's. */
export function inlineErrors(local: readonly FieldError[], problem: ApiError | null): readonly FieldError[] {
  return local.length > 0 ? local : (problem?.problem.errors ?? []);
}
