import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The GOV.UK notification banner. A success banner reports what the user
 * just did and takes focus, as the pattern asks, so that screen-reader
 * users hear it; an "important" one does neither.
 */
export function NotificationBanner({
  success = false,
  heading,
  children,
}: {
  success?: boolean;
  heading: ReactNode;
  children?: ReactNode;
}) {
  const titleId = useId();
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (success) banner.current?.focus();
  }, [success, heading]);
  return (
    <div
      className={success ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner'}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={success ? -1 : undefined}
      ref={banner}
      data-testid="notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
