import { useEffect, useMemo, useState } from 'react';
import { assessIncident, type Assessment, type IncidentFacts } from '../../api/assessment';
import { asApiError, type ApiError, type FieldError } from '../../api/client';
import { asFactErrors } from './factsDraft';

export type LiveAssessment =
  /** Required answers are missing (factNames words) or unusable: nothing was asked. */
  | { status: 'incomplete'; missing: string[]; unusable: FieldError[] }
  | { status: 'assessing'; last: Assessment | null }
  | { status: 'assessed'; assessment: Assessment; facts: IncidentFacts }
  /** The server found the facts inconsistent (field names as the form's, "facts.x"). */
  | { status: 'inconsistent'; errors: FieldError[]; facts: IncidentFacts }
  | { status: 'failed'; error: ApiError };

const debounceMs = 300;

/**
 * Assesses `facts` as they change: waits until they have been still for
 * 300 ms, cancels the request for facts that have since changed, and keeps
 * the last assessment on screen while the next is under way. `facts` null
 * means the answers are not complete enough to assess.
 */
export function useLiveAssessment(facts: IncidentFacts | null, missing: string[], unusable: FieldError[]): LiveAssessment {
  const key = facts ? JSON.stringify(facts) : null;
  const [answer, setAnswer] = useState<LiveAssessment | null>(null);

  useEffect(() => {
    if (key === null) return;
    const asked = JSON.parse(key) as IncidentFacts;
    const controller = new AbortController();
    setAnswer((previous) => ({ status: 'assessing', last: lastAssessment(previous) }));
    const timer = window.setTimeout(() => {
      assessIncident(asked, controller.signal).then(
        (assessment) => setAnswer({ status: 'assessed', assessment, facts: asked }),
        (caught: unknown) => {
          if (controller.signal.aborted) return;
          const error = asApiError(caught);
          if (error.status === 400 && error.problem.errors.length > 0) {
            setAnswer({
              status: 'inconsistent',
              facts: asked,
              errors: asFactErrors(error.problem.errors),
            });
          } else {
            setAnswer({ status: 'failed', error });
          }
        },
      );
    }, debounceMs);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  const incomplete = useMemo<LiveAssessment>(() => ({ status: 'incomplete', missing, unusable }), [missing, unusable]);
  if (key === null) return incomplete;
  return answer ?? { status: 'assessing', last: null };
}

function lastAssessment(answer: LiveAssessment | null): Assessment | null {
  if (!answer) return null;
  if (answer.status === 'assessed') return answer.assessment;
  if (answer.status === 'assessing') return answer.last;
  return null;
}
