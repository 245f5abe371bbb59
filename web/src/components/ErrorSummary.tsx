import { useEffect, useRef } from 'react';
import type { ApiError, FieldError } from '../api/client';

/** The id of the input for an API field name ("facts.child_died" → "facts-child_died"). */
export function fieldId(field: string): string {
  return field.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The message for `field` among `errors`, for the field's inline error. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

/** The error for `field` among `errors` as a sentence, for inline errors that must read alone. */
export function sentenceFor(errors: readonly FieldError[], field: string): string | undefined {
  const error = errors.find((item) => item.field === field);
  return error ? sentence(error) : undefined;
}

/**
 * The GOV.UK error summary: the problem's title, and each field error as a
 * link to its input. It takes focus when it appears and when what it says
 * changes, as the pattern asks, so screen-reader and keyboard users hear what
 * went wrong first.
 */
export function ErrorSummary({
  title = 'There is a problem',
  errors,
  description,
}: {
  title?: string;
  errors: readonly FieldError[];
  description?: string | undefined;
}) {
  const summary = useRef<HTMLDivElement>(null);
  // Focus follows what the summary says, not each render: a caller that
  // builds its errors afresh on every keystroke must not pull focus away.
  const says = JSON.stringify([description ?? '', errors]);
  useEffect(() => {
    summary.current?.focus();
  }, [says]);

  return (
    <div className="govuk-error-summary" ref={summary} tabIndex={-1} data-testid="error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p className="govuk-body">{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error) => (
                <li key={`${error.field}:${error.message}`}>
                  <a href={`#${fieldId(error.field)}`}>{sentence(error)}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** A field error as a sentence: the API says "is required" of "totp_code". */
export function sentence(error: FieldError): string {
  const name = error.field.split('.').pop()?.replace(/_/g, ' ') ?? error.field;
  const message = error.message;
  if (/^(is|are|must|should|needs|cannot|can't|has|have|was|does)\b/.test(message)) {
    return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${message}`;
  }
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * A failed API call as an error summary: the server's field errors, or its
 * detail. A stale edit (412) says what happened and that nothing was lost.
 */
export function ProblemSummary({ error }: { error: ApiError }) {
  const { problem } = error;
  if (error.isStale) {
    return (
      <ErrorSummary
        title="Someone else changed this record while you were editing"
        description="Your changes have not been saved, and what you entered is still in the form. The record has been reloaded: check what changed, then save again."
        errors={problem.errors}
      />
    );
  }
  const detail = problem.detail ?? (problem.errors.length === 0 ? problem.title : undefined);
  return (
    <ErrorSummary
      title={problem.status === 409 ? 'This cannot be done yet' : 'There is a problem'}
      description={detail ? detail.charAt(0).toUpperCase() + detail.slice(1) : undefined}
      errors={problem.errors}
    />
  );
}
