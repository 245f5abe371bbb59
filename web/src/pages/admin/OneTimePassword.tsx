import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from '../../router';
import { WarningText } from '../../components/WarningText';

/**
 * A one-time password the API has just issued, shown this once: it is held
 * only by the page that shows it and never stored, logged or put in the
 * address. The title takes focus, so screen-reader users hear the outcome.
 */
export function OneTimePassword({
  title,
  person,
  password,
  children,
}: {
  title: string;
  person: string;
  password: string;
  children?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title" tabIndex={-1} ref={heading}>
            {title}
          </h1>
          <div className="govuk-panel__body">
            One-time password for {person}
            <br />
            <strong className="app-one-time-password" data-testid="one-time-password">
              {password}
            </strong>
          </div>
        </div>
        <WarningText>
          This password is shown only once. Give it to {person} securely: in person or by phone, never in
          the same message as their email address.
        </WarningText>
        <p className="govuk-body">
          When they sign in with it, they must choose a password of their own before they can do anything else.
        </p>
        {children}
        <p className="govuk-body">
          <Link className="govuk-link" href="/admin/users">
            Back to users
          </Link>
        </p>
      </div>
    </div>
  );
}
