// An assessment as the partnership reads it: what to do about other people
// at risk first, then each obligation with its level, basis, reasons and due
// date, then the notes (which always say the partnership decides).
import type { ReactNode } from 'react';
import type { Assessment, Obligation } from '../../api/assessment';
import { SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { formatDate } from '../../dates';
import { label } from '../../labels';
import { inWords, levelColours, levelLabels, obligationTitles } from './labels';
import { WarningText } from '../../components/WarningText';

type HeadingLevel = 2 | 3 | 4;

function Heading({ level, className, children }: { level: HeadingLevel; className: string; children: ReactNode }) {
  if (level === 2) return <h2 className={className}>{children}</h2>;
  if (level === 3) return <h3 className={className}>{children}</h3>;
  return <h4 className={className}>{children}</h4>;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function LevelTag({ level }: { level: string }) {
  return <Tag text={label(levelLabels, level)} colour={(levelColours as Record<string, string>)[level]} />;
}

/** The prompts as GOV.UK warning text; the first is the most urgent (other children at risk). */
export function Prompts({ prompts }: { prompts: readonly string[] }) {
  return (
    <>
      {prompts.map((prompt) => (
        <WarningText key={prompt} testId="assessment-prompt">
          {inWords(prompt)}
        </WarningText>
      ))}
    </>
  );
}

function ObligationItem({ obligation, headingLevel }: { obligation: Obligation; headingLevel: HeadingLevel }) {
  return (
    <li className="app-obligation" data-testid={`obligation-${obligation.id}`}>
      <Heading level={headingLevel} className="govuk-heading-s govuk-!-margin-bottom-2">
        {label(obligationTitles, obligation.id)}
      </Heading>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <LevelTag level={obligation.level} />
        {obligation.due ? (
          <>
            {' '}
            Due by <strong className="app-nowrap">{formatDate(obligation.due)}</strong>
          </>
        ) : null}
      </p>
      {obligation.reasons.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-2">
          {obligation.reasons.map((reason) => (
            <li key={reason}>{capitalised(inWords(reason))}</li>
          ))}
        </ul>
      ) : null}
      {obligation.clock ? <p className="govuk-body-s govuk-!-margin-bottom-1">Timescale: {inWords(obligation.clock)}</p> : null}
      <p className="govuk-body-s app-secondary-text">Basis: {obligation.basis}</p>
    </li>
  );
}

/** Every part of an assessment, obligations under headings of `headingLevel`. */
export function AssessmentDetails({ assessment, headingLevel }: { assessment: Assessment; headingLevel: HeadingLevel }) {
  return (
    <div data-testid="assessment">
      <Prompts prompts={assessment.prompts} />
      <p className="govuk-body" data-testid="assessment-framework">
        {assessment.framework_title}
      </p>
      {assessment.obligations.length === 0 ? (
        <p className="govuk-body">No statutory notification or review follows from these facts.</p>
      ) : (
        <ul className="govuk-list app-obligations">
          {assessment.obligations.map((obligation) => (
            <ObligationItem key={obligation.id} obligation={obligation} headingLevel={headingLevel} />
          ))}
        </ul>
      )}
      {assessment.notes.map((note) => (
        <div className="govuk-inset-text" key={note}>
          {capitalised(inWords(note))}
        </div>
      ))}
    </div>
  );
}

/** The obligations as a summary list: what, how strongly, by when. */
export function ObligationSummary({ assessment }: { assessment: Assessment }) {
  if (assessment.obligations.length === 0) {
    return <p className="govuk-body">No statutory notification or review followed from these facts.</p>;
  }
  return (
    <SummaryList
      rows={assessment.obligations.map((obligation) => ({
        key: label(obligationTitles, obligation.id),
        value: (
          <>
            <LevelTag level={obligation.level} />
            {obligation.due ? <> Due by {formatDate(obligation.due)}</> : null}
          </>
        ),
      }))}
    />
  );
}

/** "2 things you must do, 1 to consider" for announcing an assessment briefly. */
export function assessmentInBrief(assessment: Assessment): string {
  const count = (level: string) => assessment.obligations.filter((obligation) => obligation.level === level).length;
  const parts = [
    [count('must'), 'must'],
    [count('should'), 'should'],
    [count('consider'), 'to consider'],
    [count('may'), 'may'],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, word]) => `${n} ${word}`);
  const obligations = parts.length > 0 ? `${assessment.obligations.length} ${assessment.obligations.length === 1 ? 'obligation' : 'obligations'}: ${parts.join(', ')}` : 'no obligations';
  return assessment.prompts.length > 0 ? `${obligations}. ${inWords(assessment.prompts[0] ?? '')}` : `${obligations}.`;
}
