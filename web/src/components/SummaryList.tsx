import type { ReactNode } from 'react';

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  /** An optional "Change" link or button for the row. */
  action?: ReactNode;
}

/** The GOV.UK summary list: facts as key–value rows. Empty values read "Not recorded". */
export function SummaryList({ rows, noBorder }: { rows: readonly SummaryRow[]; noBorder?: boolean }) {
  return (
    <dl className={noBorder ? 'govuk-summary-list govuk-summary-list--no-border' : 'govuk-summary-list'}>
      {rows.map((row, index) => (
        <div className="govuk-summary-list__row" key={index}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">
            {row.value === '' || row.value === null || row.value === undefined ? (
              <span className="govuk-hint govuk-!-margin-bottom-0">Not recorded</span>
            ) : (
              row.value
            )}
          </dd>
          {row.action ? <dd className="govuk-summary-list__actions">{row.action}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
