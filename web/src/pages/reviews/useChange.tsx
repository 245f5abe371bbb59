import { useState } from 'react';
import { asApiError, type ApiError, type FieldError } from '../../api/client';
import { ErrorSummary, ProblemSummary, errorFor } from '../../components/ErrorSummary';

/** What a section needs to report a change: the page reloads the review and says it worked. */
export interface ChangeContext {
  /** A change succeeded: reload the review and show `message` in a success banner. */
  onChanged: (message: string) => void;
  /** Reload the review without a message (after a stale edit). */
  reload: () => void;
}

export interface Change {
  busy: boolean;
  /** The server's refusal of the last attempt, if any. */
  problem: ApiError | null;
  /** What the form's own checks found wrong in the last attempt. */
  invalid: readonly FieldError[];
  /** The inline error for an API field, from the form's own checks or the server's answer. */
  errorFor: (field: string) => string | undefined;
  /**
   * Checks the form (`invalid`: the problems found, empty when fine), then
   * makes the change. Resolves true when it was made: the page then reloads
   * the review and says `success`. A stale edit (412) reloads the review and
   * keeps the form as typed.
   */
  run: (invalid: FieldError[], change: () => Promise<void>, success: string) => Promise<boolean>;
}

/** One form's attempt at changing the review, with its errors. */
export function useChange({ onChanged, reload }: ChangeContext): Change {
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
      const error = asApiError(caught);
      setProblem(error);
      if (error.isStale) reload();
      return false;
    } finally {
      setBusy(false);
    }
  };

  const errors = invalid.length > 0 ? invalid : (problem?.problem.errors ?? []);
  return { busy, problem, invalid, run, errorFor: (field) => errorFor(errors, field) };
}

/** The error summary of a form's last attempt: its own checks, or the server's refusal. */
export function ChangeProblems({ change }: { change: Change }) {
  if (change.invalid.length > 0) return <ErrorSummary errors={change.invalid} />;
  return change.problem ? <ProblemSummary error={change.problem} /> : null;
}
