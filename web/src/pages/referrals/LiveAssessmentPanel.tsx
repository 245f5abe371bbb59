import { useRef } from 'react';
import { desktopQuery, useMediaQuery } from '../../useMediaQuery';
import { AssessmentDetails, assessmentInBrief } from './AssessmentView';
import { factNames, readableError } from './labels';
import type { LiveAssessment } from './useLiveAssessment';

/**
 * The assessment beside the facts form (a grid column), updated as the facts
 * change. Screen readers hear one short sentence per new assessment (a polite
 * status), not the whole panel; while the next one is worked out the last
 * stays in view.
 */
export function LiveAssessmentPanel({ live }: { live: LiveAssessment }) {
  const announced = useRef('');
  // On wide screens the panel scrolls on its own (app-assessment-column):
  // only then is it focusable, so keyboard users can scroll it. Named by its
  // heading, the section is a region, which is what a screen reader says
  // when it takes focus.
  const scrolls = useMediaQuery(desktopQuery);
  if (live.status === 'assessed') announced.current = `Assessment updated: ${assessmentInBrief(live.assessment)}`;
  else if (live.status === 'inconsistent') announced.current = 'Some answers do not agree, so the assessment cannot be worked out yet.';
  else if (live.status === 'failed') announced.current = 'The assessment could not be worked out just now.';
  else if (live.status === 'incomplete') announced.current = '';

  return (
    <section
      className="govuk-grid-column-one-third app-assessment-column"
      aria-labelledby="assessment-heading"
      tabIndex={scrolls ? 0 : undefined}
      data-testid="live-assessment"
      data-status={live.status}
    >
      <div className="app-assessment-panel">
        <h2 className="govuk-heading-m" id="assessment-heading">
          What the law and guidance ask
        </h2>
        <p className="govuk-visually-hidden" role="status">
          {announced.current}
        </p>
        <PanelBody live={live} />
      </div>
    </section>
  );
}

function PanelBody({ live }: { live: LiveAssessment }) {
  switch (live.status) {
    case 'incomplete':
      return (
        <>
          <p className="govuk-body">This will show which notifications and reviews apply, and by when, once you have told us:</p>
          <ul className="govuk-list govuk-list--bullet" data-testid="assessment-needs">
            {live.missing.map((field) => (
              <li key={field}>{factNames[field] ?? field}</li>
            ))}
            {live.unusable.map((error) => (
              <li key={error.field}>{readableError(error).message}</li>
            ))}
          </ul>
        </>
      );
    case 'assessing':
      return live.last ? (
        <>
          <p className="govuk-body govuk-!-font-weight-bold">Updating…</p>
          <AssessmentDetails assessment={live.last} headingLevel={3} />
        </>
      ) : (
        <p className="govuk-body">Working out what applies…</p>
      );
    case 'assessed':
      return <AssessmentDetails assessment={live.assessment} headingLevel={3} />;
    case 'inconsistent':
      return (
        <div className="govuk-inset-text">
          <p className="govuk-body">Some answers do not agree yet, so nothing can be worked out:</p>
          <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
            {live.errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>{readableError(error).message}</li>
            ))}
          </ul>
        </div>
      );
    case 'failed':
      return (
        <div className="govuk-inset-text">
          The assessment could not be worked out just now
          {live.error.problem.detail ? ` (${live.error.problem.detail})` : ''}. It will be tried again when you change an answer.
        </div>
      );
  }
}
