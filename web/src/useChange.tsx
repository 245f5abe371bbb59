import { useState } from 'react';
import { ApiError, asApiError, type FieldError } from './api/client';
import { ErrorSummary, ProblemSummary, errorFor } from './components/ErrorSummary';

/** What a form needs to report a change: the page reloads the record and says it worked. */
export interface ChangeContext {
  /** A change succeeded: reload the record and show `message` in a success banner. */
  onChanged: (message: string) => void;
  /** Reload the record without a message (after a stale edit). */
  reload: () => void;
}

/**
 * Where a form sits among others on its page. The API names fields as its
 * bodies do ("title", "note"); a form among several prefixes its inputs'
 * names ("document.title") so that every input's id (fieldId) is unique on
 * the page, and the server's field errors are prefixed the same way so the
 * error summary links to the right input. The form's own checks use the
 * prefixed names.
 */
export interface ChangeOptions {
  prefix?: string;
}

/** The API's failure with its field errors named as the form's inputs are. */
export function formProblem(caught: unknown, prefix: string | undefined): ApiError {
  const error = asApiError(caught);
  if (prefix === undefined) return error;
  const errors = error.problem.errors.map((item) => ({ ...item, field: `${prefix}.${item.field}` }));
  return new ApiError({ ...error.problem, errors });
}

export interface Change {
  busy: boolean;
  /** The server's refusal of the last attempt, if any. */
  problem: ApiError | null;
  /** What the form's own checks found wrong in the last attempt. */
  invalid: readonly FieldError[];
  /** Whether the form shows errors (for the page title). */
  failing: boolean;
  /** The inline error for an input (by its name), from the form's own checks or the server's answer. */
  errorFor: (field: string) => string | undefined;
  /**
   * Checks the form (`invalid`: the problems found, empty when fine), then
   * makes the change. Resolves true when it was made: the page then reloads
   * the record and says `success`. A stale edit (412) reloads the record and
   * keeps the form as typed. What `change` throws is shown as the server's
   * refusal, its field errors prefixed.
   */
  run: (invalid: FieldError[], change: () => Promise<void>, success: string) => Promise<boolean>;
}

/** One form's attempt at changing a record, with its errors. */
export function useChange({ onChanged, reload }: ChangeContext, { prefix }: ChangeOptions = {}): Change {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [invalid, setInvalid] = useState<FieldError[]>([]);

  const run = async (found: FieldError[], change: () => Promise<void>, success: string) => {
    setInvalid(found);
    if (found.length > 0) {
      setProblem(null);
      return false;
    }
    setBusy(true);
    try {
      await change();
      setProblem(null);
      onChanged(success);
      return true;
    } catch (caught) {
      const error = formProblem(caught, prefix);
      setProblem(error);
      if (error.isStale) reload();
      return false;
    } finally {
      setBusy(false);
    }
  };

  const errors = invalid.length > 0 ? invalid : (problem?.problem.errors ?? []);
  const failing = invalid.length > 0 || problem !== null;
  return { busy, problem, invalid, failing, run, errorFor: (field) => errorFor(errors, field) };
}

/** The error summary of a form's last attempt: its own checks, or the server's refusal. */
export function ChangeProblems({ change }: { change: Change }) {
  if (change.invalid.length > 0) return <ErrorSummary errors={change.invalid} />;
  return change.problem ? <ProblemSummary error={change.problem} /> : null;
}
